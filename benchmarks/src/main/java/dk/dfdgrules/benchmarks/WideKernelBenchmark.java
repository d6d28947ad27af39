/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The per-row kernels: one thread, 2,000 wide rows of 881 weeks in memory; the score is the time
 * per row (parse, DRM-4 groups, DRM-5 follow-up, DRM-7 counts).
 *
 * <pre>benchmarks/bench.sh jmh</pre>
 */
public class WideKernelBenchmark extends KernelBenchmarkBase {

  static final int ROWS = 2000;

  @Param({"WEEK", "QUARTER"})
  public String period;

  private byte[] file;
  private KeyFigureJob job;

  /**
   * Makes the rows.
   *
   * @throws IOException never
   */
  @Setup
  public void setUp() throws IOException {
    file = sample((s, out) -> s.writeWide(out, ROWS, SEED));
    job = oneThreadJob().period(PeriodType.valueOf(period)).build();
  }

  /**
   * One pass over the rows.
   *
   * @return the persons counted
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long perRow() {
    return job.run(new ByteArrayInputStream(file)).summary().persons();
  }
}
