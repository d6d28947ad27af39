/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case's {@code enable} and {@code switchOff} name versions and rules of its area, and every
 * enabled version has a date: a misspelt key is a failed case naming it, never a case that runs
 * with nothing enabled or switched off (found by fuzzing: an enable date left empty by a YAML
 * anchor was a {@code NullPointerException} that lost the whole file).
 */
class CaseContextCheckTest {

  private static final String CASE =
      """
      area: cv-approval
      cases:
        - name: the case
          at: 2022-03-10
      %s
          facts: {reporter: UNEMPLOYMENT_FUND, reportedStatus: 2, eventDate: 2022-02-01, registered: true, cv: {status: 1, searchable: true}, contactGroup: 1, currentMember: true}
          expect: {outcome: SATISFIED}
        - name: a good case after it
          at: 2022-03-10
          facts: {reporter: UNEMPLOYMENT_FUND, reportedStatus: 2, eventDate: 2022-02-01, registered: true, cv: {status: 1, searchable: true}, contactGroup: 1, currentMember: true}
          expect: {outcome: SATISFIED}
      """;

  private static List<CaseVerdict> run(String context) throws IOException {
    return CaseRunner.run(CaseFiles.read(new StringReader(CASE.formatted(context)), "t.yaml"));
  }

  @Test
  void anAnnouncedVersionAndAReachedRulePass() throws IOException {
    List<CaseVerdict> v = run("    enable: {CV-6: 2022-03-01}\n    switchOff: [CV-1]");
    assertThat(v).allSatisfy(c -> assertThat(c.mismatches()).isEmpty());
  }

  @Test
  void aMisspeltEnableKeyIsAFailedCaseListingTheKnownKeys() throws IOException {
    List<CaseVerdict> v = run("    enable: {CV-66: 2022-03-01}");
    assertThat(v.get(0).mismatches())
        .containsExactly(
            "enable: 'CV-66' is no announced rule version of cv-approval; known keys: CV-6,"
                + " CV-6:announced");
    assertThat(v.get(0).actual()).isEmpty();
    assertThat(v.get(1).mismatches()).isEmpty();
  }

  @Test
  void aSwitchedOffRuleOfAnotherAreaIsAFailedCase() throws IOException {
    List<CaseVerdict> v = run("    switchOff: [SUB-1]");
    assertThat(v.get(0).mismatches()).hasSize(1);
    assertThat(v.get(0).mismatches().get(0))
        .startsWith("switchOff: SUB-1 is no rule of cv-approval");
    assertThat(v.get(1).passed()).isTrue();
  }

  @Test
  void anEnabledVersionWithoutADateIsABrokenCaseAndTheOthersRun() throws IOException {
    CaseFile file =
        CaseFiles.read(new StringReader(CASE.formatted("    enable: {CV-6: }")), "t.yaml");
    assertThat(file.cases()).hasSize(1);
    assertThat(file.broken()).hasSize(1);
    assertThat(file.broken().get(0).problem()).contains("enable: 'CV-6' has no date");
    assertThat(CaseRunner.run(file)).hasSize(2);
  }

  @Test
  void anAreaReachesItsRulesTheirItemsAndTheRuleItsItemsBelongTo() {
    RuleArea<?, ?> ec = RuleAreas.find("education-contacts").orElseThrow();
    assertThat(ec.reaches(RuleId.of("EC-4"))).isTrue();
    assertThat(ec.reaches(RuleId.of("EC-4.1"))).isTrue();
    assertThat(ec.reaches(RuleId.of("EC-1"))).isTrue();
    assertThat(ec.reaches(RuleId.of("EC-9"))).isFalse();
    assertThat(ec.reaches(RuleId.of("SUB-1"))).isFalse();
    RuleArea<?, ?> cv = RuleAreas.find("cv-approval").orElseThrow();
    assertThat(cv.announcedKeys()).containsExactly("CV-6", "CV-6:announced");
    assertThat(ec.announcedKeys()).isEmpty();
  }
}
