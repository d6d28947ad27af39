/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case whose expectation differs from the result in any key fails, and its message names the key,
 * the expected and the actual value; the same case with the right expectation passes.
 */
class CaseRunnerMismatchesTest {

  /** CV-1 warns (no comment), SATISFIED, ACCEPTED. */
  private static final String WARNING =
      """
      at: 2022-03-10
      facts: {reporter: UNEMPLOYMENT_FUND, reportedStatus: 2, eventDate: 2022-02-01, registered: true, cv: {status: 1, searchable: true}, contactGroup: 1, currentMember: true}
      """;

  /** CV-1 rejects, VIOLATED, REJECTED by CV-1. */
  private static final String ERROR =
      """
      at: 2022-03-10
      facts: {reporter: UNEMPLOYMENT_FUND, reportedStatus: 5, eventDate: 2022-02-01, comment: "x", registered: false, sickListed: false, cv: {status: CV påbegyndt, searchable: true}, contactGroup: 2, currentMember: true}
      """;

  /** CV-1 cannot tell: registered and sickListed are missing. */
  private static final String UNDETERMINED =
      """
      at: 2022-03-10
      facts: {reporter: UNEMPLOYMENT_FUND, reportedStatus: 2, eventDate: 2022-02-01, comment: "x", cv: {status: 1, searchable: true}, contactGroup: 1, currentMember: true}
      """;

  /** CP-3.2 derives the period 2021-01-01/2022-03-10 from 2021-01-01/.. */
  private static final String DERIVES =
      """
      at: 2022-03-10
      facts: {moveDate: 2022-03-10, moveSource: CPR, contactPersons: [{type: 1, period: 2021-01-01/..}]}
      """;

  private static final String PERIOD =
      "contactPersons[0].period = 2021-01-01/2022-03-10 (was 2021-01-01/..) by CP-3.2";

  private static CaseVerdict verdict(String area, String caseBody, String expect)
      throws IOException {
    String yaml =
        "area: "
            + area
            + "\ncases:\n  - name: the case\n"
            + indent(caseBody)
            + "    expect:\n"
            + indent(indent(expect));
    List<CaseVerdict> verdicts = CaseRunner.run(CaseFiles.read(new StringReader(yaml), "t.yaml"));
    assertThat(verdicts).hasSize(1);
    assertThat(verdicts.get(0).source()).isEqualTo("t.yaml");
    assertThat(verdicts.get(0).name()).isEqualTo("the case");
    return verdicts.get(0);
  }

  private static String indent(String s) {
    return s.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
  }

  private static List<String> cv(String facts, String expect) throws IOException {
    CaseVerdict v = verdict("cv-approval", facts, expect);
    assertThat(v.actual()).isPresent();
    assertThat(v.passed()).isEqualTo(v.mismatches().isEmpty());
    return v.mismatches();
  }

  @Test
  void theRightExpectationPassesEveryKeyAtOnce() throws IOException {
    CaseVerdict v =
        verdict(
            "cv-approval",
            WARNING,
            """
            outcome: SATISFIED
            decision: ACCEPTED
            violations: [CV-1]
            errors: []
            warnings: [CV-1]
            missing: []
            derived: []
            """);
    assertThat(v.passed()).isTrue();
    assertThat(v.mismatches()).isEmpty();
    assertThat(v.actual())
        .hasValueSatisfying(a -> assertThat(a.outcome()).isEqualTo(Outcome.SATISFIED));
  }

  @Test
  void aChangedOutcomeFails() throws IOException {
    assertThat(cv(WARNING, "outcome: VIOLATED"))
        .containsExactly("outcome: expected VIOLATED, was SATISFIED");
    assertThat(cv(ERROR, "outcome: SATISFIED"))
        .containsExactly("outcome: expected SATISFIED, was VIOLATED");
    assertThat(cv(ERROR, "outcome: VIOLATED")).isEmpty();
  }

