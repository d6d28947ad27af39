/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistake in the input of {@code dfdg evaluate} and {@code dfdg yr yumu-check} is exit 2
 * with one line on standard error, never exit 3 with a stack trace; the JSON is read strictly.
 */
class EvaluateInputErrorsTest {

  @TempDir Path dir;

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void assertOneLineUsageError(CliRun r, String expected) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().strip())
        .startsWith("dfdg: ")
        .contains(expected)
        .doesNotContain("\n", "\tat ", "Exception");
    assertThat(r.err()).doesNotContainPattern("\\d{6}-?\\d{4}");
  }

  private static CliRun evaluate(Path f) {
    return CliRun.run("evaluate", "support-needs", f.toString(), "--at", "2022-03-10");
  }

  private static CliRun yumu(Path f) {
    return CliRun.run("yr", "yumu-check", f.toString(), "--at", "2023-06-21");
  }

  @Test
  void nullFactsAreAUsageError() throws IOException {
    assertOneLineUsageError(evaluate(file("null.json", "null")), "the facts are null");
    assertOneLineUsageError(yumu(file("null.json", "null")), "not a null");
  }

  @Test
  void invalidUtf8IsAUsageError() throws IOException {
    byte[] bad = {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertOneLineUsageError(evaluate(file("bad.json", bad)), "UTF-8");
    assertOneLineUsageError(yumu(file("bad.json", bad)), "UTF-8");
  }

  @Test
  void anEmptyFileIsAUsageError() throws IOException {
    assertOneLineUsageError(evaluate(file("empty.json", "")), "empty");
    assertOneLineUsageError(yumu(file("empty.json", "")), "empty");
  }

  @Test
  void aDirectoryIsAUsageError() {
    assertOneLineUsageError(evaluate(dir), "is a directory");
    assertOneLineUsageError(yumu(dir), "is a directory");
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertOneLineUsageError(evaluate(dir.resolve("none.json")), "no such file");
    assertOneLineUsageError(yumu(dir.resolve("none.json")), "no such file");
  }

  @Test
  void anUnreadableFileIsAUsageError() throws IOException {
    Path f = file("secret.json", "{}");
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      return; // no POSIX permissions on this file system
    }
    if (Files.isReadable(f)) {
      return; // running as a user who reads everything
    }
    assertOneLineUsageError(evaluate(f), "cannot be read");
    assertOneLineUsageError(yumu(f), "cannot be read");
  }

  @Test
  void trailingGarbageIsRejected() throws IOException {
    String valid =
        "{\"subscription\": {\"createdOn\": \"2020-01-01\"}, \"facts\": {\"birthDate\":"
            + " \"1996-05-01\", \"contactGroup\": 12}, \"event\": {\"type\": \"ageCheck\"}}";
    CliRun ok = CliRun.run("evaluate", "udb-subscription", file("v.json", valid).toString());
    assertThat(ok.exitCode()).as(ok.err()).isNotEqualTo(ExitCodes.USAGE);
    assertOneLineUsageError(
        CliRun.run("evaluate", "udb-subscription", file("t.json", valid + " {}").toString()),
        "more after the JSON value");
  }

  @Test
  void aDuplicateKeyIsRejected() throws IOException {
    assertOneLineUsageError(
        CliRun.run(
            "evaluate",
            "udb-subscription",
            file("d.json", "{\"event\": {\"type\": \"ageCheck\"}, \"event\": {}}").toString(),
            "--at",
            "2022-03-10"),
        "a key given twice");
  }

  @Test
  void aNumberWrittenAsAStringIsNotCoerced() throws IOException {
    CliRun r =
        CliRun.run(
            "yr",
            "yumu-check",
            file("c.json", "{\"yearDepth\": \"0101901234\"}").toString(),
            "--at",
            "2023-06-21");
    assertOneLineUsageError(r, "field 'yearDepth'");
    assertThat(r.err()).contains("**********").doesNotContain("101901234");
  }

  @Test
  void aStringWrittenAsANumberIsNotCoerced() throws IOException {
    CliRun r = yumu(file("n.json", "{\"cpr\": 101901234}"));
    assertOneLineUsageError(r, "field 'cpr'");
    assertThat(r.err()).doesNotContain("101901234");
  }

  @Test
  void anUnknownEnableKeyIsRejectedNamingTheKnownKeys() {
    CliRun r =
        CliRun.run(
            "evaluate",
            "udb-subscription",
            "--example",
            "--at",
            "2022-03-10",
            "--enable",
            "SUB-99=2022-01-01");
    assertOneLineUsageError(
        r, "--enable: 'SUB-99' is no announced rule version of udb-subscription");
    assertThat(r.err()).contains("known keys: SUB-6");
    CliRun known =
        CliRun.run(
            "evaluate",
            "udb-subscription",
            "--example",
            "--at",
            "2022-03-10",
            "--enable",
            "SUB-6=2022-01-01");
    assertThat(known.exitCode()).as(known.err()).isNotEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownSwitchedOffRuleIsRejected() {
    CliRun r =
        CliRun.run(
            "evaluate",
            "udb-subscription",
            "--example",
            "--at",
            "2022-03-10",
            "--switch-off",
            "EC-4");
    assertOneLineUsageError(r, "--switch-off: EC-4 is no rule of udb-subscription");
  }

  @Test
  @SuppressWarnings("unchecked")
  void nullFactsToTheLibraryAreANullPointerExceptionNamingThem() {
    RuleArea<Object, ?> area = (RuleArea<Object, ?>) RuleAreas.get("support-needs");
    assertThatThrownBy(() -> area.evaluate(null, LocalDate.of(2022, 3, 10)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("facts");
    assertThatThrownBy(
            () -> area.evaluateFacts(null, EvaluationContext.on(LocalDate.of(2022, 3, 10))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("facts");
  }
}
