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
 * The per-row kernels: one thread, 2,000 wide rows of 881 weeks in memory; the score is the time
 * per row (parse, DRM-4 groups, DRM-5 follow-up, DRM-7 counts).
 *
 * <pre>benchmarks/bench.sh jmh</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WideKernelBenchmark {

  static final int ROWS = 2000;

  @Param({"fused", "general"})
  public String kernel;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DreamSample(IsoWeek.of(2010, 1), IsoWeek.of(2026, 47)).writeWide(out, ROWS, 42);
    file = out.toByteArray();
    job =
        KeyFigureJob.builder()
            .threads(1)
            .period(PeriodType.valueOf(period))
            .fusedKernel(kernel.equals("fused"))
            .blockSize(1 << 22)
            .build();
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
