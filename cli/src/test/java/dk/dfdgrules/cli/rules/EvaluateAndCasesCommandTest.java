/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateAndCasesCommandTest {

  static Path resource(String name) throws URISyntaxException {
    return Path.of(EvaluateAndCasesCommandTest.class.getClassLoader().getResource(name).toURI());
  }

  @Test
  void listsTheAreas() {
    assertThat(run("evaluate").out()).contains("test-area", "A test area");
  }

  @Test
  void evaluatesTheBundledExampleInDanishByDefault() {
    CliRun r = run("evaluate", "test-area", "--example", "--at", "2022-01-10");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.out())
        .contains(
            "Område: test-area",
            "Resultat: OVERTRÅDT",
            "TST-1 [fejl] deadline",
            "Kilde: TEST §1 — \"et citat\"");
  }

  @Test
  void evaluatesAFileInEnglishAndAsJson(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("facts.json");
    Files.writeString(f, "{\"step\": \"STEP_2\", \"deadline\": \"2022-01-01\"}");
    CliRun text = run("evaluate", "test-area", f.toString(), "--at", "2022-01-10", "--lang", "en");
    assertThat(text.out())
        .contains("Outcome: SATISFIED", "deadline: 2022-01-01 → 2022-01-08 (TST-1)");
    CliRun json =
        run("evaluate", "test-area", f.toString(), "--at", "2022-01-10", "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"outcome\" : \"SATISFIED\"", "\"reasonText\"");
  }

  @Test
  void switchingARuleOffOrEvaluatingBeforeItsDate(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("facts.json");
    Files.writeString(f, "{\"step\": 4}");
    assertThat(
            run(
                    "evaluate",
                    "test-area",
                    f.toString(),
                    "--at",
                    "2022-01-10",
                    "--switch-off",
                    "TST-1")
                .out())
        .contains("IKKE I KRAFT");
    assertThat(
            run("evaluate", "test-area", f.toString(), "--at", "2021-12-05", "--lang", "en").out())
        .contains("NOT IN FORCE", "not in force on 2021-12-05");
  }

  @Test
  void theExitCodeFollowsTheOutcome(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("facts.json");
    // SN-1 is violated: 1, as a validator rejecting its input
    Files.writeString(f, "{\"plan\": {\"step\": 2, \"supportNeeds\": [1, 2]}}");
    CliRun violated = run("evaluate", "support-needs", f.toString(), "--at", "2022-01-10");
    assertThat(violated.out()).contains("Resultat: OVERTRÅDT", "Afgørelse: REJECTED");
    assertThat(violated.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS).isEqualTo(1);
    // the same as JSON: the exit code does not depend on the format
    assertThat(
            run("evaluate", "support-needs", f.toString(), "--at", "2022-01-10", "--format", "json")
                .exitCode())
        .isEqualTo(1);

    // SN-6 only warns (support need 4 first given at step 4): accepted, 0
    Files.writeString(f, "{\"plan\": {\"step\": 4, \"supportNeeds\": [2, 4]}}");
    CliRun warned = run("evaluate", "support-needs", f.toString(), "--at", "2022-01-10");
    assertThat(warned.out()).contains("Resultat: OPFYLDT", "SN-6 [advarsel]");
    assertThat(warned.exitCode()).isEqualTo(ExitCodes.OK).isEqualTo(0);

    // whether the intervention is new is not said: undetermined, 4
    Files.writeString(f, "{\"courseCategory\": 43}");
    CliRun undetermined = run("evaluate", "course-category", f.toString(), "--at", "2022-03-10");
    assertThat(undetermined.out()).contains("Resultat: KAN IKKE AFGØRES");
    assertThat(undetermined.exitCode()).isEqualTo(ExitCodes.UNDETERMINED).isEqualTo(4);

    // no rule in force (switched off): nothing to object to, 0
    Files.writeString(f, "{\"courseCategory\": 42, \"action\": \"CREATE\"}");
    CliRun notInForce =
        run(
            "evaluate",
            "course-category",
            f.toString(),
            "--at",
            "2022-03-10",
            "--switch-off",
            "HC-1");
    assertThat(notInForce.out()).contains("Resultat: IKKE I KRAFT");
    assertThat(notInForce.exitCode()).isZero();
  }

  @Test
  void theHelpListsTheExitCodes() {
    CliRun help = run("evaluate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains(
            "Exit codes:", "0   SATISFIED", "1   VIOLATED", "2   a usage", "4   UNDETERMINED");
    assertThat(run("--help").out()).contains("Exit codes:", "4   dfdg evaluate: undetermined");
    assertThat(run("cases", "--help").out()).contains("Exit codes:", "1   a case fails");
    assertThat(run("dream", "keyfigures", "--help").out())
        .contains("Exit codes:", "1   rows were rejected");
  }

  @Test
  void malformedFactsNameTheFieldAndLineWithExit2(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("facts.json");
    Files.writeString(f, "{\n  \"step\": 4,\n  \"deadline\": \"2022-13-01\"\n}");
    CliRun r = run("evaluate", "test-area", f.toString(), "--at", "2022-01-10");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("facts.json line 3", "field 'deadline'").doesNotContain("\tat ");
    Files.writeString(f, "{\"step\": 4, \"stp\": 2}");
    CliRun unknown = run("evaluate", "test-area", f.toString(), "--at", "2022-01-10");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("stp");
    Files.writeString(f, "{\"step\": ");
    assertThat(run("evaluate", "test-area", f.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingFileOrUnknownAreaIsExit2() {
    assertThat(run("evaluate", "test-area", "/no/such/file.json").err()).contains("no such file");
    CliRun r = run("evaluate", "no-area", "x.json");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("known areas", "test-area");
    assertThat(run("evaluate", "test-area", "x.json", "--at", "yesterday").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void casesThatAllPassExitZero() throws Exception {
    CliRun r = run("cases", resource("cli-cases/good").toString(), "--lang", "en", "--verbose");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("4 cases: 4 passed, 0 failed, 0 files could not be read.");
    assertThat(r.out()).contains("PASSED  TST-1.yaml: A deadline is moved a week");
  }

  @Test
  void failingAndMalformedCasesAreReportedAndCounted() throws Exception {
    CliRun r = run("cases", resource("cli-cases/mixed").toString());
    assertThat(r.out())
        .contains("FEJLET  failing.yaml: This case expects the wrong outcome")
        .contains("outcome: expected SATISFIED, was VIOLATED")
        .contains("facts: field 'step'")
        .contains("FEJLET  malformed.yaml: A case with a misspelt key")
        .contains(
            "case 1 is not a case: missing 'facts' (write facts: {} for none), 'expect';"
                + " unknown key 'fact'")
        .contains("3 sager: 0 bestået, 3 fejlet, 1 filer kunne ikke læses.");
    assertThat(r.err()).contains("unreadable.yaml line 3");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun onlyFailing = run("cases", resource("cli-cases/mixed/failing.yaml").toString());
    assertThat(onlyFailing.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
  }
}
