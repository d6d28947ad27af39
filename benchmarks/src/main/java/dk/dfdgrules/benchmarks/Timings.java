/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the side-by-side benches share: a generated input file made once and kept, a job timed over
 * several runs, and the lines that report them.
 */
final class Timings {

  private Timings() {}

  /** An action that may fail. */
  @FunctionalInterface
  interface Action<T> {
    T run() throws Exception;
  }

  /** What a generator writes; returns the rows written. */
  @FunctionalInterface
  interface Generator {
    long writeTo(Writer w) throws IOException;
  }

  /**
   * The runs of one job.
   *
   * @param last the last run's result
   * @param seconds each run's time
   * @param <T> the result
   */
  record Timed<T>(T last, double[] seconds) {

    double median() {
      return DreamBench.median(seconds);
    }

    /**
     * The report line: {@code NAME: median 1.234 s over 3 runs (1.30, 1.23, 1.20), 123 MB/s}.
     *
     * @param name the job's name
     * @param bytes the input's size
     * @return the line, without a line end
     */
    String line(String name, long bytes) {
      List<String> each = new ArrayList<>();
      for (double s : seconds) {
        each.add(String.format(Locale.ROOT, "%.2f", s));
      }
      return String.format(
          Locale.ROOT,
          "%s: median %.3f s over %d runs (%s), %.0f MB/s",
          name,
          median(),
          seconds.length,
          String.join(", ", each),
          bytes / 1e6 / median());
    }
  }

  /**
   * Runs a job several times.
   *
   * @param runs the number of runs, ≥ 1
   * @param before what to do before each run, not timed (e.g. a garbage collection)
   * @param job the job
   * @param <T> its result
   * @return the last result and every run's time
   * @throws Exception if the job fails
   */
  static <T> Timed<T> time(int runs, Runnable before, Action<T> job) throws Exception {
    double[] seconds = new double[runs];
    T last = null;
    for (int r = 0; r < runs; r++) {
      before.run();
      long t0 = System.nanoTime();
      last = job.run();
      seconds[r] = (System.nanoTime() - t0) / 1e9;
    }
    return new Timed<>(last, seconds);
  }

  /**
   * A generated input file, written once into a folder and kept for later runs.
   *
   * @param file where it is kept
   * @param what what it holds, for the report line (e.g. {@code 1,000,000 citizens})
   * @param generator writes it
   * @return the file
   * @throws IOException if writing fails
   */
  static Path generated(Path file, String what, Generator generator) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    long t0 = System.nanoTime();
    long rows;
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      rows = generator.writeTo(w);
    }
    System.out.printf(
        Locale.ROOT,
        "generated %s: %s, %,d rows, %.0f MB in %.1f s%n",
        file,
        what,
        rows,
        Files.size(file) / 1e6,
        (System.nanoTime() - t0) / 1e9);
    return file;
  }
}
