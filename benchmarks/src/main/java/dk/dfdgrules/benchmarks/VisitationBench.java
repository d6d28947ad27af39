/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.flis.VisitationCourseJob;
import dk.dfdgrules.extracts.flis.VisitationSample;
import dk.dfdgrules.rules.flis.VisitationWeeks;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;

/**
 * The FLIS visitation-course job at national scale (VIS-1 … VIS-4): derive every citizen's courses
 * from a registrations file sorted by citizen and unroll them to weeks, counting citizen-weeks per
 * ISO week and category — the library against DuckDB doing the same in SQL (latest registration of
 * a day by {@code row_number}, the course end by {@code LEAD}, the weeks by {@code generate_series}
 * + {@code unnest}, a {@code GROUP BY}), the two tables of counts compared cell by cell. Not a
 * test: run it with {@code benchmarks/bench.sh visitation [options]}.
 *
 * <pre>
 * --citizens N       citizens of the generated file (default 1,000,000; about 12 registrations each)
 * --file FILE        use this registrations file (cpr;start;kategori, sorted) instead
 * --load-month M     the load month (default 2025-01: weeks up to 2024-12-31)
 * --dir DIR          where generated files are kept (default benchmarks/target/bench-data)
 * --runs N           timed runs of each side, the median reported (default 3)
 * --threads N        DuckDB's threads (default: every core)
 * --no-duckdb        the library only
 * </pre>
 */
public final class VisitationBench {

  private VisitationBench() {}

