package dk.dfdgrules.rules.cv;

import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_1;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_2;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_3;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_4;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_5;
import static dk.dfdgrules.rules.cv.CvApprovalRules.CV_6;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvApprovalRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate EVENT = LocalDate.of(2022, 2, 1);
  static final LocalDate RELEASE = CvApprovalRules.RELEASE;

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
      CvReportDecision d = CvApprovalRules.check(aKasse().build(), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().violations()).isEmpty();
    }

    @ParameterizedTest(name = "CV status {0} at the event date: accepted {1}")
    @CsvSource({"1, true", "2, true", "3, true", "5, true", "CV påbegyndt, false"})
    void CV1_cvStatusAtTheEventDate(String status, boolean accepted) {
      CvStatus s = CvStatus.findByCode(status).orElse(CvStatus.STARTED);
      assertThat(CvApprovalRules.check(aKasse().cv(CvState.of(s, true)).build(), AT).accepted()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "contact group {0}: accepted {1}")
    @CsvSource({"1, true", "8, true", "2, false", "12, false"})
    void CV1_contactGroupAtTheEventDate(int group, boolean accepted) {
      assertThat(CvApprovalRules.check(aKasse().contactGroup(group).build(), AT).accepted()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "reported {0}: accepted {1}")
    @CsvSource({"2, true", "3, true", "5, false", "1, false"})
    void CV1_theAKasseMayReport2Or3(String status, boolean accepted) {
      CvStatus s = CvStatus.findByCode(status).orElseThrow();
      assertThat(CvApprovalRules.check(aKasse().reportedStatus(s).build(), AT).accepted()).isEqualTo(accepted);
    }

    @Test
    void CV1_sickListedInsteadOfRegisteredIsEnough() {
      assertThat(CvApprovalRules.check(aKasse().registered(false).sickListed(true).build(), AT).accepted()).isTrue();
      CvReportDecision neither = CvApprovalRules.check(aKasse().registered(false).sickListed(false).build(), AT);
      assertThat(neither.failedConditions()).extracting(Violation::path).containsExactly("registered");
      CvReportDecision unknown = CvApprovalRules.check(aKasse().registered(false).build(), AT);
      assertThat(unknown.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(unknown.result().missingFacts()).containsExactly("sickListed");
    }

    @Test
    void CV1_everyFailedConditionIsReportedAtOnce() {
      CvReportDecision d =
          CvApprovalRules.check(
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
      assertThat(d.rejected()).isTrue();
      assertThat(d.failedConditions())
          .extracting(Violation::path)
          .containsExactly("registered", "cv.status", "contactGroup", "reportedStatus");
      assertThat(d.failedConditions()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(CV_1));
      assertThat(d.result().warnings()).extracting(Violation::path).containsExactly("comment");
    }

    @Test
    void CV1_aMissingCommentIsAWarningOnly() {
      CvReportDecision d = CvApprovalRules.check(aKasse().comment("  ").build(), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().warnings()).singleElement().satisfies(w -> assertThat(w.ruleId()).isEqualTo(CV_1));
    }

    @Test
    void CV1_theDayBeforeTheReleaseAHistoricalReportIsNotPossible() {
      CvReportDecision d = CvApprovalRules.check(aKasse().eventDate(LocalDate.of(2021, 11, 1)).build(), RELEASE.minusDays(1));
      assertThat(d.rejected()).isTrue();
      assertThat(d.result().result(CV_1).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(d.failedConditions()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_4));
      assertThat(CvApprovalRules.check(aKasse().eventDate(LocalDate.of(2021, 11, 1)).build(), RELEASE).accepted()).isTrue();
    }

    @Test
    void CV1_interpretation_asReleasedOnlyCurrentMembers() {
      CvReportDecision d = CvApprovalRules.check(aKasse().currentMember(false).memberOnEventDate(true).build(), AT);
      assertThat(d.rejected()).isTrue();
      assertThat(d.failedConditions()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(CV_1);
        assertThat(v.path()).isEqualTo("currentMember");
        assertThat(v.text(Messages.ENGLISH)).contains("CV-6");
      });
    }
  }

  @Nested
  class Cv6 {

    @Test
    void CV6_isOffUnlessEnabled() {
      CvReportDecision d = CvApprovalRules.check(aKasse().build(), AT);
      assertThat(d.result().result(CV_6).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    }

    @Test
    void CV6_whenEnabledAFormerMemberWhoWasAMemberOnTheEventDateIsAccepted() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", LocalDate.of(2022, 3, 1));
      CvReportDecision d = CvApprovalRules.check(aKasse().currentMember(false).memberOnEventDate(true).build(), ctx);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().result(CV_6).orElseThrow().version().orElseThrow().label()).isEqualTo("announced");
    }

    @Test
    void CV6_whenEnabledAFormerMemberWhoWasNotAMemberOnTheEventDateIsRejected() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", LocalDate.of(2022, 3, 1));
      CvReportDecision d = CvApprovalRules.check(aKasse().currentMember(false).memberOnEventDate(false).build(), ctx);
      assertThat(d.failedConditions()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_6));
    }

    @Test
    void CV6_enabledFromALaterDateIsNotYetInForce() {
      EvaluationContext ctx = EvaluationContext.on(AT).enable("CV-6", AT.plusDays(1));
      CvReportDecision d = CvApprovalRules.check(aKasse().currentMember(false).memberOnEventDate(true).build(), ctx);
      assertThat(d.rejected()).isTrue();
      EvaluationContext onTheDay = EvaluationContext.on(AT).enable("CV-6", AT);
      assertThat(CvApprovalRules.check(aKasse().currentMember(false).memberOnEventDate(true).build(), onTheDay).accepted()).isTrue();
    }
  }

  @Nested
  class Cv2AndCv3 {

    @Test
    void CV2_aJobReadyCashBenefitRecipientIsAccepted() {
      CvReportDecision d = CvApprovalRules.check(jobcentre(2, VisitationCategory.JOB_READY).build(), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().result(CV_2).orElseThrow().explanation().orElseThrow().key()).isEqualTo("CV-2.explanation");
    }

    @Test
    void CV2_anObviouslyEducationReadyEducationBenefitRecipientIsAccepted() {
      assertThat(CvApprovalRules.check(jobcentre(12, VisitationCategory.OBVIOUSLY_EDUCATION_READY).build(), AT).accepted()).isTrue();
    }

    @Test
    void CV2_requiresRegistrationStatus123AndGroup2Or12() {
      CvReportDecision d =
          CvApprovalRules.check(
              jobcentre(2, VisitationCategory.JOB_READY).registered(false).cv(CvState.of(CvStatus.NO_LONGER_ADEQUATE, true)).reportedStatus(CvStatus.READY_FOR_APPROVAL).build(),
              AT);
      assertThat(d.failedConditions()).extracting(Violation::path).containsExactly("registered", "cv.status", "reportedStatus");
      assertThat(d.failedConditions()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(CV_2));
      CvReportDecision group1 = CvApprovalRules.check(jobcentre(1, VisitationCategory.JOB_READY).build(), AT);
      assertThat(group1.failedConditions()).extracting(Violation::path).containsExactly("contactGroup");
    }

    @Test
    void CV2_reporting5IsAllowedWithoutBusinessConsequence() {
      CvReportDecision d = CvApprovalRules.check(jobcentre(2, VisitationCategory.JOB_READY).reportedStatus(CvStatus.NO_LONGER_ADEQUATE).build(), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().warnings()).singleElement().satisfies(w -> assertThat(w.text(Messages.DANISH)).contains("ingen forretningsmæssige konsekvenser"));
    }

    @Test
    void CV3_aNotJobReadyCashBenefitRecipientNeedNotBeRegisteredNorSearchable() {
      CvReportDecision d =
          CvApprovalRules.check(
              jobcentre(2, VisitationCategory.ACTIVITY_READY).registered(false).cv(CvState.of(CvStatus.NOT_APPROVED, false)).build(), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.result().result(CV_3).orElseThrow().explanation().orElseThrow().key()).isEqualTo("CV-3.explanation");
    }

    @Test
    void CV3_stillRequiresStatus123AndReported235() {
      CvReportDecision d =
          CvApprovalRules.check(
              jobcentre(12, VisitationCategory.EDUCATION_READY).cv(CvState.of(CvStatus.NO_LONGER_ADEQUATE, false)).reportedStatus(CvStatus.READY_FOR_APPROVAL).build(), AT);
      assertThat(d.failedConditions()).extracting(Violation::ruleId).containsOnly(CV_3);
      assertThat(d.failedConditions()).extracting(Violation::path).containsExactly("cv.status", "reportedStatus");
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
    void CV2_CV3_interpretation_cv2CoversThePairsCv3TheRest(int group, VisitationCategory category, boolean cv2) {
      assertThat(CvApprovalRules.isCv2Pair(group, category)).isEqualTo(cv2);
    }

    @Test
    void missingVisitationIsNamed() {
      CvReportDecision d =
          CvApprovalRules.check(
              CvReportFacts.builder().reporter(Reporter.JOBCENTRE).reportedStatus(CvStatus.APPROVED).eventDate(EVENT).contactGroup(2).cv(CvState.of(CvStatus.APPROVED, true)).build(), AT);
      assertThat(d.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.result().missingFacts()).containsExactly("visitationCategory");
    }
  }

  @Nested
  class Cv4 {

    @Test
    void CV4_anEventDateOfTodayIsNotHistorical() {
      CvReportDecision d = CvApprovalRules.check(aKasse().eventDate(AT).build(), AT);
      assertThat(d.failedConditions()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(CV_4);
        assertThat(v.path()).isEqualTo("eventDate");
      });
      assertThat(CvApprovalRules.check(aKasse().eventDate(AT.plusDays(1)).build(), AT).rejected()).isTrue();
      assertThat(CvApprovalRules.check(aKasse().eventDate(AT.minusDays(1)).build(), AT).accepted()).isTrue();
    }

    @Test
    void CV4_aReportWithoutEventDateIsOfToday() {
      CvReportDecision d =
          CvApprovalRules.check(CvReportFacts.builder().reporter(Reporter.UNEMPLOYMENT_FUND).reportedStatus(CvStatus.APPROVED).cv(CvState.of(CvStatus.READY_FOR_APPROVAL, true)).build(), AT);
      assertThat(d.accepted()).isTrue();
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
      CvReportDecision d = CvApprovalRules.check(notSearchable(CvStatus.NOT_APPROVED), AT);
      assertThat(d.accepted()).isTrue();
      assertThat(d.commentSet()).contains("A-kassen/Jobcentret har vurderet at CV på det aktuelle grundlag ikke kan godkendes");
      assertThat(d.result().derivedValues()).anySatisfy(v -> {
        assertThat(v.path()).isEqualTo("cv.status");
        assertThat(v.isChange()).isFalse();
        assertThat(v.text()).contains("CV påbegyndt");
        assertThat(v.decidedBy()).isEqualTo(CV_5);
      });
    }

    @Test
    void CV5_anotherStatusOnANonSearchableCvIsRejected() {
      CvReportDecision d = CvApprovalRules.check(notSearchable(CvStatus.APPROVED), AT);
      assertThat(d.failedConditions()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo(CV_5));
      assertThat(d.commentSet()).isEmpty();
    }

    @Test
    void CV5_theDayBeforeTheReleaseAnAKasseCouldNotReportOnANonSearchableCv() {
      assertThat(CvApprovalRules.check(notSearchable(CvStatus.NOT_APPROVED), RELEASE.minusDays(1)).rejected()).isTrue();
      assertThat(CvApprovalRules.check(notSearchable(CvStatus.NOT_APPROVED), RELEASE).accepted()).isTrue();
    }

    @Test
    void CV5_aJobcentreMayNotReportOnAStartedCv() {
      CvReportDecision d =
          CvApprovalRules.check(
              CvReportFacts.builder().reporter(Reporter.JOBCENTRE).reportedStatus(CvStatus.NOT_APPROVED).cv(CvState.of(CvStatus.STARTED, false)).build(), AT);
      assertThat(d.failedConditions()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(CV_5);
        assertThat(v.text(Messages.DANISH)).contains("'CV påbegyndt'");
      });
    }
  }

  @Test
  void theCommentNeverReachesToStringOrAMessage() {
    CvReportFacts facts = aKasse().contactGroup(2).build();
    assertThat(facts.toString()).doesNotContain("Karl").contains("comment=****");
    CvReportDecision d = CvApprovalRules.check(facts, AT);
    assertThat(d.toString()).doesNotContain("Karl");
    for (Violation v : d.result().violations()) {
      assertThat(v.text(Messages.DANISH)).doesNotContain("Karl");
      assertThat(v.text(Messages.ENGLISH)).doesNotContain("Karl");
    }
  }
}
