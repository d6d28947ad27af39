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
 * The long (DSA {@code y} table) kernels: one thread, the rows of 2,000 persons over 881 weeks in
 * memory (649,334 rows), with or without the {@code visit} table beside them; the score is the time
 * per {@code y} row (parse, DRM-3 merge, DRM-4 groups with visitation, DRM-5 follow-up, DRM-7
 * counts). {@code fused} is the weekly kernel proportional to a person's rows; {@code general} maps
 * every week of every person.
 *
 * <pre>benchmarks/bench.sh jmh LongKernelBenchmark</pre>
 */
public class LongKernelBenchmark extends KernelBenchmarkBase {

  static final int PERSONS = 2000;

  /** The {@code y} rows of the 2,000 persons (the sample is deterministic). */
  static final int ROWS = 649_334;

  @Param({"false", "true"})
  public boolean visit;

  private byte[] y;
  private byte[] visitTable;
  private KeyFigureJob job;

  /**
   * Makes the tables.
   *
   * @throws IOException never
   */
  @Setup
  public void setUp() throws IOException {
    y = sample((s, out) -> s.writeLong(out, PERSONS, SEED));
    visitTable = sample((s, out) -> s.writeVisit(out, PERSONS, SEED));
    job = oneThreadJob().period(PeriodType.WEEK).dataWeeks(FIRST, LAST).build();
    long rows = job.run(new ByteArrayInputStream(y)).summary().rowsRead();
    if (rows != ROWS) {
      throw new IllegalStateException("the sample has " + rows + " rows, not " + ROWS);
    }
  }

  /**
   * One pass over the rows.
   *
   * @return the persons counted
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long perRow() {
    return job.run(new ByteArrayInputStream(y), visit ? new ByteArrayInputStream(visitTable) : null)
        .summary()
        .persons();
  }
}
