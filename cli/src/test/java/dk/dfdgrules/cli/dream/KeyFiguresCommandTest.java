/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.Dfdg;
import dk.dfdgrules.cli.common.ExitCodes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code dfdg dream keyfigures} when its job fails: the failure is made by the command's seam, an
 * input stream that throws after the header. The 30-second bound detects a hang; it is no speed
 * goal.
 */
class KeyFiguresCommandTest {

  private static CliRun runFailing(Supplier<Throwable> failure, String... args) {
    CommandLine cl = Dfdg.commandLine();
    KeyFiguresCommand command =
        cl.getSubcommands().get("dream").getSubcommands().get("keyfigures").getCommand();
    command.inputFilter = failingAfter(20_000, failure);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cl.execute(args));
    return new CliRun(code, out.toString(), err.toString());
  }

  private static UnaryOperator<InputStream> failingAfter(long bytes, Supplier<Throwable> failure) {
    return in ->
        new FilterInputStream(in) {
          private long read;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (read > bytes) {
              throwUnchecked(failure.get());
            }
            int n = super.read(b, off, Math.min(len, 4096));
            read += Math.max(0, n);
            return n;
          }
        };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
    throw (T) t;
  }

  @Nested
  class OutOfMemory {

    @Test
    void saysTheHeapItHadWhatItNeedsAndTheXmxToTry() {
      CliRun r =
          runFailing(
              () -> new OutOfMemoryError("Java heap space (simulated)"),
              "dream",
              "keyfigures",
              "--sample");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
      assertThat(r.err().lines())
          .singleElement()
          .asString()
          .startsWith("dfdg: out of memory: the job had a heap of ")
          .contains(" MB; for this input (", "JAVA_OPTS=-Xmx", "java -Xmx")
          .doesNotContain("Exception", "\tat ");
    }

    @Test
    void theMessageRoundsTheSuggestionUp() {
      assertThat(KeyFiguresCommand.outOfMemory(64L << 20, 90L << 20, 1_869_386_338L))
          .isEqualTo(
              "dfdg: out of memory: the job had a heap of 64 MB; for this input (1869.4 MB) it"
                  + " needs about 90 MB. Try JAVA_OPTS=-Xmx128m (or java -Xmx128m -jar dfdg.jar"
                  + " ...).");
      assertThat(KeyFiguresCommand.suggestedHeapMb(0)).isZero();
      assertThat(KeyFiguresCommand.suggestedHeapMb(1)).isEqualTo(32);
      assertThat(KeyFiguresCommand.suggestedHeapMb(25L << 20)).isEqualTo(32); // 31.25 MB
      assertThat(KeyFiguresCommand.suggestedHeapMb(26L << 20)).isEqualTo(64); // 32.5 MB
    }
  }

  @Test
  void anyOtherFailureIsAnInternalErrorAndNoHang() {
    CliRun r =
        runFailing(() -> new IllegalStateException("a bug"), "dream", "keyfigures", "--sample");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).startsWith("dfdg: internal error: ").contains("a bug");
  }

  @Test
  void theHelpListsTheExitCodes() {
    CliRun r = CliRun.run("dream", "keyfigures", "--help");
    assertThat(r.out()).contains("3   an internal error", "5   not enough memory");
  }
}
