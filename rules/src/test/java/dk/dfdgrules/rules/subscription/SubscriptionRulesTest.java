package dk.dfdgrules.rules.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.rules.subscription.SubscriptionDecision.Kind;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.AgeCheck;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.CompletedVocationalEducation;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupChanged;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupClosed;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ManualClose;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.PlanTypeChanged;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionRulesTest {

  static final UdbSubscription OPEN = UdbSubscription.createdOn(LocalDate.of(2015, 1, 1));
  static final LocalDate BORN = LocalDate.of(1996, 5, 1);
  static final LocalDate BEFORE = SubscriptionRules.CHANGED_ON.minusDays(1);
  static final LocalDate ON = SubscriptionRules.CHANGED_ON;

  static SubscriptionDecision evaluate(SubscriptionFacts facts, SubscriptionEvent event, LocalDate date) {
    return SubscriptionRules.evaluate(OPEN, facts, event, date);
  }

  @Nested
  class Sub1Age {
    @Test
    void SUB1_bornMay1996InGroup12_closesWithReason5On2026_05_01() {
      SubscriptionDecision d =
          evaluate(SubscriptionFacts.none().withBirthDate(BORN).withContactGroup(12), new AgeCheck(), LocalDate.of(2026, 5, 1));
      assertThat(d.kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.closeReason()).contains(CloseReason.AGE);
      assertThat(d.closeReason().orElseThrow().code()).contains("5");
      assertThat(d.closeDate()).contains(LocalDate.of(2026, 5, 1));
      assertThat(d.decidedBy()).isEqualTo(RuleId.of("SUB-1"));
      assertThat(d.explanationDanish()).contains("årsag 5 (Alder)");
      assertThat(d.explanationEnglish()).contains("reason 5 (Age)");
    }

    @Test
    void SUB1_theSameCitizenInGroup1WasClosedAt25On2021_05_01() {
      SubscriptionDecision d =
          evaluate(SubscriptionFacts.none().withBirthDate(BORN).withContactGroup(1), new AgeCheck(), LocalDate.of(2026, 5, 1));
      assertThat(d.closeDate()).contains(LocalDate.of(2021, 5, 1));
      assertThat(d.closeReason()).contains(CloseReason.AGE);
    }

    @Test
    void interpretation_closedWithTheBirthdayAsCloseDate_theDayBeforeItStaysOpen() {
      SubscriptionFacts f = SubscriptionFacts.none().withBirthDate(BORN).withContactGroup(12);
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2026, 4, 30)).kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2026, 5, 1)).closeDate()).contains(LocalDate.of(2026, 5, 1));
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2026, 9, 1)).closeDate()).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void bornOn29February_reachesTheAgeOnTheFirstOfMarch() {
      assertThat(SubscriptionRules.birthdayOfAge(LocalDate.of(2000, 2, 29), 25)).isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(SubscriptionRules.birthdayOfAge(LocalDate.of(2000, 2, 29), 28)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void missingFactsAreNamedNeverGuessed() {
      SubscriptionDecision noBirth = evaluate(SubscriptionFacts.none().withContactGroup(12), new AgeCheck(), LocalDate.of(2026, 5, 1));
      assertThat(noBirth.kind()).isEqualTo(Kind.UNDETERMINED);
      assertThat(noBirth.result().missingFacts()).containsExactly("birthDate");
      SubscriptionDecision noGroup = evaluate(SubscriptionFacts.none().withBirthDate(BORN), new AgeCheck(), LocalDate.of(2023, 1, 1));
      assertThat(noGroup.result().missingFacts()).containsExactly("contactGroup");
      SubscriptionDecision young = evaluate(SubscriptionFacts.none().withBirthDate(BORN), new AgeCheck(), LocalDate.of(2020, 1, 1));
      assertThat(young.kind()).isEqualTo(Kind.STAYS_OPEN);
    }
  }

  @Test
  void SUB2_group12To2On2022_02_01ClosesWithReason7_andTo8StaysOpen() {
    SubscriptionDecision d = evaluate(SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    assertThat(d.closeReason()).contains(CloseReason.CONTACT_GROUP_CHANGE);
    assertThat(d.closeDate()).contains(LocalDate.of(2022, 2, 1));
    assertThat(evaluate(SubscriptionFacts.none(), new ContactGroupChanged(12, 8), LocalDate.of(2022, 2, 1)).kind())
        .isEqualTo(Kind.STAYS_OPEN);
  }

  @ParameterizedTest(name = "group 12 -> {0}: closes = {1}")
  @CsvSource({"1, false", "2, true", "8, false", "11, true", "12, false", "14, true", "25, false", "26, true", "28, false"})
  void SUB2_onlyGroups1_8_12_25_28KeepTheSubscription(int to, boolean closes) {
    int from = to == 12 ? 1 : 12;
    assertThat(evaluate(SubscriptionFacts.none(), new ContactGroupChanged(from, to), ON).kind() == Kind.CLOSES)
        .isEqualTo(closes);
  }

  @Test
  void SUB3_completedVocationalEducationClosesFromTheSixthOfDecember_withAReasonWithoutId() {
    assertThat(evaluate(SubscriptionFacts.none(), new CompletedVocationalEducation(), BEFORE).kind()).isEqualTo(Kind.STAYS_OPEN);
    SubscriptionDecision d = evaluate(SubscriptionFacts.none(), new CompletedVocationalEducation(), ON);
    assertThat(d.kind()).isEqualTo(Kind.CLOSES);
    assertThat(d.closeReason()).contains(CloseReason.COMPLETED_VOCATIONAL_EDUCATION);
    assertThat(d.closeReason().orElseThrow().code()).isEmpty();
  }

  @Test
  void SUB4_toFollowUpAgreementOnSicknessBenefit_staysOpenOn2022_01_10_closesOn2021_11_30() {
    SubscriptionFacts sick = SubscriptionFacts.none().withReceivesSicknessBenefit(true);
    PlanTypeChanged change = new PlanTypeChanged(PlanType.EDUCATION_PLAN, PlanType.FOLLOW_UP_AGREEMENT);
    assertThat(evaluate(sick, change, LocalDate.of(2022, 1, 10)).kind()).isEqualTo(Kind.STAYS_OPEN);
    SubscriptionDecision old = evaluate(sick, change, LocalDate.of(2021, 11, 30));
    assertThat(old.closeReason()).contains(CloseReason.PLAN_TYPE_CHANGE);
    assertThat(evaluate(sick, change, BEFORE).kind()).isEqualTo(Kind.CLOSES);
    assertThat(evaluate(sick, change, ON).kind()).isEqualTo(Kind.STAYS_OPEN);
  }

  @Test
  void interpretation_kombiplanCountsAsAnEducationPlan() {
    assertThat(evaluate(SubscriptionFacts.none(), new PlanTypeChanged(PlanType.EDUCATION_PLAN, PlanType.COMBINATION_PLAN), ON).kind())
        .isEqualTo(Kind.STAYS_OPEN);
    assertThat(evaluate(SubscriptionFacts.none(), new PlanTypeChanged(PlanType.COMBINATION_PLAN, PlanType.GENERAL_PLAN), ON).kind())
        .isEqualTo(Kind.CLOSES);
  }

  @Test
  void SUB5_groupClosedByTheJobcentre_closesWithReason4On2021_11_01_staysOpenOn2022_01_10() {
    SubscriptionDecision old = evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), LocalDate.of(2021, 11, 1));
    assertThat(old.closeReason()).contains(CloseReason.CONTACT_GROUP_CLOSED);
    assertThat(evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), LocalDate.of(2022, 1, 10)).kind())
        .isEqualTo(Kind.STAYS_OPEN);
    assertThat(evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), BEFORE).kind()).isEqualTo(Kind.CLOSES);
    assertThat(evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), ON).kind()).isEqualTo(Kind.STAYS_OPEN);
  }

  @Test
  void SUB5_interpretation_aClosureBeforeStep4AlsoLeavesTheSubscriptionOpen() {
    SubscriptionFacts beforeStep4 = SubscriptionFacts.none().withStep(Step.STEP_2);
    SubscriptionDecision d = evaluate(beforeStep4, ContactGroupClosed.of(12), LocalDate.of(2022, 1, 10));
    assertThat(d.kind()).isEqualTo(Kind.STAYS_OPEN);
    assertThat(d.decidedBy()).isEqualTo(RuleId.of("SUB-5"));
    assertThat(d.explanationDanish()).contains("inden trin 4");
  }

  @Nested
  class Sub6Announced {
    final SubscriptionFacts step2 = SubscriptionFacts.none().withStep(Step.STEP_2);
    final ContactGroupClosed closed = new ContactGroupClosed(12, Optional.of(LocalDate.of(2022, 1, 15)));

    SubscriptionDecision at(LocalDate date, SubscriptionFacts facts) {
      return SubscriptionRules.evaluate(
          new SubscriptionEvaluation(OPEN, facts, closed),
          EvaluationContext.on(date).enable("SUB-6", LocalDate.of(2022, 1, 1)));
    }

    @Test
    void SUB6_isOffUnlessEnabled() {
      SubscriptionDecision d = evaluate(step2, closed, LocalDate.of(2022, 4, 1));
      assertThat(d.kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(d.scheduledClose()).isEmpty();
      assertThat(d.result().result(RuleId.of("SUB-6")).orElseThrow().version()).isEmpty();
    }

    @Test
    void interpretation_oneWholeCalendarMonth_closedOnJanuary15_closesOnMarch1() {
      assertThat(at(LocalDate.of(2022, 1, 15), step2).scheduledClose()).contains(LocalDate.of(2022, 3, 1));
      assertThat(at(LocalDate.of(2022, 2, 28), step2).kind()).isEqualTo(Kind.STAYS_OPEN);
      SubscriptionDecision d = at(LocalDate.of(2022, 3, 1), step2);
      assertThat(d.kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.closeDate()).contains(LocalDate.of(2022, 3, 1));
      assertThat(d.closeReason()).isEmpty();
      assertThat(d.decidedBy()).isEqualTo(RuleId.of("SUB-6"));
    }

    @ParameterizedTest(name = "closed {0} -> closes {1}")
    @CsvSource({
      "2022-01-15, 2022-03-01",
      "2022-01-01, 2022-03-01",
      "2022-01-31, 2022-03-01",
      "2022-02-28, 2022-04-01",
      "2022-12-15, 2023-02-01",
      "2024-02-29, 2024-04-01",
    })
    void interpretation_oneWholeCalendarMonth_table(LocalDate closedOn, LocalDate closes) {
      assertThat(SubscriptionRules.closesAfterWholeMonth(closedOn)).isEqualTo(closes);
    }

    @Test
    void anAdmissionWithinTheMonthKeepsTheSubscription() {
      assertThat(at(LocalDate.of(2022, 3, 10), step2.withAdmissionReportedOn(LocalDate.of(2022, 2, 28))).kind())
          .isEqualTo(Kind.STAYS_OPEN);
      assertThat(at(LocalDate.of(2022, 3, 10), step2.withAdmissionReportedOn(LocalDate.of(2022, 3, 1))).kind())
          .isEqualTo(Kind.CLOSES);
    }

    @Test
    void aClosureAtStep4IsNotConcerned() {
      assertThat(at(LocalDate.of(2022, 3, 10), SubscriptionFacts.none().withStep(Step.STEP_4)).kind())
          .isEqualTo(Kind.STAYS_OPEN);
    }
  }

  @Nested
  class Sub7ManualClose {
    final SubscriptionFacts hadPlan =
        SubscriptionFacts.none().withHadEducationPlanInJobcentre(true).withTrialMunicipality(false, false);

    @Test
    void SUB7_beforeTheReleaseTheJobcentreMayClose() {
      SubscriptionDecision d = evaluate(hadPlan, new ManualClose(), BEFORE);
      assertThat(d.kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.closeReason()).isEmpty();
    }

    @Test
    void SUB7_fromTheReleaseAJobcentreWhereTheCitizenHadAPlanIsRefused() {
      SubscriptionDecision d = evaluate(hadPlan, new ManualClose(), ON);
      assertThat(d.kind()).isEqualTo(Kind.REFUSED);
      assertThat(d.decidedBy()).isEqualTo(RuleId.of("SUB-7"));
      assertThat(d.result().errors()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo(RuleId.of("SUB-7")));
      assertThat(d.explanationEnglish()).contains("cannot close");
    }

    @Test
    void SUB7_exceptions_createdInErrorAndTrialMunicipalityWithPlanWithoutPlanType() {
      UdbSubscription inError = UdbSubscription.builder().createdOn(LocalDate.of(2021, 1, 1)).createdInError(true).build();
      assertThat(SubscriptionRules.evaluate(inError, hadPlan, new ManualClose(), ON).kind()).isEqualTo(Kind.CLOSES);
      SubscriptionFacts trial = SubscriptionFacts.none().withHadEducationPlanInJobcentre(true).withTrialMunicipality(true, true);
      assertThat(evaluate(trial, new ManualClose(), ON).kind()).isEqualTo(Kind.CLOSES);
      SubscriptionFacts trialOther = SubscriptionFacts.none().withHadEducationPlanInJobcentre(true).withTrialMunicipality(true, false);
      assertThat(evaluate(trialOther, new ManualClose(), ON).kind()).isEqualTo(Kind.REFUSED);
    }
  }

  @Test
  void aClosingDecisionAppliesToTheSubscription() {
    SubscriptionDecision d = evaluate(SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    UdbSubscription closed = d.applyTo(OPEN);
    assertThat(closed.getClosedOn()).contains(LocalDate.of(2022, 2, 1));
    assertThat(closed.getCloseReason()).contains(CloseReason.CONTACT_GROUP_CHANGE);
    assertThat(closed.isOpenOn(LocalDate.of(2022, 2, 1))).isFalse();
    SubscriptionDecision open = evaluate(SubscriptionFacts.none(), new ContactGroupChanged(12, 8), LocalDate.of(2022, 2, 1));
    assertThatThrownBy(() -> open.applyTo(OPEN)).isInstanceOf(IllegalStateException.class).hasMessageContaining("STAYS_OPEN");
  }

  @Test
  void aSubscriptionNotOpenOnTheDateIsLeftAlone() {
    SubscriptionDecision d = SubscriptionRules.evaluate(
        UdbSubscription.builder().createdOn(LocalDate.of(2021, 1, 1)).closedOn(LocalDate.of(2021, 6, 1)).build(),
        SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    assertThat(d.kind()).isEqualTo(Kind.NOT_OPEN);
    assertThat(d.result().derivedValues()).isEmpty();
  }

  @Test
  void aClosureDatedAfterTheEvaluationDateHasNotHappenedYet() {
    SubscriptionDecision d =
        SubscriptionRules.evaluate(
            new SubscriptionEvaluation(OPEN, SubscriptionFacts.none().withStep(Step.STEP_2),
                new ContactGroupClosed(12, Optional.of(LocalDate.of(2021, 12, 1)))),
            EvaluationContext.on(LocalDate.of(2021, 11, 1)).enable("SUB-6", LocalDate.of(2021, 1, 1)));
    assertThat(d.kind()).isEqualTo(Kind.STAYS_OPEN);
    assertThat(d.explanationEnglish()).contains("only on 2021-12-01");
    assertThat(d.result().derivedValues()).isEmpty();
  }

  @Test
  void theDecisionsToStringHoldsNoCprNumber() {
    SubscriptionDecision d =
        evaluate(SubscriptionFacts.none().withBirthDate(BORN).withContactGroup(12), new AgeCheck(), LocalDate.of(2026, 5, 1));
    assertThat(d.toString()).doesNotContainPattern("\\d{6}-?\\d{4}");
  }
}
