/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.jobsearch;

import static dk.dfdgrules.rules.jobsearch.DuplicateJobTitles.DUP_1;
import static dk.dfdgrules.rules.jobsearch.DuplicateJobTitles.DUP_2;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Severity;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples and boundaries of DUP-1 and DUP-2. The laws (order, case and blanks, distinct
 * titles) are generated properties in {@link DuplicateJobTitlesPropertiesTest}.
 */
class DuplicateJobTitlesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate FIXED = Sources.DFDG_RELEASE;

  @Test
  void DUP1_aTitleGivenTwiceOnRegistrationIsAViolationNamingTheTitle() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRegistration(
            List.of("Lagerarbejder", "Truckfører", "Lagerarbejder"), AT);
    assertThat(c.decision().accepted()).isFalse();
    assertThat(c.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(c.decision().duplicatedInRegistration()).containsExactly("Lagerarbejder");
    Violation v = c.errors().get(0);
    assertThat(v.ruleId()).isEqualTo(DUP_1.id());
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo("registration[2]");
    assertThat(v.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §1.3");
    assertThat(v.text(Messages.DANISH)).contains("'Lagerarbejder'", "2 gange", "nr. 1, 3");
    assertThat(v.text(Messages.ENGLISH)).contains("'Lagerarbejder'", "2 times", "only once");
  }

  @Test
  void DUP1_theDayBeforeTheFixDuplicatesWereNotChecked() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok"), FIXED.minusDays(1));
    assertThat(c.decision().accepted()).isTrue();
    assertThat(c.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(c.result(DUP_1).orElseThrow().version().orElseThrow().label())
        .isEqualTo("before 2021-12-06");
  }

  @Test
  void DUP1_theDayOfTheFixDuplicatesAreRejected() {
    assertThat(
            DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok"), FIXED)
                .decision()
                .accepted())
        .isFalse();
  }

  @Test
  void DUP2_duplicatesInRequirementsAndGoalsAreEachReported() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRequirementsAndGoals(
            List.of("Butiksassistent", "Butiksassistent"),
            List.of("Kok", "Tjener", "Kok", "Tjener"),
            AT);
    assertThat(c.decision().duplicatedInJobSearchRequirements()).containsExactly("Butiksassistent");
    assertThat(c.decision().duplicatedInJobGoals()).containsExactly("Kok", "Tjener");
    assertThat(c.errors())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DUP_2.id(), "jobSearchRequirements[1]"),
            org.assertj.core.groups.Tuple.tuple(DUP_2.id(), "jobGoals[2]"),
            org.assertj.core.groups.Tuple.tuple(DUP_2.id(), "jobGoals[3]"));
    assertThat(c.errors().get(0).citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.7");
  }

  @Test
  void DUP2_theSameTitleInARequirementAndAGoalIsAllowed() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRequirementsAndGoals(List.of("Kok"), List.of("Kok"), AT);
    assertThat(c.decision().accepted()).isTrue();
  }

  @Test
  void DUP2_theDayBeforeTheFixDuplicatesWereNotChecked() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRequirementsAndGoals(
            List.of("Kok", "Kok"), List.of(), FIXED.minusDays(1));
    assertThat(c.decision().accepted()).isTrue();
    assertThat(
            DuplicateJobTitles.validateRequirementsAndGoals(List.of("Kok", "Kok"), List.of(), FIXED)
                .decision()
                .accepted())
        .isFalse();
  }

  @Test
  void interpretation_titlesCompareIgnoringCaseAndSurroundingSpace() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRegistration(List.of("Lager arbejder", " lager  ARBEJDER "), AT);
    assertThat(c.decision().duplicatedInRegistration()).containsExactly("Lager arbejder");
    assertThat(
            DuplicateJobTitles.validateRegistration(List.of("Lagerarbejder", "Lager arbejder"), AT)
                .decision()
                .accepted())
        .isTrue();
  }

  @Test
  void aTitleThreeTimesIsOneViolationCountingThree() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validateRegistration(List.of("Kok", "Kok", "Kok"), AT);
    assertThat(c.errors())
        .singleElement()
        .satisfies(v -> assertThat(v.text(Messages.ENGLISH)).contains("3 times"));
  }

  @Test
  void emptyListsAreAccepted() {
    assertThat(
            DuplicateJobTitles.validate(new JobTitleFacts(null, null, null), AT)
                .decision()
                .accepted())
        .isTrue();
  }

  @Test
  void theCheckIsRejectedByTheFirstErrorAndCarriesTheDuplicatesEachRuleDerived() {
    Answer<JobTitleCheck> c =
        DuplicateJobTitles.validate(
            new JobTitleFacts(List.of("Smed", "Smed"), List.of(), List.of("Kok", "Kok")), AT);
    assertThat(c.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(c.decision().decidedBy()).contains(DUP_1.id());
    assertThat(Messages.english(c.decision().reason().orElseThrow())).contains("'Smed'");
    assertThat(c.value(DuplicateJobTitles.REGISTRATION_DUPLICATES)).contains(List.of("Smed"));
    assertThat(c.value(DuplicateJobTitles.JOB_GOALS_DUPLICATES)).contains(List.of("Kok"));
    assertThat(c.value(DuplicateJobTitles.JOB_SEARCH_REQUIREMENTS_DUPLICATES)).isEmpty();
    Answer<JobTitleCheck> accepted =
        DuplicateJobTitles.validateRegistration(List.of("Smed", "Kok"), AT);
    assertThat(accepted.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(accepted.decision().decidedBy()).isEmpty();
    assertThat(accepted.decision().reason()).isEmpty();
    assertThat(accepted.derivedValues()).isEmpty();
  }

  @Test
  void switchingOffDup1AcceptsTheRegistrationItRejected() {
    JobTitleFacts facts = JobTitleFacts.registration(List.of("Kok", "Kok"));
    assertThat(DuplicateJobTitles.validate(facts, AT).decision().kind())
        .isEqualTo(Verdict.Kind.REJECTED);

    Answer<JobTitleCheck> off =
        DuplicateJobTitles.validate(facts, EvaluationContext.on(AT).switchOff(DUP_1.id()));

    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.decision().duplicatedInRegistration()).isEmpty();
    assertThat(off.decision().decidedBy()).isEmpty();
  }

  @Test
  void switchingOffDup2AcceptsTheJobGoalsItRejected() {
    JobTitleFacts facts =
        new JobTitleFacts(List.of("Smed", "Smed"), List.of(), List.of("Kok", "Kok"));
    Answer<JobTitleCheck> on =
        DuplicateJobTitles.validate(
            new JobTitleFacts(List.of(), List.of(), List.of("Kok", "Kok")), AT);
    assertThat(on.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(on.decision().decidedBy()).contains(DUP_2.id());

    Answer<JobTitleCheck> off =
        DuplicateJobTitles.validate(
            new JobTitleFacts(List.of(), List.of(), List.of("Kok", "Kok")),
            EvaluationContext.on(AT).switchOff(DUP_2.id()));
    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.decision().duplicatedInJobGoals()).isEmpty();

    Answer<JobTitleCheck> both =
        DuplicateJobTitles.validate(facts, EvaluationContext.on(AT).switchOff(DUP_2.id()));
    assertThat(both.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(both.decision().decidedBy()).contains(DUP_1.id());
    assertThat(both.decision().duplicatedInJobGoals()).isEmpty();
  }
}
