/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.common.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exit codes of the batch commands tell the truth: a user's mistake is exit 2 with one line and
 * no stack trace, never 3 ("internal error"); limits are checked before the work; an exhausted heap
 * is 5, never 1.
 */
class BatchExitCodesTest {

  @TempDir Path dir;

  /** Each batch command that reads a FILE, with the options it needs besides. */
  static Stream<List<String>> fileCommands() {
    return Stream.of(
        List.of("dream", "keyfigures"),
        List.of("visitation", "courses"),
        List.of("activity", "measures", "--from", "2022-03-01", "--to", "2022-03-31"),
        List.of("activity", "benchmark"),
        List.of("yr", "lis"),
        List.of("yr", "refusion"));
  }

  private static CliRun run(List<String> command, String... more) {
    return CliRun.run(Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new));
  }

  private static void isOneLineUsageError(CliRun r) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ", "internal error", "Exception");
  }

  @ParameterizedTest(name = "{0}: a directory as FILE")
  @MethodSource("fileCommands")
  void aDirectoryIsAnInputError(List<String> command) {
    isOneLineUsageError(run(command, dir.toString()));
  }

  @ParameterizedTest(name = "{0}: a file whose header is not UTF-8")
  @MethodSource("fileCommands")
  void aFileThatIsNotUtf8IsAnInputError(List<String> command) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, ';', 'x', '\n', '1', ';'});
    isOneLineUsageError(run(command, f.toString()));
  }

  @ParameterizedTest(name = "{0}: --out in a folder that does not exist")
  @MethodSource("fileCommands")
  void aMissingOutputFolderIsAnInputError(List<String> command) {
    isOneLineUsageError(run(command, "--sample", "--out", dir.resolve("no/such.csv").toString()));
  }

  @ParameterizedTest(name = "{0}: a file that cannot be read")
  @MethodSource("fileCommands")
  void anUnreadableFileIsAnInputError(List<String> command) throws IOException {
    Path f = dir.resolve("secret.csv");
    Files.writeString(f, "lobenr,y_1901\n1,111\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(f), "running as root: every file is readable");
    isOneLineUsageError(run(command, f.toString()));
  }

  private Path longDreamFile() throws IOException {
    Path f = dir.resolve("long.csv");
    Files.writeString(f, "cpr;uge;y\n1;2020-W01;111\n2;2020-W02;130\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aReversedDataRangeIsAnInputError() throws IOException {
    CliRun r =
        CliRun.run(
            "dream",
            "keyfigures",
            longDreamFile().toString(),
            "--data-from",
            "2020-W05",
            "--data-to",
            "2020-W01");
    isOneLineUsageError(r);
    assertThat(r.err()).contains("2020-W01 before first 2020-W05");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard: it once ran out of memory
  void aDataRangeOfEightThousandYearsIsRefusedUpFront() throws IOException {
    CliRun r =
        CliRun.run(
            "dream",
            "keyfigures",
            longDreamFile().toString(),
            "--data-from",
            "0001-W01",
            "--data-to",
            "9999-W52");
    isOneLineUsageError(r);
    assertThat(r.err()).contains("1991-W32 … 2089-W52");
  }

  @Test
  void aReversedCountingRangeIsAnInputError() {
    isOneLineUsageError(
        CliRun.run("dream", "keyfigures", "--sample", "--from", "2020-W05", "--to", "2020-W01"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void threeThousandThreadsAreRefusedUpFront() {
    CliRun r = CliRun.run("dream", "keyfigures", "--sample", "--threads", "3000");
    isOneLineUsageError(r);
    assertThat(r.err()).contains("--threads must be 1-64, was 3000");
    isOneLineUsageError(CliRun.run("dream", "keyfigures", "--sample", "--threads", "65"));
    assertThat(CliRun.run("dream", "keyfigures", "--sample", "--threads", "2").exitCode())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void aSampleOutsideDreamsWeeksIsAnInputError() {
    Path out = dir.resolve("s.csv");
    for (String[] range :
        new String[][] {
          {"0001-W01", "9999-W52"}, {"1991-W31", "2000-W01"}, {"2089-W01", "2090-W01"}
        }) {
      isOneLineUsageError(
          CliRun.run(
              "dream", "sample", "--from", range[0], "--to", range[1], "--out", out.toString()));
    }
  }

  @Test
  void extremeEvaluationDatesOfTheWindowsAreAnswered() {
    for (String at : new String[] {"-999999999-01-01", "+999999999-12-31", "0001-01-01"}) {
      CliRun r = CliRun.run("activity", "windows", "--at", at);
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    }
  }

  @Test
  void anExhaustedHeapIsExitFiveWhereverTheJobWrapsIt() {
    RuntimeException wrapped = new IllegalStateException("worker failed", new OutOfMemoryError());
    assertThat(Dfdg.exitCode(wrapped)).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(Dfdg.message(wrapped))
        .startsWith("dfdg: out of memory: the heap has")
        .doesNotContain("\n");
  }

  @Test
  void theUsersMistakesAreExitTwoAndTheLibrarysFaultsExitThree() {
    assertThat(Dfdg.exitCode(new UserInputException("x"))).isEqualTo(ExitCodes.USAGE);
    UncheckedIOException notUtf8 = new UncheckedIOException(new MalformedInputException(1));
    assertThat(Dfdg.exitCode(notUtf8)).isEqualTo(ExitCodes.USAGE);
    assertThat(Dfdg.message(notUtf8))
        .isEqualTo("dfdg: an input file is not UTF-8 text (a byte sequence UTF-8 does not allow)");
    UncheckedIOException denied = new UncheckedIOException(new AccessDeniedException("in.csv"));
    assertThat(Dfdg.exitCode(denied)).isEqualTo(ExitCodes.USAGE);
    assertThat(Dfdg.message(denied))
        .isEqualTo("dfdg: in.csv: cannot be opened (permission denied)");
    IllegalStateException bug = new IllegalStateException("a bug");
    assertThat(Dfdg.exitCode(bug)).isEqualTo(ExitCodes.INTERNAL);
    assertThat(Dfdg.message(bug))
        .isEqualTo("dfdg: internal error: java.lang.IllegalStateException: a bug");
  }
}
