/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSample;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.DreamCalendar;
import dk.dfdgrules.rules.dream.PeriodGrid;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench command: the DREAM key-figure job of the library, of the {@code dfdg} command line end
 * to end and of DuckDB on the same file, in one run, next to the I/O floor ({@code cat} and {@code
 * wc -l} of the file).
 *
 * <ul>
 *   <li>For each period (week, month, quarter, year): the library in process after a warm-up, its
 *       first (cold) run too; DuckDB counting the same cells — per period, group at t and group or
 *       status at t+52, distinct persons (DRM-7) — both checked to give identical counts; then
 *       {@code java -jar dfdg.jar dream keyfigures FILE --period P} in a fresh JVM, end to end.
 *   <li>The runs come in rounds — the library's runs, then each DuckDB formulation once — so that
 *       both meet the same machine; medians are printed.
 *   <li>{@code --file} takes any file the command line takes: wide with the key column anywhere and
 *       the {@code y_YYWW} columns in any order, {@code ,}, {@code ;} or tab (DuckDB splits each
 *       line, so no quoted fields there); or long (library and command line only). The row count is
 *       the library's.
 * </ul>
 *
 * <pre>
 * benchmarks/bench.sh [--persons 100000] [--from 2010-W01] [--to 2026-W47] [--seed 42]
 *     [--threads 2] [--runs 6] [--duckdb-runs 3] [--formulations SPLIT_UNNEST_JOIN,...|all]
 *     [--periods week,month,quarter,year] [--cli-runs 3] [--jar cli/target/dfdg.jar] [--no-cli]
 *     [--no-duckdb] [--long] [--dir /tmp/dfdg-bench] [--file FILE]
 * </pre>
 */
public final class DreamBench {

  private DreamBench() {}

  private static final class Options {
    long persons = 100_000;
    IsoWeek from = IsoWeek.of(2010, 1);
    IsoWeek to = IsoWeek.of(2026, 47);
    long seed = 42;
    int threads = 2;
    int runs = 6;
    int duckRuns = 3;
    int cliRuns = 3;
    boolean cli = true;
    Path jar = Path.of("cli", "target", "dfdg.jar");
    List<DuckDbDream.Formulation> formulations = DuckDbDream.defaults();
    List<PeriodType> periods = List.of(PeriodType.values());
    boolean duckdb = true;
    boolean longForm;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dfdg-bench");
    Path file;
  }

  /** What the bench found in a file's header, as the command line finds it. */
  private record Input(
      Path path,
      long bytes,
      char delim,
      List<String> header,
      int keyColumn,
      boolean wide,
      IsoWeek first,
      IsoWeek last,
      int[] columnOfWeek) {

    static Input of(Path path) throws IOException {
      List<String> header;
      try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line = r.readLine();
        if (line == null) {
          throw new IllegalArgumentException(path + " is empty");
        }
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        char delim = delimiter(line);
        header =
            Arrays.asList(
                line.strip()
                    .split(delim == '\t' ? "\t" : Pattern.quote(String.valueOf(delim)), -1));
        int key = -1;
        for (String k : KeyFigureJob.DEFAULT_KEY_COLUMNS) {
          for (int c = 0; c < header.size() && key < 0; c++) {
            if (header.get(c).strip().equalsIgnoreCase(k)) {
              key = c;
            }
          }
        }
        TreeMap<IsoWeek, Integer> weeks = new TreeMap<>();
        for (int c = 0; c < header.size(); c++) {
          Optional<IsoWeek> w =
              DreamCalendar.parseColumn(header.get(c).strip().toLowerCase(Locale.ROOT));
          if (w.isPresent()) {
            weeks.put(w.get(), c);
          }
        }
        if (weeks.isEmpty()) { // long: the command line scans the weeks
          try (InputStream in = Files.newInputStream(path)) {
            IsoWeek[] range =
                KeyFigureJob.scanWeekRange(in, KeyFigureJob.DEFAULT_WEEK_COLUMNS)
                    .orElseThrow(
                        () -> new IllegalArgumentException(path + ": no row has a valid week"));
            return new Input(
                path, Files.size(path), delim, header, key, false, range[0], range[1], new int[0]);
          }
        }
        IsoWeek first = weeks.firstKey();
        IsoWeek last = weeks.lastKey();
        int[] col = new int[(int) first.weeksUntil(last) + 1];
        Arrays.fill(col, -1);
        weeks.forEach((w, c) -> col[(int) first.weeksUntil(w)] = c);
        return new Input(path, Files.size(path), delim, header, key, true, first, last, col);
      }
    }