  @Test
  void aChangedDecisionOrDecidingRuleFails() throws IOException {
    assertThat(cv(ERROR, "decision: ACCEPTED"))
        .containsExactly("decision: expected ACCEPTED, was REJECTED");
    assertThat(cv(ERROR, "decidedBy: CV-6")).containsExactly("decidedBy: expected CV-6, was CV-1");
    assertThat(cv(ERROR, "decision: REJECTED\ndecidedBy: CV-1")).isEmpty();
    assertThat(cv(WARNING, "decidedBy: CV-1"))
        .containsExactly("decidedBy: expected CV-1, was no rule");
  }

  @Test
  void changedViolationIdsFail() throws IOException {
    assertThat(cv(WARNING, "violations: []"))
        .containsExactly("violations: expected [], was [CV-1]");
    assertThat(cv(UNDETERMINED, "violations: [CV-1]"))
        .containsExactly("violations: expected [CV-1], was []");
    assertThat(cv(WARNING, "violations: [CV-1, CV-6]"))
        .containsExactly("violations: expected [CV-1, CV-6], was [CV-1]");
  }

  @Test
  void errorsAndWarningsAreToldApart() throws IOException {
    assertThat(cv(WARNING, "errors: [CV-1]")).containsExactly("errors: expected [CV-1], was []");
    assertThat(cv(WARNING, "warnings: []")).containsExactly("warnings: expected [], was [CV-1]");
    assertThat(cv(ERROR, "warnings: [CV-1]")).containsExactly("warnings: expected [CV-1], was []");
    assertThat(cv(ERROR, "errors: []")).containsExactly("errors: expected [], was [CV-1]");
    assertThat(cv(ERROR, "errors: [CV-1]\nwarnings: []")).isEmpty();
    assertThat(cv(WARNING, "errors: []\nwarnings: [CV-1]")).isEmpty();
  }

  @Test
  void changedMissingFactsFailInAnyOrder() throws IOException {
    assertThat(cv(UNDETERMINED, "missing: [registered]"))
        .containsExactly("missing: expected [registered], was [registered, sickListed]");
    assertThat(cv(WARNING, "missing: [registered]"))
        .containsExactly("missing: expected [registered], was []");
    assertThat(cv(UNDETERMINED, "missing: [sickListed, registered]")).isEmpty();
    assertThat(cv(UNDETERMINED, "outcome: UNDETERMINED\ndecision: UNDETERMINED")).isEmpty();
  }

  @Test
  void everyMismatchIsReportedInTheOrderOfTheKeys() throws IOException {
    assertThat(
            cv(
                ERROR,
                """
                outcome: SATISFIED
                decision: ACCEPTED
                decidedBy: CV-6
                violations: []
                errors: []
                warnings: [CV-1]
                missing: [registered]
                """))
        .containsExactly(
            "outcome: expected SATISFIED, was VIOLATED",
            "decision: expected ACCEPTED, was REJECTED",
            "decidedBy: expected CV-6, was CV-1",
            "violations: expected [], was [CV-1]",
            "errors: expected [], was [CV-1]",
            "warnings: expected [CV-1], was []",
            "missing: expected [registered], was []");
  }

  private static List<String> derived(String expect) throws IOException {
    CaseVerdict v = verdict("contact-persons", DERIVES, expect);
    assertThat(v.actual()).isPresent();
    return v.mismatches();
  }

  @Test
  void aDerivedValueMatchesOnPathValuePreviousAndRule() throws IOException {
    assertThat(
            derived(
                """
                derived:
                  - {path: "contactPersons[0].period", value: "2021-01-01/2022-03-10", previous: "2021-01-01/..", decidedBy: CP-3.2}
                """))
        .isEmpty();
    assertThat(derived("derived:\n  - {path: \"contactPersons[0].period\"}")).isEmpty();
  }

