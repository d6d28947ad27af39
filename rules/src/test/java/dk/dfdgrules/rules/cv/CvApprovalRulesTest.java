/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_1;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_2;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_3;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_4;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_5;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_6;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvApprovalRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate EVENT = LocalDate.of(2022, 2, 1);
  static final LocalDate RELEASE = Sources.DFDG_RELEASE;

  static CvReportFacts.Builder aKasse() {
    return CvReportFacts.builder()
        .reporter(Reporter.UNEMPLOYMENT_FUND)
        .reportedStatus(CvStatus.APPROVED)
        .eventDate(EVENT)
        .comment("CV-samtale holdt hos Karl Kontaktsen")
        .registered(true)
        .cv(CvState.of(CvStatus.READY_FOR_APPROVAL, true))
        .contactGroup(1)
        .currentMember(true);
  }

  static CvReportFacts.Builder jobcentre(int group, VisitationCategory category) {
    return CvReportFacts.builder()
        .reporter(Reporter.JOBCENTRE)
        .reportedStatus(CvStatus.APPROVED)
        .eventDate(EVENT)
        .registered(true)
        .cv(CvState.of(CvStatus.READY_FOR_APPROVAL, true))
        .contactGroup(group)
        .visitationCategory(category);
  }

  @Nested
  class Cv1 {

    @Test
    void CV1_anAKassesHistoricalApprovalMeetingEveryConditionIsAccepted() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(aKasse().build(), AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.violations()).isEmpty();
    }

    @ParameterizedTest(name = "CV status {0} at the event date: accepted {1}")
    @CsvSource({"1, true", "2, true", "3, true", "5, true", "CV påbegyndt, false"})
    void CV1_cvStatusAtTheEventDate(String status, boolean accepted) {
      CvStatus s = CvStatus.findByCode(status).orElse(CvStatus.STARTED);
      assertThat(
              CvApprovalRules.validate(aKasse().cv(CvState.of(s, true)).build(), AT)
                  .decision()
                  .accepted())
          .isEqualTo(accepted);
    }

    @ParameterizedTest(name = "contact group {0}: accepted {1}")
    @CsvSource({"1, true", "8, true", "2, false", "12, false"})
    void CV1_contactGroupAtTheEventDate(int group, boolean accepted) {
      assertThat(
              CvApprovalRules.validate(aKasse().contactGroup(group).build(), AT)
                  .decision()
                  .accepted())
          .isEqualTo(accepted);
    }

    @ParameterizedTest(name = "reported {0}: accepted {1}")
    @CsvSource({"2, true", "3, true", "5, false", "1, false"})
    void CV1_theAKasseMayReport2Or3(String status, boolean accepted) {
      CvStatus s = CvStatus.findByCode(status).orElseThrow();
      assertThat(
              CvApprovalRules.validate(aKasse().reportedStatus(s).build(), AT)
                  .decision()
                  .accepted())
          .isEqualTo(accepted);
    }

    @Test
    void CV1_sickListedInsteadOfRegisteredIsEnough() {
      assertThat(
              CvApprovalRules.validate(aKasse().registered(false).sickListed(true).build(), AT)
                  .decision()
                  .accepted())
          .isTrue();
      Answer<CvReportDecision> neither =
          CvApprovalRules.validate(aKasse().registered(false).sickListed(false).build(), AT);
      assertThat(neither.decision().failedConditions())
          .extracting(Violation::path)
          .containsExactly("registered");
      Answer<CvReportDecision> unknown =
          CvApprovalRules.validate(aKasse().registered(false).build(), AT);
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(unknown.missingFacts()).containsExactly("sickListed");
    }

    @Test
    void CV1_everyFailedConditionIsReportedAtOnce() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              CvReportFacts.builder()
                  .reporter(Reporter.UNEMPLOYMENT_FUND)
                  .reportedStatus(CvStatus.NO_LONGER_ADEQUATE)
                  .eventDate(EVENT)
                  .registered(false)
                  .sickListed(false)
                  .cv(CvState.of(CvStatus.STARTED, true))
                  .contactGroup(2)
                  .currentMember(true)
                  .build(),
              AT);
      assertThat(d.decision().rejected()).isTrue();
      assertThat(d.decision().failedConditions())
          .extracting(Violation::path)
          .containsExactly("registered", "cv.status", "contactGroup", "reportedStatus");
      assertThat(d.decision().failedConditions())
          .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(CV_1.id()));
      assertThat(d.warnings()).extracting(Violation::path).containsExactly("comment");
    }

    @Test
    void CV1_aMissingCommentIsAWarningOnly() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(aKasse().comment("  ").build(), AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.warnings())
          .singleElement()
          .satisfies(w -> assertThat(w.ruleId()).isEqualTo(CV_1.id()));
    }

    @Test
    void CV1_theDayBeforeTheReleaseAHistoricalReportIsNotPossible() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              aKasse().eventDate(LocalDate.of(2021, 11, 1)).build(), RELEASE.minusDays(1));
      assertThat(d.decision().rejected()).isTrue();
      assertThat(d.result(CV_1).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_4.id()));
      assertThat(
              CvApprovalRules.validate(
                      aKasse().eventDate(LocalDate.of(2021, 11, 1)).build(), RELEASE)
                  .decision()
                  .accepted())
          .isTrue();
    }

    @Test
    void CV1_interpretation_asReleasedOnlyCurrentMembers() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              aKasse().currentMember(false).memberOnEventDate(true).build(), AT);
      assertThat(d.decision().rejected()).isTrue();
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.ruleId()).isEqualTo(CV_1.id());
                assertThat(v.path()).isEqualTo("currentMember");
                assertThat(v.text(Messages.ENGLISH)).contains("CV-6");
              });
    }
  }

  @Nested
  class Cv6 {

    @Test
    void CV6_isOffUnlessEnabled() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(aKasse().build(), AT);
      assertThat(d.result(CV_6).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    }

    @Test
    void CV6_whenEnabledAFormerMemberWhoWasAMemberOnTheEventDateIsAccepted() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", LocalDate.of(2022, 3, 1));
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              aKasse().currentMember(false).memberOnEventDate(true).build(), ctx);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.result(CV_6).orElseThrow().version().orElseThrow().label())
          .isEqualTo("announced");
    }

    @Test
    void CV6_whenEnabledAFormerMemberWhoWasNotAMemberOnTheEventDateIsRejected() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", LocalDate.of(2022, 3, 1));
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              aKasse().currentMember(false).memberOnEventDate(false).build(), ctx);
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_6.id()));
    }

    @Test
    void CV6_enabledFromALaterDateIsNotYetInForce() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", AT.plusDays(1));
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              aKasse().currentMember(false).memberOnEventDate(true).build(), ctx);
      assertThat(d.decision().rejected()).isTrue();
      EvaluationContext onTheDay = EvaluationContext.on(AT).enable("CV-6", AT);
      assertThat(
              CvApprovalRules.validate(
                      aKasse().currentMember(false).memberOnEventDate(true).build(), onTheDay)
                  .decision()
                  .accepted())
          .isTrue();
    }
  }

  @Nested
  class Cv2AndCv3 {

    @Test
    void CV2_aJobReadyCashBenefitRecipientIsAccepted() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(jobcentre(2, VisitationCategory.JOB_READY).build(), AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.result(CV_2).orElseThrow().explanation().orElseThrow().key())
          .isEqualTo("CV-2.explanation");
    }

    @Test
    void CV2_anObviouslyEducationReadyEducationBenefitRecipientIsAccepted() {
      assertThat(
              CvApprovalRules.validate(
                      jobcentre(12, VisitationCategory.OBVIOUSLY_EDUCATION_READY).build(), AT)
                  .decision()
                  .accepted())
          .isTrue();
    }

    @Test
    void CV2_requiresRegistrationStatus123AndGroup2Or12() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              jobcentre(2, VisitationCategory.JOB_READY)
                  .registered(false)
                  .cv(CvState.of(CvStatus.NO_LONGER_ADEQUATE, true))
                  .reportedStatus(CvStatus.READY_FOR_APPROVAL)
                  .build(),
              AT);
      assertThat(d.decision().failedConditions())
          .extracting(Violation::path)
          .containsExactly("registered", "cv.status", "reportedStatus");
      assertThat(d.decision().failedConditions())
          .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(CV_2.id()));
      Answer<CvReportDecision> group1 =
          CvApprovalRules.validate(jobcentre(1, VisitationCategory.JOB_READY).build(), AT);
      assertThat(group1.decision().failedConditions())
          .extracting(Violation::path)
          .containsExactly("contactGroup");
    }

    @Test
    void CV2_reporting5IsAllowedWithoutBusinessConsequence() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              jobcentre(2, VisitationCategory.JOB_READY)
                  .reportedStatus(CvStatus.NO_LONGER_ADEQUATE)
                  .build(),
              AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.warnings())
          .singleElement()
          .satisfies(
              w ->
                  assertThat(w.text(Messages.DANISH))
                      .contains("ingen forretningsmæssige konsekvenser"));
    }

    @Test
    void CV3_aNotJobReadyCashBenefitRecipientNeedNotBeRegisteredNorSearchable() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              jobcentre(2, VisitationCategory.ACTIVITY_READY)
                  .registered(false)
                  .cv(CvState.of(CvStatus.NOT_APPROVED, false))
                  .build(),
              AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.result(CV_3).orElseThrow().explanation().orElseThrow().key())
          .isEqualTo("CV-3.explanation");
    }

    @Test
    void CV3_stillRequiresStatus123AndReported235() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              jobcentre(12, VisitationCategory.EDUCATION_READY)
                  .cv(CvState.of(CvStatus.NO_LONGER_ADEQUATE, false))
                  .reportedStatus(CvStatus.READY_FOR_APPROVAL)
                  .build(),
              AT);
      assertThat(d.decision().failedConditions())
          .extracting(Violation::ruleId)
          .containsOnly(CV_3.id());
      assertThat(d.decision().failedConditions())
          .extracting(Violation::path)
          .containsExactly("cv.status", "reportedStatus");
    }

    @ParameterizedTest(name = "group {0}, {1}: CV-2 {2}")
    @CsvSource({
      "2,  JOB_READY,                 true",
      "12, OBVIOUSLY_EDUCATION_READY, true",
      "2,  ACTIVITY_READY,            false",
      "12, EDUCATION_READY,           false",
      "12, JOB_READY,                 false",
      "2,  OBVIOUSLY_EDUCATION_READY, false",
    })
    void CV2_CV3_interpretation_cv2CoversThePairsCv3TheRest(
        int group, VisitationCategory category, boolean cv2) {
      assertThat(CvApprovalRules.isCv2Pair(group, category)).isEqualTo(cv2);
    }

    @Test
    void missingVisitationIsNamed() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              CvReportFacts.builder()
                  .reporter(Reporter.JOBCENTRE)
                  .reportedStatus(CvStatus.APPROVED)
                  .eventDate(EVENT)
                  .contactGroup(2)
                  .cv(CvState.of(CvStatus.APPROVED, true))
                  .build(),
              AT);
      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.missingFacts()).containsExactly("visitationCategory");
    }
  }

  @Nested
  class Cv4 {

    @Test
    void CV4_anEventDateOfTodayIsNotHistorical() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(aKasse().eventDate(AT).build(), AT);
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.ruleId()).isEqualTo(CV_4.id());
                assertThat(v.path()).isEqualTo("eventDate");
              });
      assertThat(
              CvApprovalRules.validate(aKasse().eventDate(AT.plusDays(1)).build(), AT)
                  .decision()
                  .rejected())
          .isTrue();
      assertThat(
              CvApprovalRules.validate(aKasse().eventDate(AT.minusDays(1)).build(), AT)
                  .decision()
                  .accepted())
          .isTrue();
    }

    @Test
    void CV4_aReportWithoutEventDateIsOfToday() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              CvReportFacts.builder()
                  .reporter(Reporter.UNEMPLOYMENT_FUND)
                  .reportedStatus(CvStatus.APPROVED)
                  .cv(CvState.of(CvStatus.READY_FOR_APPROVAL, true))
                  .build(),
              AT);
      assertThat(d.decision().accepted()).isTrue();
    }
  }

  @Nested
  class Cv5 {

    static CvReportFacts notSearchable(CvStatus reported) {
      return CvReportFacts.builder()
          .reporter(Reporter.UNEMPLOYMENT_FUND)
          .reportedStatus(reported)
          .cv(CvState.of(CvStatus.STARTED, false))
          .build();
    }

    @Test
    void CV5_notApprovedOnANonSearchableCvSetsTheExactCommentAndKeepsTheStatus() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(notSearchable(CvStatus.NOT_APPROVED), AT);
      assertThat(d.decision().accepted()).isTrue();
      assertThat(d.decision().commentSet())
          .contains(
              "A-kassen/Jobcentret har vurderet at CV på det aktuelle grundlag ikke kan godkendes");
      assertThat(d.derivedValues())
          .anySatisfy(
              v -> {
                assertThat(v.path()).isEqualTo("cv.status");
                assertThat(v.isChange()).isFalse();
                assertThat(v.text()).contains(CvStatus.STARTED.name());
                assertThat(v.decidedBy()).isEqualTo(CV_5.id());
              });
      // the status kept is 'CV påbegyndt', typed
      assertThat(d.value(CvApprovalRules.STATUS)).contains(CvStatus.STARTED);
      assertThat(CvStatus.STARTED.officialName()).isEqualTo("CV påbegyndt");
      assertThat(d.value(CvApprovalRules.COMMENT)).isEqualTo(d.decision().commentSet());
      assertThat(d.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    }

    @Test
    void CV5_anotherStatusOnANonSearchableCvIsRejected() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(notSearchable(CvStatus.APPROVED), AT);
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_5.id()));
      assertThat(d.decision().commentSet()).isEmpty();
    }

    @Test
    void CV5_theDayBeforeTheReleaseAnAKasseCouldNotReportOnANonSearchableCv() {
      assertThat(
              CvApprovalRules.validate(notSearchable(CvStatus.NOT_APPROVED), RELEASE.minusDays(1))
                  .decision()
                  .rejected())
          .isTrue();
      assertThat(
              CvApprovalRules.validate(notSearchable(CvStatus.NOT_APPROVED), RELEASE)
                  .decision()
                  .accepted())
          .isTrue();
    }

    @Test
    void CV5_aJobcentreMayNotReportOnAStartedCv() {
      Answer<CvReportDecision> d =
          CvApprovalRules.validate(
              CvReportFacts.builder()
                  .reporter(Reporter.JOBCENTRE)
                  .reportedStatus(CvStatus.NOT_APPROVED)
                  .cv(CvState.of(CvStatus.STARTED, false))
                  .build(),
              AT);
      assertThat(d.decision().failedConditions())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.ruleId()).isEqualTo(CV_5.id());
                assertThat(v.text(Messages.DANISH)).contains("'CV påbegyndt'");
              });
    }
  }

  /** The decision is folded from the results: switching off a rule that decides changes it. */
  @Nested
  class SwitchingOff {

    final EvaluationContext on = EvaluationContext.on(AT);

    void rejectedBy(Answer<CvReportDecision> d, Rule<?> rule) {
      assertThat(d.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
      assertThat(d.decision().decidedBy()).contains(rule.id());
      assertThat(d.decision().failedConditions()).isEqualTo(d.errors());
    }

    void accepted(Answer<CvReportDecision> d) {
      assertThat(d.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
      assertThat(d.decision().decidedBy()).isEmpty();
      assertThat(d.decision().failedConditions()).isEmpty();
    }

    @Test
    void CV1_offAcceptsAFormerMember() {
      CvReportFacts f = aKasse().currentMember(false).memberOnEventDate(true).build();
      rejectedBy(CvApprovalRules.validate(f, on), CV_1);
      accepted(CvApprovalRules.validate(f, on.switchOff(CV_1.id())));
    }

    @Test
    void CV2_offAcceptsAJobReadyCitizenWhoWasNotRegistered() {
      CvReportFacts f = jobcentre(2, VisitationCategory.JOB_READY).registered(false).build();
      rejectedBy(CvApprovalRules.validate(f, on), CV_2);
      accepted(CvApprovalRules.validate(f, on.switchOff(CV_2.id())));
    }

    @Test
    void CV3_offAcceptsACvInStatus5() {
      CvReportFacts f =
          jobcentre(12, VisitationCategory.EDUCATION_READY)
              .cv(CvState.of(CvStatus.NO_LONGER_ADEQUATE, false))
              .build();
      rejectedBy(CvApprovalRules.validate(f, on), CV_3);
      accepted(CvApprovalRules.validate(f, on.switchOff(CV_3.id())));
    }

    @Test
    void CV4_offAcceptsAnEventDateOfToday() {
      CvReportFacts f = aKasse().eventDate(AT).build();
      rejectedBy(CvApprovalRules.validate(f, on), CV_4);
      accepted(CvApprovalRules.validate(f, on.switchOff(CV_4.id())));
    }

    @Test
    void CV5_offSetsNoCommentAndAcceptsAnotherStatusOnANonSearchableCv() {
      CvReportFacts notApproved = Cv5.notSearchable(CvStatus.NOT_APPROVED);
      Answer<CvReportDecision> with = CvApprovalRules.validate(notApproved, on);
      accepted(with);
      assertThat(with.decision().commentSet()).contains(CvApprovalRules.CV5_COMMENT);
      Answer<CvReportDecision> without =
          CvApprovalRules.validate(notApproved, on.switchOff(CV_5.id()));
      accepted(without);
      assertThat(without.decision().commentSet()).isEmpty();
      assertThat(without.derivedValues()).isEmpty();
      CvReportFacts approved = Cv5.notSearchable(CvStatus.APPROVED);
      rejectedBy(CvApprovalRules.validate(approved, on), CV_5);
      accepted(CvApprovalRules.validate(approved, on.switchOff(CV_5.id())));
    }

    @Test
    void CV6_offWhenEnabledRestoresTheReleasedCv1ForAFormerMember() {
      EvaluationContext enabled = on.enable("CV-6", AT);
      CvReportFacts wasMember = aKasse().currentMember(false).memberOnEventDate(true).build();
      accepted(CvApprovalRules.validate(wasMember, enabled));
      rejectedBy(CvApprovalRules.validate(wasMember, enabled.switchOff(CV_6.id())), CV_1);
      CvReportFacts wasNot = aKasse().currentMember(false).memberOnEventDate(false).build();
      rejectedBy(CvApprovalRules.validate(wasNot, enabled), CV_6);
      rejectedBy(CvApprovalRules.validate(wasNot, enabled.switchOff(CV_6.id())), CV_1);
    }

    @Test
    void undeterminedIsDecidedByTheRuleThatMissesAFact() {
      Answer<CvReportDecision> d = CvApprovalRules.validate(aKasse().registered(false).build(), on);
      assertThat(d.decision().kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
      assertThat(d.decision().decidedBy()).contains(CV_1.id());
      accepted(
          CvApprovalRules.validate(aKasse().registered(false).build(), on.switchOff(CV_1.id())));
    }

    @Test
    void eachRuleRunsOncePerEvaluation() {
      assertThat(CvApprovalRules.validate(aKasse().build(), on).results())
          .extracting(r -> r.ruleId().value())
          .containsExactly("CV-1", "CV-2", "CV-3", "CV-4", "CV-5", "CV-6");
    }
  }

  @Test
  void theCommentNeverReachesToStringOrAMessage() {
    CvReportFacts facts = aKasse().contactGroup(2).build();
    assertThat(facts.toString()).doesNotContain("Karl").contains("comment=****");
    Answer<CvReportDecision> d = CvApprovalRules.validate(facts, AT);
    assertThat(d.toString()).doesNotContain("Karl");
    for (Violation v : d.violations()) {
      assertThat(v.text(Messages.DANISH)).doesNotContain("Karl");
      assertThat(v.text(Messages.ENGLISH)).doesNotContain("Karl");
    }
  }
}
