package dk.dfdgrules.benchmarks;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSample;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The long (DSA {@code y} table) kernels: one thread, the rows of 2,000 persons over 881 weeks
 * in memory (649,334 rows), with or without the {@code visit} table beside them; the score is the
 * time per {@code y} row (parse, DRM-3 merge, DRM-4 groups with visitation, DRM-5 follow-up, DRM-7
 * counts). {@code fused} is the weekly kernel proportional to a person's rows; {@code general}
 * maps every week of every person.
 *
 * <pre>benchmarks/bench.sh jmh LongKernelBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LongKernelBenchmark {

  static final int PERSONS = 2000;

  /** The {@code y} rows of the 2,000 persons (the sample is deterministic). */
  static final int ROWS = 649_334;

  @Param({"fused", "general"})
  public String kernel;

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
    IsoWeek first = IsoWeek.of(2010, 1);
    IsoWeek last = IsoWeek.of(2026, 47);
    DreamSample sample = new DreamSample(first, last);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sample.writeLong(out, PERSONS, 42);
    y = out.toByteArray();
    out = new ByteArrayOutputStream();
    sample.writeVisit(out, PERSONS, 42);
    visitTable = out.toByteArray();
    job =
        KeyFigureJob.builder()
            .threads(1)
            .period(PeriodType.WEEK)
            .fusedKernel(kernel.equals("fused"))
            .dataWeeks(first, last)
            .blockSize(1 << 22)
            .build();
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