  /** The counts both sides produce: citizen-weeks per (week since the first, category). */
  record Counts(long courses, long weekRows, long[][] cells, IsoWeek first) {
    boolean sameAs(Counts o) {
      return courses == o.courses
          && weekRows == o.weekRows
          && first.equals(o.first)
          && Arrays.deepEquals(cells, o.cells);
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    long citizens = 1_000_000;
    Path file = null;
    YearMonth load = YearMonth.of(2025, 1);
    Path dir = Path.of("benchmarks", "target", "bench-data");
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean duck = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--citizens" -> citizens = Long.parseLong(args[++i].replace("_", ""));
        case "--file" -> file = Path.of(args[++i]);
        case "--load-month" -> load = YearMonth.parse(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--no-duckdb" -> duck = false;
        case "--help", "-h" -> {
          System.out.println(
              "benchmarks/bench.sh visitation [--citizens N] [--file FILE] [--load-month YYYY-MM]"
                  + " [--dir DIR] [--runs N] [--threads N] [--no-duckdb]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (file == null) {
      long n = citizens;
      file =
          Timings.generated(
              dir.resolve("visitation-" + citizens + ".csv"),
              String.format(Locale.ROOT, "%,d citizens", citizens),
              w -> VisitationSample.of(n, 1).writeTo(w));
    }
    long bytes = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "file %s: %.0f MB; load month %s (weeks up to %s); JVM heap max %d MB, %d cores%n",
        file,
        bytes / 1e6,
        load,
        VisitationWeeks.horizon(load),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());

    Path input = file;
    YearMonth month = load;
    Timings.Timed<Counts> libRuns =
        Timings.time(runs, VisitationBench::resetPeakHeap, () -> library(input, month));
    Counts lib = libRuns.last();
    double libMedian = libRuns.median();
    System.out.printf(
        Locale.ROOT,
        "%s; %,d courses, %,d week rows; peak heap after the last run %d MB%n",
        libRuns.line("library", bytes),
        lib.courses(),
        lib.weekRows(),
        peakHeapMb());
    if (!duck) {
      return;
    }
    int t = threads;
    Timings.Timed<Counts> dbRuns = Timings.time(runs, () -> {}, () -> duckDb(input, month, t));
    Counts db = dbRuns.last();
    double dbMedian = dbRuns.median();
    System.out.printf(
        Locale.ROOT,
        "%s; %,d courses, %,d week rows%n",
        dbRuns.line("DuckDB (" + threads + " threads)", bytes),
        db.courses(),
        db.weekRows());
    boolean same = lib.sameAs(db);
    System.out.printf(
        Locale.ROOT,
        "counts identical (courses, week rows, every week × category cell): %s%n",
        same ? "yes" : "NO");
    System.out.printf(
        Locale.ROOT,
        "RESULT visitation: library %.3f s (%.0f MB/s) vs DuckDB %.3f s (%.0f MB/s): %.2f×"
            + " DuckDB's throughput (goal ≥ 5×)%n",
        libMedian,
        bytes / 1e6 / libMedian,
        dbMedian,
        bytes / 1e6 / dbMedian,
        dbMedian / libMedian);
    if (!same) {
      System.exit(1);
    }
  }

  static Counts library(Path file, YearMonth load) throws IOException {
    IsoWeek first = IsoWeek.of(2000, 1);
    IsoWeek last = IsoWeek.from(VisitationWeeks.horizon(load));
    int weeks = (int) first.weeksUntil(last) + 1;
    long[][] cells = new long[weeks][VisitationCategory.values().length];
    long[] rows = new long[1];
    VisitationCourseJob job = VisitationCourseJob.builder().loadMonth(load).build();
    VisitationCourseJob.Summary s;
    try (InputStream in = Files.newInputStream(file)) {
      s =
          job.run(
              in,
              new VisitationCourseJob.Output() {
                @Override
                public void weeks(VisitationCourse course, IsoWeek from, IsoWeek to) {
                  int c = course.getCategory().ordinal();
                  int a = (int) first.weeksUntil(from);
                  int b = (int) first.weeksUntil(to);
                  for (int w = a; w <= b; w++) {
                    cells[w][c]++;
                  }
                  rows[0] += b - a + 1;
                }
              });
    }
    if (s.rows().rejected() > 0) {
      throw new IllegalStateException("rows rejected: " + s.rejectedByProblem());
    }
    return new Counts(s.courses(), rows[0], cells, first);
  }

  static Counts duckDb(Path file, YearMonth load, int threads) throws SQLException {
    IsoWeek first = IsoWeek.of(2000, 1);
    LocalDate horizon = VisitationWeeks.horizon(load);
    IsoWeek last = IsoWeek.from(horizon);
    int weeks = (int) first.weeksUntil(last) + 1;
    long[][] cells = new long[weeks][VisitationCategory.values().length];
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String categoryIndex =
        "CASE kategori WHEN 'Jobparat' THEN 0 WHEN 'Aktivitetsparat' THEN 1"
            + " WHEN 'Uddannelsesparat' THEN 2 ELSE 3 END";
    String sql =
        "WITH r AS (SELECT cpr, CAST(start AS TIMESTAMP) AS ts, "
            + categoryIndex
            + " AS c FROM read_csv('"
            + path
            + "', delim = ';', header = true,"
            + " columns = {'cpr': 'VARCHAR', 'start': 'VARCHAR', 'kategori': 'VARCHAR'})),"
            + " d AS (SELECT cpr, CAST(ts AS DATE) AS day, c, row_number() OVER"
            + " (PARTITION BY cpr, CAST(ts AS DATE) ORDER BY ts DESC, c DESC) AS rn FROM r),"
            + " k AS (SELECT c, day AS s, LEAD(day) OVER (PARTITION BY cpr ORDER BY day) AS e"
            + " FROM d WHERE rn = 1),"
            + " b AS (SELECT c, s + CAST((11 - isodow(s)) % 7 AS INTEGER) AS ft,"
            + " least(COALESCE(e - 1, DATE '"
            + horizon
            + "'), DATE '"
            + horizon
            + "') AS ld FROM k),"
            + " t AS (SELECT c, ft, ld - CAST((isodow(ld) + 3) % 7 AS INTEGER) AS lt FROM b),"
            + " w AS (SELECT c, unnest(generate_series(ft, lt, INTERVAL 7 DAY)) AS thu FROM t"
            + " WHERE ft <= lt)"
            + " SELECT CAST(thu AS DATE) AS thu, c, count(*) AS n FROM w GROUP BY ALL";
    long courses;
    long rows = 0;
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = conn.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET preserve_insertion_order = false");
      st.execute("SET memory_limit = '8GB'");
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          LocalDate thu = rs.getObject(1, LocalDate.class);
          int c = rs.getInt(2);
          long n = rs.getLong(3);
          cells[(int) first.weeksUntil(IsoWeek.from(thu))][c] += n;
          rows += n;
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(DISTINCT (cpr, CAST(start AS TIMESTAMP)::DATE)) FROM read_csv('"
                  + path
                  + "', delim = ';', header = true, columns = {'cpr': 'VARCHAR', 'start':"
                  + " 'VARCHAR', 'kategori': 'VARCHAR'})")) {
        rs.next();
        courses = rs.getLong(1);
      }
    }
    return new Counts(courses, rows, cells, first);
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