    private static char delimiter(String header) {
      char best = ',';
      long most = -1;
      for (char c : new char[] {',', ';', '\t'}) {
        long n = header.chars().filter(x -> x == c).count();
        if (n > most) {
          most = n;
          best = c;
        }
      }
      return best;
    }

    /** Whether the file has the generated layout: commas, the key first, then every week. */
    boolean isPlain() {
      if (!wide || delim != ',' || keyColumn != 0 || header.size() != columnOfWeek.length + 1) {
        return false;
      }
      for (int w = 0; w < columnOfWeek.length; w++) {
        if (columnOfWeek[w] != w + 1) {
          return false;
        }
      }
      return true;
    }

    String delimName() {
      return delim == '\t' ? "tab" : "'" + delim + "'";
    }
  }

  /** One period's results. */
  private record PeriodResult(
      PeriodType period,
      double cold,
      double warm,
      double cli,
      double cliJob,
      double duck,
      String duckName,
      String counts) {}

  /**
   * Runs the benchmark.
   *
   * @param args the options above
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    System.out.printf(
        Locale.ROOT,
        "DREAM key-figure job: library, command line and DuckDB %s, side by side%n",
        duckDbVersion());
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, java %s, max heap %d MB; library threads %d, DuckDB threads %d%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        o.threads,
        o.threads);
    Files.createDirectories(o.dir);
    DreamSample sample = new DreamSample(o.from, o.to);
    Path path = o.file != null ? o.file : o.dir.resolve(name("wide", o) + ".csv");
    if (o.file == null) {
      ensure(path, out -> sample.writeWide(out, o.persons, o.seed));
    }
    Input input = Input.of(path);
    System.out.printf(
        Locale.ROOT,
        "file: %s, %.1f MB, %s, separator %s, key column %s (column %d), weeks %s .. %s%n",
        path,
        input.bytes() / 1e6,
        input.wide() ? "wide" : "long",
        input.delimName(),
        input.keyColumn() < 0 ? "?" : input.header().get(input.keyColumn()),
        input.keyColumn() + 1,
        input.first(),
        input.last());

    double[] floor = ioFloor(path);
    System.out.printf(
        Locale.ROOT,
        "I/O floor (page cache warm, median of 5): cat %.3f s (%.0f MB/s), wc -l %.3f s (%.0f"
            + " MB/s)%n",
        floor[0],
        input.bytes() / 1e6 / floor[0],
        floor[1],
        input.bytes() / 1e6 / floor[1]);

    boolean allEqual = true;
    List<PeriodResult> results = new ArrayList<>();
    long rows = -1;
    try (DuckDbDream db =
        o.duckdb && input.wide() ? new DuckDbDream(o.threads, BenefitCodeTable.standard()) : null) {
      for (PeriodType period : o.periods) {
        KeyFigureJob.Builder b = KeyFigureJob.builder().threads(o.threads).period(period);
        if (!input.wide()) {
          b.dataWeeks(input.first(), input.last());
        }
        KeyFigureJob job = b.build();
        String p = period.name().toLowerCase(Locale.ROOT);
        // the first run in this JVM for the period is the cold one, then the warm-up
        double cold = timeLibrary(job, path);
        System.out.printf(Locale.ROOT, "  %s: library first run %.3f s%n", p, cold);
        for (int i = 0; i < 2; i++) {
          System.out.printf(
              Locale.ROOT, "  %s: library warm-up %.3f s%n", p, timeLibrary(job, path));
        }
        // the weekly formulations read the generated layout (key first, then every week in order,
        // commas); any other file and any other period: the period query (null)
        List<DuckDbDream.Formulation> forms =
            db == null
                ? List.of()
                : period == PeriodType.WEEK && input.isPlain()
                    ? o.formulations
                    : Arrays.asList((DuckDbDream.Formulation) null);
        int rounds = db != null ? Math.max(1, o.duckRuns) : 1;
        int perRound = Math.max(1, o.runs / rounds);
        List<Double> lib = new ArrayList<>();
        List<List<Double>> duckTimes = new ArrayList<>();
        List<WeeklyCounts> duckCounts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
          duckTimes.add(new ArrayList<>());
          duckCounts.add(null);
        }
        KeyFigureReport report = null;
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < perRound; i++) {
            long t0 = System.nanoTime();
            try (InputStream s = Files.newInputStream(path)) {
              report = job.run(s);
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            lib.add(sec);
            System.out.printf(Locale.ROOT, "  %s: round %d library %.3f s%n", p, r + 1, sec);
          }
          for (int f = 0; f < forms.size(); f++) {
            long t0 = System.nanoTime();
            duckCounts.set(f, duck(db, forms.get(f), input, period));
            double sec = (System.nanoTime() - t0) / 1e9;
            duckTimes.get(f).add(sec);
            System.out.printf(
                Locale.ROOT,
                "  %s: round %d DuckDB %s %.3f s%n",
                p,
                r + 1,
                formName(forms.get(f), period),
                sec);
          }
        }
        rows = report.summary().rowsRead();
        double warm = median(lib);
        WeeklyCounts libCounts = WeeklyCounts.of(report.figures());
        System.out.printf(
            Locale.ROOT,
            "%s: library median %.3f s over %d runs (first run %.3f s), %.0f MB/s, %d rows read, %d"
                + " cells%n",
            p,
            warm,
            lib.size(),
            cold,
            input.bytes() / 1e6 / warm,
            rows,
            libCounts.total());
        double best = Double.NaN;
        String bestName = "—";
        String counts = forms.isEmpty() ? "not compared" : "identical";
        for (int f = 0; f < forms.size(); f++) {
          double m = median(duckTimes.get(f));
          String diff = duckCounts.get(f).firstDifference(libCounts);
          allEqual &= diff == null;
          if (diff != null) {
            counts = "DIFFER";
          }
          System.out.printf(
              Locale.ROOT,
              "%s: DuckDB %s median %.3f s over %d runs; counts %s; library is %.1f× faster%n",
              p,
              formName(forms.get(f), period),
              m,
              duckTimes.get(f).size(),
              diff == null ? "IDENTICAL to the library's" : "DIFFER: " + diff,
              m / warm);
          if (!(m >= best)) {
            best = m;
            bestName = formName(forms.get(f), period);
          }
        }
        double[] cli = o.cli ? cli(o, path, period) : new double[] {Double.NaN, Double.NaN};
        if (o.cli) {
          System.out.printf(
              Locale.ROOT,
              "%s: command line end to end median %.3f s (its job %.3f s): %.1f× the library's warm"
                  + " time%n",
              p,
              cli[0],
              cli[1],
              cli[0] / warm);
        }
        results.add(new PeriodResult(period, cold, warm, cli[0], cli[1], best, bestName, counts));
      }
    }

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "SUMMARY %s, %.1f MB, %d rows, %s; %d cores; medians%n",
        path.getFileName(),
        input.bytes() / 1e6,
        rows,
        input.wide() ? "wide" : "long",
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "| I/O floor | cat %.3f s (%,.0f MB/s) | wc -l %.3f s (%,.0f MB/s) |%n",
        floor[0],
        input.bytes() / 1e6 / floor[0],
        floor[1],
        input.bytes() / 1e6 / floor[1]);
    System.out.println(
        "| period | library warm | first run | command line end to end (its job) | CLI ÷ warm |"
            + " DuckDB best | DuckDB ÷ library | counts |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    double week = Double.NaN;
    for (PeriodResult r : results) {
      if (r.period() == PeriodType.WEEK) {
        week = r.warm();
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f s (%,.0f MB/s) | %.3f s | %s | %s | %s | %s | %s |%n",
          r.period().name().toLowerCase(Locale.ROOT),
          r.warm(),
          input.bytes() / 1e6 / r.warm(),
          r.cold(),
          Double.isNaN(r.cli())
              ? "—"
              : String.format(Locale.ROOT, "%.3f s (%.3f s)", r.cli(), r.cliJob()),
          orDash("%.1f×", r.cli() / r.warm()),
          Double.isNaN(r.duck())
              ? "—"
              : String.format(Locale.ROOT, "%.3f s (%s)", r.duck(), r.duckName()),
          orDash("%.1f×", r.duck() / r.warm()),
          r.counts());
    }
    for (PeriodResult r : results) {
      if (r.period() == PeriodType.WEEK) {
        System.out.printf(
            Locale.ROOT,
            "GOAL weekly throughput ≥ ½ wc -l: %.0f MB/s = %.2f × wc -l's %.0f MB/s%n",
            input.bytes() / 1e6 / r.warm(),
            floor[1] / r.warm(),
            input.bytes() / 1e6 / floor[1]);
      } else if (!Double.isNaN(week)) {
        System.out.printf(
            Locale.ROOT,
            "GOAL %s ≤ 1.5 × week: %.2f ×%n",
            r.period().name().toLowerCase(Locale.ROOT),
            r.warm() / week);
      }
      if (o.cli) {
        System.out.printf(
            Locale.ROOT,
            "GOAL %s command line ≤ 2 × warm library: %.2f ×%n",
            r.period().name().toLowerCase(Locale.ROOT),
            r.cli() / r.warm());
      }
    }

    if (o.longForm) {
      Path lng = o.dir.resolve(name("long", o) + ".csv");
      ensure(lng, out -> sample.writeLong(out, o.persons, o.seed));
      long lbytes = Files.size(lng);
      System.out.printf(Locale.ROOT, "long file: %s, %.1f MB%n", lng, lbytes / 1e6);
      KeyFigureJob ljob = KeyFigureJob.builder().threads(o.threads).dataWeeks(o.from, o.to).build();
      double[] ll = new double[o.runs];
      KeyFigureReport lr = null;
      for (int i = -1; i < o.runs; i++) {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(lng)) {
          lr = ljob.run(in);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (i >= 0) {
          ll[i] = s;
        }
        System.out.printf(
            Locale.ROOT, "  library long %s: %.3f s%n", i < 0 ? "warm-up" : "run " + (i + 1), s);
      }
      double lm = median(ll);
      WeeklyCounts lc = WeeklyCounts.of(lr.figures()).receiversOnly();
      System.out.printf(
          Locale.ROOT, "library long: median %.3f s, %.0f MB/s%n", lm, lbytes / 1e6 / lm);
      // the same with the DSA visit table beside it, merged in step (DRM-4); no DuckDB counterpart
      Path visit = o.dir.resolve(name("visit", o) + ".csv");
      ensure(visit, out -> sample.writeVisit(out, o.persons, o.seed));
      double[] lv = new double[o.runs];
      KeyFigureReport vr = null;
      for (int i = -1; i < o.runs; i++) {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(lng);
            InputStream v = Files.newInputStream(visit)) {
          vr = ljob.run(in, v);
        }
        if (i >= 0) {
          lv[i] = (System.nanoTime() - t0) / 1e9;
        }
      }
      double lvm = median(lv);
      System.out.printf(
          Locale.ROOT,
          "library long + visit table (%.1f MB, %d rows): median %.3f s, %.0f MB/s%n",
          Files.size(visit) / 1e6,
          vr.visitSummary().orElseThrow().rowsRead(),
          lvm,
          (lbytes + Files.size(visit)) / 1e6 / lvm);
      if (o.duckdb) {
        try (DuckDbDream duck = new DuckDbDream(o.threads, BenefitCodeTable.standard())) {
          double best = Double.MAX_VALUE;
          String bestLong = "";
          for (boolean window : new boolean[] {false, true}) {
            String name = window ? "window RANGE 52 FOLLOWING" : "self-join on week+52";
            double[] d = new double[o.duckRuns];
            WeeklyCounts dc = null;
            for (int i = 0; i < o.duckRuns; i++) {
              long t0 = System.nanoTime();
              dc = duck.longForm(lng, o.from, sample.weeks(), window);
              d[i] = (System.nanoTime() - t0) / 1e9;
              System.out.printf(
                  Locale.ROOT, "  DuckDB long %s run %d: %.3f s%n", name, i + 1, d[i]);
            }
            double m = median(d);
            String diff = dc.receiversOnly().firstDifference(lc);
            allEqual &= diff == null;
            System.out.printf(
                Locale.ROOT,
                "DuckDB long %s: median %.3f s; counts %s%n",
                name,
                m,
                diff == null ? "IDENTICAL to the library's" : "DIFFER: " + diff);
            if (m < best) {
              best = m;
              bestLong = name;
            }
          }
          System.out.printf(
              Locale.ROOT,
              "RESULT long: library %.3f s (%.0f MB/s) vs DuckDB best (%s) %.3f s: ratio %.1f×%n",
              lm,
              lbytes / 1e6 / lm,
              bestLong,
              best,
              best / lm);
        }
      }
    }
    if (!allEqual) {
      System.out.println("COUNTS DIFFER");
      System.exit(1);
    }
  }

  private static String formName(DuckDbDream.Formulation f, PeriodType period) {
    return f != null
        ? f.name()
        : period == PeriodType.WEEK ? "SPLIT_PERIODS" : "SPLIT_COUNT_DISTINCT";
  }

  /** The counts of DuckDB for a period: a weekly formulation, or (null) the period query. */
  private static WeeklyCounts duck(
      DuckDbDream db, DuckDbDream.Formulation f, Input in, PeriodType period) throws Exception {
    if (f != null) {
      List<String> weekColumns = new ArrayList<>();
      for (int c : in.columnOfWeek()) {
        weekColumns.add(in.header().get(c));
      }
      return db.wide(f, in.path(), weekColumns, in.header().get(in.keyColumn()));
    }
    PeriodGrid grid = PeriodGrid.of(period, in.first(), in.first(), in.last());
    int[] periodOf = new int[in.columnOfWeek().length];
    for (int w = 0; w < periodOf.length; w++) {
      periodOf[w] = grid.periodOf(w);
    }
    return db.periods(
        in.path(),
        in.delim(),
        in.keyColumn(),
        in.columnOfWeek(),
        periodOf,
        grid.periodCount(),
        period != PeriodType.WEEK);
  }

  /**
   * Runs {@code java -jar dfdg.jar dream keyfigures FILE --period P} in a fresh JVM each time, the
   * report to a temporary file.
   *
   * @return the median wall time and the median of the job's own time (its summary line)
   */
  private static double[] cli(Options o, Path file, PeriodType period) throws Exception {
    if (!Files.isRegularFile(o.jar)) {
      throw new IllegalStateException(
          o.jar + " is missing: ./mvnw -B -ntp -pl cli -am package -DskipTests");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = Files.createTempFile(o.dir, "keyfigures", ".csv");
    Path err = Files.createTempFile(o.dir, "keyfigures", ".err");
    double[] wall = new double[o.cliRuns];
    double[] job = new double[o.cliRuns];
    Pattern seconds = Pattern.compile("; ([0-9.]+) s \\(");
    try {
      for (int i = 0; i < o.cliRuns; i++) {
        long t0 = System.nanoTime();
        Process p =
            new ProcessBuilder(
                    java,
                    "-jar",
                    o.jar.toString(),
                    "dream",
                    "keyfigures",
                    file.toString(),
                    "--period",
                    period.name().toLowerCase(Locale.ROOT),
                    "--threads",
                    Integer.toString(o.threads),
                    "--out",
                    out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        int code = p.waitFor();
        wall[i] = (System.nanoTime() - t0) / 1e9;
        String e = Files.readString(err, StandardCharsets.UTF_8);
        if (code > 1) {
          throw new IllegalStateException("dfdg dream keyfigures exited with " + code + ": " + e);
        }
        Matcher m = seconds.matcher(e);
        job[i] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        System.out.printf(
            Locale.ROOT,
            "  %s: command line run %d: %.3f s end to end (its job %.2f s)%n",
            period.name().toLowerCase(Locale.ROOT),
            i + 1,
            wall[i],
            job[i]);
      }
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
    return new double[] {median(wall), median(job)};
  }

  /** {@code cat FILE > /dev/null} and {@code wc -l FILE}: the median of 5 each, after one cat. */
  private static double[] ioFloor(Path file) throws Exception {
    run("cat", file.toString());
    double[] cat = new double[5];
    double[] wc = new double[5];
    for (int i = 0; i < 5; i++) {
      cat[i] = run("cat", file.toString());
      wc[i] = run("wc", "-l", file.toString());
    }
    return new double[] {median(cat), median(wc)};
  }

  private static double run(String... command) throws Exception {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void ensure(Path file, Writer w) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    long t0 = System.nanoTime();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      w.write(out);
    }
    Files.move(tmp, file);
    System.out.printf(
        Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
  }

  private static String name(String shape, Options o) {
    return "dream-" + shape + "-" + o.persons + "-" + o.from + "-" + o.to + "-seed" + o.seed;
  }

  private static double timeLibrary(KeyFigureJob job, Path file) throws IOException {
    long t0 = System.nanoTime();
    try (InputStream in = Files.newInputStream(file)) {
      job.run(in);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  static double median(List<Double> xs) {
    return median(xs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String duckDbVersion() {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var s = c.createStatement();
        var r = s.executeQuery("SELECT version()")) {
      r.next();
      return r.getString(1);
    } catch (java.sql.SQLException e) {
      return "(version unknown)";
    }
  }

  private static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--persons" -> o.persons = Long.parseLong(args[++i]);
        case "--from" -> o.from = IsoWeek.parse(args[++i]);
        case "--to" -> o.to = IsoWeek.parse(args[++i]);
        case "--seed" -> o.seed = Long.parseLong(args[++i]);
        case "--threads" -> o.threads = Integer.parseInt(args[++i]);
        case "--runs" -> o.runs = Integer.parseInt(args[++i]);
        case "--duckdb-runs" -> o.duckRuns = Integer.parseInt(args[++i]);
        case "--no-duckdb" -> o.duckdb = false;
        case "--no-cli" -> o.cli = false;
        case "--cli-runs" -> o.cliRuns = Integer.parseInt(args[++i]);
        case "--jar" -> o.jar = Path.of(args[++i]);
        case "--periods" -> {
          o.periods = new ArrayList<>();
          for (String p : args[++i].split(",")) {
            o.periods.add(PeriodType.parse(p.strip()));
          }
        }
        case "--long" -> o.longForm = true;
        case "--dir" -> o.dir = Path.of(args[++i]);
        case "--file" -> o.file = Path.of(args[++i]);
        case "--formulations" -> {
          String v = args[++i];
          o.formulations = new ArrayList<>();
          if (v.equals("all")) {
            o.formulations.addAll(List.of(DuckDbDream.Formulation.values()));
          } else {
            for (String f : v.split(",")) {
              o.formulations.add(DuckDbDream.Formulation.valueOf(f.trim()));
            }
          }
        }
        case "--help", "-h" -> {
          System.out.println(
              "benchmarks/bench.sh [--persons N] [--from WEEK] [--to WEEK] [--seed S] [--threads N]"
                  + " [--runs N] [--duckdb-runs N] [--formulations A,B|all] [--periods"
                  + " week,month,quarter,year] [--cli-runs N] [--jar DFDG_JAR] [--no-cli]"
                  + " [--no-duckdb] [--long] [--dir DIR] [--file FILE]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return o;
  }

  /** A measured value, or a dash where nothing was measured (no DuckDB, no command line). */
  private static String orDash(String format, double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, format, value);
  }
}