  @Test
  void aChangedDerivedValueFailsNamingWhatWasDerived() throws IOException {
    assertThat(
            derived(
                "derived:\n  - {path: \"contactPersons[0].period\", value: \"2021-01-01/2022-03-09\"}"))
        .containsExactly(
            "derived: expected contactPersons[0].period = 2021-01-01/2022-03-09, derived were ["
                + PERIOD
                + "]",
            "derived: not expected [" + PERIOD + "]");
    assertThat(
            derived(
                "derived:\n  - {path: \"contactPersons[0].period\", previous: \"2021-01-01/2021-12-31\"}"))
        .first()
        .isEqualTo(
            "derived: expected contactPersons[0].period (was 2021-01-01/2021-12-31), derived were ["
                + PERIOD
                + "]");
    assertThat(derived("derived:\n  - {path: \"contactPersons[0].period\", decidedBy: CP-3.3}"))
        .first()
        .isEqualTo(
            "derived: expected contactPersons[0].period by CP-3.3, derived were [" + PERIOD + "]");
    assertThat(derived("derived:\n  - {path: \"contactPersons[1].period\"}"))
        .first()
        .isEqualTo("derived: expected contactPersons[1].period, derived were [" + PERIOD + "]");
  }

  @Test
  void aDerivedValueIsMatchedOnceAndAMissingOneIsReported() throws IOException {
    assertThat(
            derived(
                """
                derived:
                  - {path: "contactPersons[0].period"}
                  - {path: "contactPersons[0].period"}
                """))
        .containsExactly(
            "derived: expected contactPersons[0].period, derived were [" + PERIOD + "]");
    assertThat(derived("derived: []")).containsExactly("derived: not expected [" + PERIOD + "]");
  }

  @Test
  void aCaseOfAnUnknownAreaFailsNamingTheKnownOnes() throws IOException {
    CaseVerdict v = verdict("no-such-area", WARNING, "outcome: SATISFIED");
    assertThat(v.passed()).isFalse();
    assertThat(v.actual()).isEmpty();
    assertThat(v.mismatches())
        .singleElement()
        .asString()
        .startsWith("no rule area 'no-such-area'; known: [")
        .contains("cv-approval", "contact-persons");
  }

  @Test
  void factsOfTheWrongShapeFailTheCaseNamingTheField() throws IOException {
    CaseVerdict v =
        verdict(
            "cv-approval", "at: 2022-03-10\nfacts: {reportedStatus: [1, 2]}", "outcome: SATISFIED");
    assertThat(v.passed()).isFalse();
    assertThat(v.actual()).isEmpty();
    assertThat(v.mismatches())
        .singleElement()
        .asString()
        .startsWith("facts: field 'reportedStatus'");
  }

  @Test
  void aGivenAreaIsUsedWhateverTheFileSays() throws IOException {
    CaseFile file =
        CaseFiles.read(
            new StringReader(
                "area: no-such-area\ncases:\n  - name: c\n"
                    + indent(ERROR)
                    + "    expect: {decision: REJECTED}\n"),
            "t.yaml");
    List<CaseVerdict> verdicts = CaseRunner.run(file, RuleAreas.find("cv-approval").orElseThrow());
    assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.mismatches()).isEmpty());
  }

  @Test
  void switchingOffAndEnablingRulesReachTheEvaluation() throws IOException {
    assertThat(cv("switchOff: [CV-1]\n" + ERROR, "decision: ACCEPTED\nviolations: []")).isEmpty();
    RuleCase c =
        CaseFiles.read(
                new StringReader(
                    "area: cv-approval\ncases:\n  - name: c\n    enable: {CV-6: 2022-03-01}\n"
                        + "    switchOff: [CV-1]\n"
                        + indent(ERROR)
                        + "    expect: {}\n"),
                "t.yaml")
            .cases()
            .get(0);
    EvaluationContext context = c.context();
    assertThat(context.date()).isEqualTo(LocalDate.of(2022, 3, 10));
    assertThat(context.enabled()).containsExactly(entry("CV-6", LocalDate.of(2022, 3, 1)));
    assertThat(context.switchedOff()).containsExactly(RuleId.of("CV-1"));
  }
}
