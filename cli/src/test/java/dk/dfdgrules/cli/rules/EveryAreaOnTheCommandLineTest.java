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
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dfdg evaluate AREA --example} works for every area of the library, in both languages. */
class EveryAreaOnTheCommandLineTest {

  static Stream<String> areas() {
    return RuleAreas.library().stream().map(RuleArea::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void evaluatesTheBundledExample(String area) {
    CliRun da = run("evaluate", area, "--example", "--at", "2022-03-10");
    // the exit code follows the outcome: 1 when a rule is violated
    assertThat(da.exitCode())
        .as(da.err())
        .isEqualTo(da.out().contains("Resultat: OVERTRÅDT") ? ExitCodes.FOUND_PROBLEMS : 0);
    assertThat(da.out()).contains("Område: " + area, "Resultat: ", "Regler:").doesNotContain("{");
    CliRun en =
        run(
            "evaluate",
            area,
            "--example",
            "--at",
            "2022-03-10",
            "--lang",
            "en",
            "--format",
            "json");
    assertThat(en.exitCode()).as(en.err()).isEqualTo(da.exitCode());
    assertThat(en.out()).contains("\"area\" : \"" + area + "\"", "\"language\" : \"en\"");
  }

  @Test
  void listsEveryAreaOfTheLibrary() {
    CliRun list = run("evaluate");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out().lines().map(line -> line.split(" ", 2)[0])).containsAll(areas().toList());
  }

  @Test
  void aSatisfiedRuleWithAWarningSaysSo() {
    CliRun da = run("evaluate", "support-needs", "--example", "--at", "2022-03-10");
    assertThat(da.out()).contains("SN-6 [advarsel]", "SN-6 OPFYLDT (med advarsel)");
  }
}
