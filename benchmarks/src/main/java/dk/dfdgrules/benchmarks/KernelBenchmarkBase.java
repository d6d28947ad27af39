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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JMH kernel benchmarks share: the run settings, the {@code kernel} parameter, the
 * synthetic DREAM sample they read (881 weeks, 2010-W01 … 2026-W47, seed 42) and a job on one
 * thread with 4 MiB blocks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class KernelBenchmarkBase {

  /** The first week of the sample. */
  static final IsoWeek FIRST = IsoWeek.of(2010, 1);

  /** The last week of the sample. */
  static final IsoWeek LAST = IsoWeek.of(2026, 47);

  /** The sample's seed. */
  static final long SEED = 42;

  /** {@code fused}: the weekly kernel; {@code general}: the kernel that maps every week. */
  @Param({"fused", "general"})
  public String kernel;

  /**
   * A job on one thread, with this run's kernel and 4 MiB blocks.
   *
   * @return the builder, to add the period or the data weeks to
   */
  KeyFigureJob.Builder oneThreadJob() {
    return KeyFigureJob.builder().threads(1).fusedKernel(kernel.equals("fused")).blockSize(1 << 22);
  }

  /**
   * A table of the sample, in memory.
   *
   * @param table writes one of the sample's tables
   * @return the bytes
   * @throws IOException never
   */
  static byte[] sample(SampleTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.write(new DreamSample(FIRST, LAST), out);
    return out.toByteArray();
  }

  /** Writes one table of the sample ({@code (s, out) -> s.writeWide(out, 2000, SEED)}). */
  @FunctionalInterface
  interface SampleTable {
    void write(DreamSample sample, OutputStream out) throws IOException;
  }
}
