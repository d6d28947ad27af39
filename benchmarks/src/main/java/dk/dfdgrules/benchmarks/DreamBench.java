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

/**
 * The bench command: the DREAM key-figure job of the library and of DuckDB on the same generated
 * file, in one run — for every week t the counts by (week, group at t, group/status at t+52) —
 * checking that both give identical counts, printing both times (median of several runs), the
 * ratio and MB/s. After a warm-up of the library, the runs come in rounds — the library's runs,
 * then each DuckDB formulation once — so that both meet the same machine.
 *
 * <pre>
 * benchmarks/bench.sh [--persons 100000] [--from 2010-W01] [--to 2026-W47] [--seed 42]
 *     [--threads 2] [--runs 9] [--duckdb-runs 3] [--formulations SPLIT_UNNEST_JOIN,...|all]
 *     [--no-duckdb] [--long] [--dir /tmp/dfdg-bench] [--file WIDE.csv]
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
    int runs = 9;
    int duckRuns = 3;
    List<DuckDbDream.Formulation> formulations = DuckDbDream.defaults();
    boolean duckdb = true;
    boolean longForm;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dfdg-bench");
    Path file;
  }

  /**
   * Runs the benchmark.
   *
   * @param args the options above
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    System.out.printf(Locale.ROOT, "DREAM key-figure job: library vs DuckDB %s, side by side%n", duckDbVersion());
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
    Path wide = o.file != null ? o.file : o.dir.resolve(name("wide", o) + ".csv");
    if (o.file == null) {
      ensure(wide, out -> sample.writeWide(out, o.persons, o.seed));
    }
    long bytes = Files.size(wide);
    List<String> header = header(wide);
    String key = header.get(0);
    List<String> weekColumns = header.subList(1, header.size());
    System.out.printf(
        Locale.ROOT,
        "file: %s, %.1f MB, %d persons × %d weeks (%s .. %s)%n",
        wide,
        bytes / 1e6,
        o.persons,
        weekColumns.size(),
        weekColumns.get(0),
        weekColumns.get(weekColumns.size() - 1));

    // warm-up of the library (JIT), then rounds: the library runs, then each DuckDB formulation
    // once, so both see the same machine (other load comes and goes)
    KeyFigureJob job = KeyFigureJob.builder().threads(o.threads).build();
    for (int i = 0; i < 3; i++) {
      double s = timeLibrary(job, wide);
      System.out.printf(Locale.ROOT, "  library warm-up: %.3f s%n", s);
    }
    int rounds = o.duckdb ? Math.max(1, o.duckRuns) : 1;
    int perRound = Math.max(1, o.runs / rounds);
    List<Double> lib = new ArrayList<>();
    List<List<Double>> duckTimes = new ArrayList<>();
    List<WeeklyCounts> duckCounts = new ArrayList<>();
    for (int i = 0; i < o.formulations.size(); i++) {
      duckTimes.add(new ArrayList<>());
      duckCounts.add(null);
    }
    KeyFigureReport report = null;
    try (DuckDbDream db = o.duckdb ? new DuckDbDream(o.threads, BenefitCodeTable.standard()) : null) {
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < perRound; i++) {
          long t0 = System.nanoTime();
          try (InputStream in = Files.newInputStream(wide)) {
            report = job.run(in);
          }
          double s = (System.nanoTime() - t0) / 1e9;
          lib.add(s);
          System.out.printf(Locale.ROOT, "  round %d library: %.3f s%n", r + 1, s);
        }
        if (db != null) {
          for (int f = 0; f < o.formulations.size(); f++) {
            long t0 = System.nanoTime();
            duckCounts.set(f, db.wide(o.formulations.get(f), wide, weekColumns, key));
            double s = (System.nanoTime() - t0) / 1e9;
            duckTimes.get(f).add(s);
            System.out.printf(Locale.ROOT, "  round %d DuckDB %s: %.3f s%n", r + 1, o.formulations.get(f), s);
          }
        }
      }
    }
    double libMedian = median(lib);
    WeeklyCounts libCounts = WeeklyCounts.of(report.figures());
    System.out.printf(
        Locale.ROOT,
        "library: median %.3f s over %d runs (min %.3f), %.0f MB/s, %d rows, %d person-weeks counted%n",
        libMedian,
        lib.size(),
        lib.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        bytes / 1e6 / libMedian,
        report.summary().rowsUsed(),
        libCounts.total());
    boolean allEqual = true;
    double bestDuck = Double.MAX_VALUE;
    String bestName = "";
    if (o.duckdb) {
      for (int f = 0; f < o.formulations.size(); f++) {
        double m = median(duckTimes.get(f));
        String diff = duckCounts.get(f).firstDifference(libCounts);
        allEqual &= diff == null;
        System.out.printf(
            Locale.ROOT,
            "DuckDB %s: median %.3f s over %d runs, %.0f MB/s; counts %s; library is %.1f× faster%n",
            o.formulations.get(f),
            m,
            duckTimes.get(f).size(),
            bytes / 1e6 / m,
            diff == null ? "IDENTICAL to the library's" : "DIFFER: " + diff,
            m / libMedian);
        if (m < bestDuck) {
          bestDuck = m;
          bestName = o.formulations.get(f).name();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "RESULT wide: library %.3f s (%.0f MB/s) vs DuckDB best (%s) %.3f s: ratio %.1f×%n",
          libMedian,
          bytes / 1e6 / libMedian,
          bestName,
          bestDuck,
          bestDuck / libMedian);
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
        System.out.printf(Locale.ROOT, "  library long %s: %.3f s%n", i < 0 ? "warm-up" : "run " + (i + 1), s);
      }
      double lm = median(ll);
      WeeklyCounts lc = WeeklyCounts.of(lr.figures()).receiversOnly();
      System.out.printf(Locale.ROOT, "library long: median %.3f s, %.0f MB/s%n", lm, lbytes / 1e6 / lm);
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
              System.out.printf(Locale.ROOT, "  DuckDB long %s run %d: %.3f s%n", name, i + 1, d[i]);
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
    System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
  }

  private static String name(String shape, Options o) {
    return "dream-" + shape + "-" + o.persons + "-" + o.from + "-" + o.to + "-seed" + o.seed;
  }

  private static List<String> header(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Arrays.asList(r.readLine().split(","));
    }
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
              "benchmarks/bench.sh [--persons N] [--from WEEK] [--to WEEK] [--seed S] [--threads N] [--runs N]"
                  + " [--duckdb-runs N] [--formulations A,B|all] [--no-duckdb] [--long] [--dir DIR] [--file WIDE]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return o;
  }
}
