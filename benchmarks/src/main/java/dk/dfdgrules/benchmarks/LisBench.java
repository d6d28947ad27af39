/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.extracts.refusion.LisGroup;
import dk.dfdgrules.extracts.refusion.LisJob;
import dk.dfdgrules.extracts.refusion.LisSample;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The LIS raw-data job (LIS-1 … LIS-5): net expense per citizen on a generated file ({@link
 * LisSample}, 5,000,000 rows by default) — the library against DuckDB's {@code read_csv} and {@code
 * GROUP BY} on the same file, doing the same work (Beregnings ID as a whole number, Uge as a date
 * that is a Monday, the Danish amounts turned into decimals, payout + financing summed per CPR),
 * with the totals of every citizen compared to the øre.
 *
 * <pre>
 * benchmarks/bench.sh lis [--rows N] [--file FILE] [--dir DIR] [--runs N] [--threads N] [--no-duckdb]
 * --rows N           rows of the generated file (default 5,000,000)
 * --file FILE        an existing file in the sample's columns instead
 * --dir DIR          where the generated file goes (default benchmarks/target/bench-data)
 * --runs N           runs of each side, the median reported (default 3)
 * --threads N        DuckDB's and the library's threads (default: every core)
 * --no-duckdb        the library only
 * </pre>
 */
public final class LisBench {

  private LisBench() {}

  /** Per citizen: rows and net expense; and the file total. */
  record Totals(Map<String, BigDecimal> net, Map<String, Long> rows, BigDecimal total) {}

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    long rows = 5_000_000;
    Path file = null;
    Path dir = Path.of("benchmarks", "target", "bench-data");
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean duck = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
        case "--file" -> file = Path.of(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--no-duckdb" -> duck = false;
        case "--help", "-h" -> {
          System.out.println(
              "benchmarks/bench.sh lis [--rows N] [--file FILE] [--dir DIR] [--runs N]"
                  + " [--threads N] [--no-duckdb]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (file == null) {
      long n = rows;
      file =
          Timings.generated(
              dir.resolve("lis-" + rows + ".csv"),
              String.format(Locale.ROOT, "%,d calculations", rows),
              w -> LisSample.of(n, 1).writeTo(w));
    }
    long bytes = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "file %s: %.0f MB; JVM heap max %d MB, %d cores%n",
        file,
        bytes / 1e6,
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    Path input = file;
    int t = threads;
    Timings.Timed<Totals> libRuns = Timings.time(runs, () -> {}, () -> library(input, t));
    Totals lib = libRuns.last();
    double libMedian = libRuns.median();
    System.out.printf(
        Locale.ROOT,
        "%s, %.2f M rows/s; %,d citizens, net expense %s kr.%n",
        libRuns.line("library", bytes),
        lib.rows().values().stream().mapToLong(Long::longValue).sum() / 1e6 / libMedian,
        lib.net().size(),
        lib.total().toPlainString());
    if (!duck) {
      return;
    }
    Timings.Timed<Totals> dbRuns = Timings.time(runs, () -> {}, () -> duckDb(input, t));
    Totals db = dbRuns.last();
    double dbMedian = dbRuns.median();
    System.out.printf(
        Locale.ROOT,
        "%s; %,d citizens, net expense %s kr.%n",
        dbRuns.line("DuckDB (" + threads + " threads)", bytes),
        db.net().size(),
        db.total().toPlainString());
    boolean same =
        lib.total().compareTo(db.total()) == 0
            && lib.rows().equals(db.rows())
            && sameAmounts(lib.net(), db.net());
    System.out.printf(
        Locale.ROOT,
        "totals identical (file total and every citizen's rows and net expense, to the øre): %s%n",
        same ? "yes" : "NO");
    System.out.printf(
        Locale.ROOT,
        "RESULT lis: library %.3f s (%.0f MB/s) vs DuckDB %.3f s (%.0f MB/s): %.2f× DuckDB's"
            + " throughput (goal ≥ 3×)%n",
        libMedian,
        bytes / 1e6 / libMedian,
        dbMedian,
        bytes / 1e6 / dbMedian,
        dbMedian / libMedian);
    if (!same) {
      System.exit(1);
    }
  }

  private static boolean sameAmounts(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> e : a.entrySet()) {
      if (e.getValue().compareTo(b.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  static Totals library(Path file, int threads) throws IOException {
    LisJob job =
        LisJob.builder().groupBy(EnumSet.of(LisJob.Dimension.CITIZEN)).threads(threads).build();
    LisJob.Report r;
    r = job.run(file, new LisJob.Output() {}); // on the threads given
    if (r.summary().rejected() > 0) {
      throw new IllegalStateException("rows rejected: " + r.summary().rejectedByProblem());
    }
    Map<String, BigDecimal> net = new HashMap<>();
    Map<String, Long> rows = new HashMap<>();
    for (LisGroup g : r.groups()) {
      net.put(g.citizen().orElseThrow(), g.netExpense());
      rows.put(g.citizen().orElseThrow(), g.rows());
    }
    return new Totals(net, rows, r.summary().total());
  }

  static Totals duckDb(Path file, int threads) throws SQLException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String amount =
        "CAST(replace(replace(replace(%s, ' kr.', ''), '.', ''), ',', '.') AS DECIMAL(18, 2))";
    String sql =
        "SELECT cpr, count(*) AS n, sum("
            + String.format(Locale.ROOT, amount, "payout")
            + " + "
            + String.format(Locale.ROOT, amount, "financing")
            + ") AS net FROM read_csv('"
            + path
            + "', delim = ';', header = true, quote = '\"', columns = {'id': 'BIGINT', 'uge':"
            + " 'DATE', 'cpr': 'VARCHAR', 'ydelse': 'VARCHAR', 'cvr': 'VARCHAR', 'reporter':"
            + " 'VARCHAR', 'payout': 'VARCHAR', 'account': 'VARCHAR', 'financing': 'VARCHAR',"
            + " 'area': 'VARCHAR'}) WHERE isodow(uge) = 1 AND length(cpr) = 10 GROUP BY cpr";
    Map<String, BigDecimal> net = new HashMap<>();
    Map<String, Long> rows = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = conn.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET preserve_insertion_order = false");
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          BigDecimal n = rs.getBigDecimal(3).setScale(2);
          net.put(rs.getString(1), n);
          rows.put(rs.getString(1), rs.getLong(2));
          total = total.add(n);
        }
      }
    }
    return new Totals(net, rows, total.setScale(2));
  }
}
