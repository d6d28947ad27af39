/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeListsCommandTest {

  @Test
  void listsEveryList() {
    CliRun r = run("codelists");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("dream-benefit-codes", "municipalities", "support-needs");
  }

  @Test
  void showsOneListAsATable() {
    CliRun r = run("codelists", "show", "dream-benefit-codes");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("111", "Dagpenge, Ledighed", "DREAM vejledning 44 v2");
  }

  @Test
  void showsTheValuesValidOnADate() {
    assertThat(run("codelists", "show", "course-categories", "--on", "2021-12-05").out())
        .contains("Udskrivningskordinator, individuel");
    assertThat(run("codelists", "show", "course-categories", "--on", "2021-12-06").out())
        .doesNotContain("Udskrivningskordinator, individuel");
  }

  @Test
  void showsJsonAndCsv() {
    assertThat(run("codelists", "show", "regions", "--format", "json").out())
        .contains("\"key\" : \"regions\"", "Region Hovedstaden");
    assertThat(run("codelists", "show", "regions", "--format", "csv").out())
        .startsWith("id;name;")
        .contains("1084;Region Hovedstaden");
  }

  @Test
  void aWrongNameOrOptionIsExit2WithAOneLineMessage() {
    CliRun r = run("codelists", "show", "no-such-list");
    assertThat(r.exitCode()).isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
    assertThat(r.err().strip())
        .startsWith("dfdg: no code list 'no-such-list'")
        .doesNotContain("Exception");
    CliRun bad = run("codelists", "show", "regions", "--on", "2021-13-01");
    assertThat(bad.exitCode()).isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
    assertThat(bad.err()).doesNotContain("at dk.").doesNotContain("at picocli");
    assertThat(run("codelists", "show", "regions", "--format", "xml").exitCode())
        .isEqualTo(dk.dfdgrules.cli.common.ExitCodes.USAGE);
  }
}
