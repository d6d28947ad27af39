/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionRulesTest {

  static final UdbSubscription OPEN = UdbSubscription.createdOn(LocalDate.of(2015, 1, 1));
  static final LocalDate BORN = LocalDate.of(1996, 5, 1);
  static final LocalDate BEFORE = Sources.DFDG_RELEASE.minusDays(1);
  static final LocalDate ON = Sources.DFDG_RELEASE;

  static Answer<SubscriptionDecision> evaluate(
      SubscriptionFacts facts, SubscriptionEvent event, LocalDate date) {
    return SubscriptionRules.decide(OPEN, facts, event, date);
  }

  /** The kind of the decision on an event. */
  static Kind kind(SubscriptionFacts facts, SubscriptionEvent event, LocalDate date) {
    return evaluate(facts, event, date).decision().kind();
  }

  /** The facts of a citizen born on {@link #BORN}, in a contact group. */
  static SubscriptionFacts bornInGroup(int group) {
    return SubscriptionFacts.none().withBirthDate(BORN).withContactGroup(group);
  }

  /** SUB-1's age check of the citizen born on {@link #BORN}, in a contact group, on 2026-05-01. */
  static Answer<SubscriptionDecision> ageCheckOn1May2026(int group) {
    return evaluate(bornInGroup(group), new AgeCheck(), LocalDate.of(2026, 5, 1));
  }

  @Nested
  class Sub1Age {
    @Test
    void SUB1_bornMay1996InGroup12_closesWithReason5On2026_05_01() {
      Answer<SubscriptionDecision> d = ageCheckOn1May2026(12);
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeReason()).contains(CloseReason.AGE);
      assertThat(d.decision().closeReason().orElseThrow().code()).contains("5");
      assertThat(d.decision().closeDate()).contains(LocalDate.of(2026, 5, 1));
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-1"));
      assertThat(Messages.danish(d.decision().reason().orElseThrow())).contains("årsag 5 (Alder)");
      assertThat(Messages.english(d.decision().reason().orElseThrow())).contains("reason 5 (Age)");
    }

    @Test
    void SUB1_theSameCitizenInGroup1WasClosedAt25On2021_05_01() {
      Answer<SubscriptionDecision> d = ageCheckOn1May2026(1);
      assertThat(d.decision().closeDate()).contains(LocalDate.of(2021, 5, 1));
      assertThat(d.decision().closeReason()).contains(CloseReason.AGE);
    }

    @Test
    void interpretation_closedWithTheBirthdayAsCloseDate_theDayBeforeItStaysOpen() {
      SubscriptionFacts f = bornInGroup(12);
      assertThat(kind(f, new AgeCheck(), LocalDate.of(2026, 4, 30))).isEqualTo(Kind.STAYS_OPEN);
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2026, 5, 1)).decision().closeDate())
          .contains(LocalDate.of(2026, 5, 1));
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2026, 9, 1)).decision().closeDate())
          .contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void bornOn29February_reachesTheAgeOnTheFirstOfMarch() {
      // Anniversaries' one convention (AnniversariesTest, with the same dates): 2000-02-29 + 25
      // years is 2025-03-01, + 28 years 2028-02-29
      SubscriptionFacts f =
          SubscriptionFacts.none().withBirthDate(LocalDate.of(2000, 2, 29)).withContactGroup(1);
      assertThat(kind(f, new AgeCheck(), LocalDate.of(2025, 2, 28))).isEqualTo(Kind.STAYS_OPEN);
      assertThat(evaluate(f, new AgeCheck(), LocalDate.of(2025, 3, 1)).decision().closeDate())
          .contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void missingFactsAreNamedNeverGuessed() {
      Answer<SubscriptionDecision> noBirth =
          evaluate(
              SubscriptionFacts.none().withContactGroup(12),
              new AgeCheck(),
              LocalDate.of(2026, 5, 1));
      assertThat(noBirth.decision().kind()).isEqualTo(Kind.UNDETERMINED);
      assertThat(noBirth.missingFacts()).containsExactly("birthDate");
      SubscriptionFacts noGroup = SubscriptionFacts.none().withBirthDate(BORN);
      assertThat(evaluate(noGroup, new AgeCheck(), LocalDate.of(2023, 1, 1)).missingFacts())
          .containsExactly("contactGroup");
      assertThat(kind(noGroup, new AgeCheck(), LocalDate.of(2020, 1, 1)))
          .isEqualTo(Kind.STAYS_OPEN);
    }
  }

  @Test
  void SUB2_group12To2On2022_02_01ClosesWithReason7_andTo8StaysOpen() {
    Answer<SubscriptionDecision> d =
        evaluate(
            SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    assertThat(d.decision().closeReason()).contains(CloseReason.CONTACT_GROUP_CHANGE);
    assertThat(d.decision().closeDate()).contains(LocalDate.of(2022, 2, 1));
    assertThat(
            kind(
                SubscriptionFacts.none(), new ContactGroupChanged(12, 8), LocalDate.of(2022, 2, 1)))
        .isEqualTo(Kind.STAYS_OPEN);
  }

  @ParameterizedTest(name = "group 12 -> {0}: closes = {1}")
  @CsvSource({
    "1, false",
    "2, true",
    "8, false",
    "11, true",
    "12, false",
    "14, true",
    "25, false",
    "26, true",
    "28, false"
  })
  void SUB2_onlyGroups1_8_12_25_28KeepTheSubscription(int to, boolean closes) {
    int from = to == 12 ? 1 : 12;
    assertThat(kind(SubscriptionFacts.none(), new ContactGroupChanged(from, to), ON) == Kind.CLOSES)
        .isEqualTo(closes);
  }

  @Test
  void SUB3_completedVocationalEducationClosesFromTheSixthOfDecember_withAReasonWithoutId() {
    assertThat(kind(SubscriptionFacts.none(), new CompletedVocationalEducation(), BEFORE))
        .isEqualTo(Kind.STAYS_OPEN);
    Answer<SubscriptionDecision> d =
        evaluate(SubscriptionFacts.none(), new CompletedVocationalEducation(), ON);
    assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
    assertThat(d.decision().closeReason()).contains(CloseReason.COMPLETED_VOCATIONAL_EDUCATION);
    assertThat(d.decision().closeReason().orElseThrow().code()).isEmpty();
  }

  @Test
  void SUB4_toFollowUpAgreementOnSicknessBenefit_staysOpenOn2022_01_10_closesOn2021_11_30() {
    SubscriptionFacts sick = SubscriptionFacts.none().withReceivesSicknessBenefit(true);
    PlanTypeChanged change =
        new PlanTypeChanged(PlanType.EDUCATION_PLAN, PlanType.FOLLOW_UP_AGREEMENT);
    assertThat(kind(sick, change, LocalDate.of(2022, 1, 10))).isEqualTo(Kind.STAYS_OPEN);
    Answer<SubscriptionDecision> old = evaluate(sick, change, LocalDate.of(2021, 11, 30));
    assertThat(old.decision().closeReason()).contains(CloseReason.PLAN_TYPE_CHANGE);
    assertThat(kind(sick, change, BEFORE)).isEqualTo(Kind.CLOSES);
    assertThat(kind(sick, change, ON)).isEqualTo(Kind.STAYS_OPEN);
  }

  @Test
  void interpretation_kombiplanCountsAsAnEducationPlan() {
    SubscriptionFacts none = SubscriptionFacts.none();
    assertThat(
            kind(none, new PlanTypeChanged(PlanType.EDUCATION_PLAN, PlanType.COMBINATION_PLAN), ON))
        .isEqualTo(Kind.STAYS_OPEN);
    assertThat(
            kind(none, new PlanTypeChanged(PlanType.COMBINATION_PLAN, PlanType.GENERAL_PLAN), ON))
        .isEqualTo(Kind.CLOSES);
  }

  @Test
  void SUB5_groupClosedByTheJobcentre_closesWithReason4On2021_11_01_staysOpenOn2022_01_10() {
    Answer<SubscriptionDecision> old =
        evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), LocalDate.of(2021, 11, 1));
    assertThat(old.decision().closeReason()).contains(CloseReason.CONTACT_GROUP_CLOSED);
    assertThat(kind(SubscriptionFacts.none(), ContactGroupClosed.of(12), LocalDate.of(2022, 1, 10)))
        .isEqualTo(Kind.STAYS_OPEN);
    assertThat(kind(SubscriptionFacts.none(), ContactGroupClosed.of(12), BEFORE))
        .isEqualTo(Kind.CLOSES);
    assertThat(kind(SubscriptionFacts.none(), ContactGroupClosed.of(12), ON))
        .isEqualTo(Kind.STAYS_OPEN);
  }

  @Test
  void SUB5_interpretation_aClosureBeforeStep4AlsoLeavesTheSubscriptionOpen() {
    SubscriptionFacts beforeStep4 = SubscriptionFacts.none().withStep(Step.STEP_2);
    Answer<SubscriptionDecision> d =
        evaluate(beforeStep4, ContactGroupClosed.of(12), LocalDate.of(2022, 1, 10));
    assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
    assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-5"));
    assertThat(Messages.danish(d.decision().reason().orElseThrow())).contains("inden trin 4");
  }

  @Nested
  class Sub6Announced {
    final SubscriptionFacts step2 = SubscriptionFacts.none().withStep(Step.STEP_2);
    final ContactGroupClosed closed =
        new ContactGroupClosed(12, Optional.of(LocalDate.of(2022, 1, 15)));

    Answer<SubscriptionDecision> at(LocalDate date, SubscriptionFacts facts) {
      return SubscriptionRules.decide(
          new SubscriptionEvaluation(OPEN, facts, closed),
          EvaluationContext.on(date).enable("SUB-6", LocalDate.of(2022, 1, 1)));
    }

    @Test
    void SUB6_isOffUnlessEnabled() {
      Answer<SubscriptionDecision> d = evaluate(step2, closed, LocalDate.of(2022, 4, 1));
      assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
      assertThat(d.decision().scheduledClose()).isEmpty();
      assertThat(d.result(RuleId.of("SUB-6")).orElseThrow().version()).isEmpty();
    }

    @Test
    void interpretation_oneWholeCalendarMonth_closedOnJanuary15_closesOnMarch1() {
      assertThat(at(LocalDate.of(2022, 1, 15), step2).decision().scheduledClose())
          .contains(LocalDate.of(2022, 3, 1));
      assertThat(at(LocalDate.of(2022, 2, 28), step2).decision().kind()).isEqualTo(Kind.STAYS_OPEN);
      Answer<SubscriptionDecision> d = at(LocalDate.of(2022, 3, 1), step2);
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeDate()).contains(LocalDate.of(2022, 3, 1));
      assertThat(d.decision().closeReason()).isEmpty();
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-6"));
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
      assertThat(
              at(
                      LocalDate.of(2022, 3, 10),
                      step2.withAdmissionReportedOn(LocalDate.of(2022, 2, 28)))
                  .decision()
                  .kind())
          .isEqualTo(Kind.STAYS_OPEN);
      assertThat(
              at(LocalDate.of(2022, 3, 10), step2.withAdmissionReportedOn(LocalDate.of(2022, 3, 1)))
                  .decision()
                  .kind())
          .isEqualTo(Kind.CLOSES);
    }

    @Test
    void aClosureAtStep4IsNotConcerned() {
      assertThat(
              at(LocalDate.of(2022, 3, 10), SubscriptionFacts.none().withStep(Step.STEP_4))
                  .decision()
                  .kind())
          .isEqualTo(Kind.STAYS_OPEN);
    }
  }

  @Nested
  class Sub7ManualClose {
    final SubscriptionFacts hadPlan =
        SubscriptionFacts.none()
            .withHadEducationPlanInJobcentre(true)
            .withTrialMunicipality(false, false);

    @Test
    void SUB7_beforeTheReleaseTheJobcentreMayClose() {
      Answer<SubscriptionDecision> d = evaluate(hadPlan, new ManualClose(), BEFORE);
      assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
      assertThat(d.decision().closeReason()).isEmpty();
    }

    @Test
    void SUB7_fromTheReleaseAJobcentreWhereTheCitizenHadAPlanIsRefused() {
      Answer<SubscriptionDecision> d = evaluate(hadPlan, new ManualClose(), ON);
      assertThat(d.decision().kind()).isEqualTo(Kind.REFUSED);
      assertThat(d.decision().decidedBy()).contains(RuleId.of("SUB-7"));
      assertThat(d.errors())
          .singleElement()
          .satisfies(v -> assertThat(v.ruleId()).isEqualTo(RuleId.of("SUB-7")));
      assertThat(Messages.english(d.decision().reason().orElseThrow())).contains("cannot close");
    }

    @Test
    void SUB7_exceptions_createdInErrorAndTrialMunicipalityWithPlanWithoutPlanType() {
      UdbSubscription inError =
          UdbSubscription.builder()
              .createdOn(LocalDate.of(2021, 1, 1))
              .createdInError(true)
              .build();
      assertThat(
              SubscriptionRules.decide(inError, hadPlan, new ManualClose(), ON).decision().kind())
          .isEqualTo(Kind.CLOSES);
      SubscriptionFacts trial =
          SubscriptionFacts.none()
              .withHadEducationPlanInJobcentre(true)
              .withTrialMunicipality(true, true);
      assertThat(kind(trial, new ManualClose(), ON)).isEqualTo(Kind.CLOSES);
      SubscriptionFacts trialOther =
          SubscriptionFacts.none()
              .withHadEducationPlanInJobcentre(true)
              .withTrialMunicipality(true, false);
      assertThat(kind(trialOther, new ManualClose(), ON)).isEqualTo(Kind.REFUSED);
    }
  }

  @Test
  void aClosingDecisionAppliesToTheSubscription() {
    Answer<SubscriptionDecision> d =
        evaluate(
            SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    UdbSubscription closed = d.decision().applyTo(OPEN);
    assertThat(closed.getClosedOn()).contains(LocalDate.of(2022, 2, 1));
    assertThat(closed.getCloseReason()).contains(CloseReason.CONTACT_GROUP_CHANGE);
    assertThat(closed.isOpenOn(LocalDate.of(2022, 2, 1))).isFalse();
    Answer<SubscriptionDecision> open =
        evaluate(
            SubscriptionFacts.none(), new ContactGroupChanged(12, 8), LocalDate.of(2022, 2, 1));
    assertThatThrownBy(() -> open.decision().applyTo(OPEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STAYS_OPEN");
  }

  @Test
  void aSubscriptionNotOpenOnTheDateIsLeftAlone() {
    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            UdbSubscription.builder()
                .createdOn(LocalDate.of(2021, 1, 1))
                .closedOn(LocalDate.of(2021, 6, 1))
                .build(),
            SubscriptionFacts.none(),
            new ContactGroupChanged(12, 2),
            LocalDate.of(2022, 2, 1));
    assertThat(d.decision().kind()).isEqualTo(Kind.NOT_OPEN);
    assertThat(d.derivedValues()).isEmpty();
  }

  @Test
  void aClosureDatedAfterTheEvaluationDateHasNotHappenedYet() {
    Answer<SubscriptionDecision> d =
        SubscriptionRules.decide(
            new SubscriptionEvaluation(
                OPEN,
                SubscriptionFacts.none().withStep(Step.STEP_2),
                new ContactGroupClosed(12, Optional.of(LocalDate.of(2021, 12, 1)))),
            EvaluationContext.on(LocalDate.of(2021, 11, 1))
                .enable("SUB-6", LocalDate.of(2021, 1, 1)));
    assertThat(d.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
    assertThat(Messages.english(d.decision().reason().orElseThrow()))
        .contains("only on 2021-12-01");
    assertThat(d.derivedValues()).isEmpty();
  }

  @Test
  void theDecisionsToStringHoldsNoCprNumber() {
    Answer<SubscriptionDecision> d = ageCheckOn1May2026(12);
    assertThat(d.toString()).doesNotContainPattern("\\d{6}-?\\d{4}");
  }

  /**
   * Each rule that decides, on an event it decides, with the decision it gives; switched off, the
   * decision changes: the subscription is left open and no rule decided (or the other rule of the
   * event decides, as SUB-5 does without SUB-6).
   */
  static Stream<Arguments> decidingRules() {
    SubscriptionFacts hadPlan =
        SubscriptionFacts.none()
            .withHadEducationPlanInJobcentre(true)
            .withTrialMunicipality(false, false);
    SubscriptionFacts step2 = SubscriptionFacts.none().withStep(Step.STEP_2);
    ContactGroupClosed closedJan15 =
        new ContactGroupClosed(12, Optional.of(LocalDate.of(2022, 1, 15)));
    EvaluationContext sub6On =
        EvaluationContext.on(LocalDate.of(2022, 3, 1)).enable("SUB-6", LocalDate.of(2022, 1, 1));
    return Stream.of(
        deciding("SUB-1", bornInGroup(12), new AgeCheck(), LocalDate.of(2026, 5, 1), Kind.CLOSES),
        deciding(
            "SUB-2",
            SubscriptionFacts.none(),
            new ContactGroupChanged(12, 2),
            LocalDate.of(2022, 2, 1),
            Kind.CLOSES),
        deciding(
            "SUB-3", SubscriptionFacts.none(), new CompletedVocationalEducation(), ON, Kind.CLOSES),
        deciding(
            "SUB-4",
            SubscriptionFacts.none(),
            new PlanTypeChanged(PlanType.EDUCATION_PLAN, PlanType.GENERAL_PLAN),
            ON,
            Kind.CLOSES),
        deciding(
            "SUB-5",
            SubscriptionFacts.none(),
            ContactGroupClosed.of(12),
            LocalDate.of(2021, 11, 1),
            Kind.CLOSES),
        deciding(
            "SUB-5",
            SubscriptionFacts.none(),
            ContactGroupClosed.of(12),
            LocalDate.of(2022, 1, 10),
            Kind.STAYS_OPEN),
        Arguments.of(
            "SUB-6", step2, closedJan15, sub6On, Kind.CLOSES, Optional.of(RuleId.of("SUB-5"))),
        deciding("SUB-7", hadPlan, new ManualClose(), ON, Kind.REFUSED),
        deciding("SUB-7", hadPlan, new ManualClose(), BEFORE, Kind.CLOSES));
  }

  /** A rule deciding on an event on a date; switched off, no rule decides. */
  static Arguments deciding(
      String rule, SubscriptionFacts facts, SubscriptionEvent event, LocalDate date, Kind kind) {
    return Arguments.of(rule, facts, event, EvaluationContext.on(date), kind, Optional.empty());
  }

  @ParameterizedTest(name = "{0} on {3}: {4}")
  @MethodSource("decidingRules")
  void switchingOffTheRuleThatDecidesChangesTheDecision(
      String rule,
      SubscriptionFacts facts,
      SubscriptionEvent event,
      EvaluationContext ctx,
      Kind kind,
      Optional<RuleId> decidedWhenOff) {
    SubscriptionEvaluation e = new SubscriptionEvaluation(OPEN, facts, event);
    Answer<SubscriptionDecision> on = SubscriptionRules.decide(e, ctx);
    assertThat(on.decision().kind()).isEqualTo(kind);
    assertThat(on.decision().decidedBy()).contains(RuleId.of(rule));

    Answer<SubscriptionDecision> off = SubscriptionRules.decide(e, ctx.switchOff(RuleId.of(rule)));
    assertThat(off.decision()).isNotEqualTo(on.decision());
    assertThat(off.decision().kind()).isEqualTo(Kind.STAYS_OPEN);
    assertThat(off.decision().closeDate()).isEmpty();
    assertThat(off.decision().decidedBy()).isEqualTo(decidedWhenOff);
    assertThat(off.result(RuleId.of(rule)).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void eachConcernedRuleRunsOnce_andOnlyTheRulesTheEventConcerns() {
    Answer<SubscriptionDecision> d =
        evaluate(SubscriptionFacts.none(), ContactGroupClosed.of(12), ON);
    assertThat(d.results()).extracting(r -> r.ruleId().value()).containsExactly("SUB-5", "SUB-6");
    assertThat(d.area()).isEqualTo("udb-subscription");
    assertThat(SubscriptionRules.AREA.ruleIds())
        .extracting(RuleId::value)
        .containsExactly("SUB-1", "SUB-2", "SUB-3", "SUB-4", "SUB-5", "SUB-6", "SUB-7");
  }

  @Test
  void theDerivedValuesAreTyped() {
    Answer<SubscriptionDecision> d =
        evaluate(
            SubscriptionFacts.none(), new ContactGroupChanged(12, 2), LocalDate.of(2022, 2, 1));
    assertThat(d.value(SubscriptionRules.CLOSED_ON)).contains(LocalDate.of(2022, 2, 1));
    assertThat(d.value(SubscriptionRules.CLOSE_REASON)).contains(CloseReason.CONTACT_GROUP_CHANGE);
    assertThat(d.value(SubscriptionRules.SCHEDULED_CLOSE)).isEmpty();
  }
}
