/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.rules.supportneed.SupportNeedRulesTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UdbMessagesTest {

  /** What UDB-1 … UDB-5 decide on an admission reported by UDB. */
  static Answer<UdbDecision> onAdmission(EducationPlan plan, UdbFacts facts, LocalDate day) {
    return UdbMessages.decide(UdbMessageFacts.admission(plan, facts), day);
  }

  /** What UDB-1 … UDB-5 decide when the support needs of an admitted young person change. */
  static Answer<UdbDecision> onSupportNeedsChanged(
      EducationPlan plan, UdbFacts facts, LocalDate admittedOn, LocalDate day) {
    return UdbMessages.decide(UdbMessageFacts.supportNeedsChanged(plan, facts, admittedOn), day);
  }

  static final LocalDate DAY = LocalDate.of(2022, 1, 10);
  static final MentorIntervention MENTOR =
      MentorIntervention.of(1, DatePeriod.from(LocalDate.of(2021, 11, 1)));

  static Activity test(ActivityStatus status) {
    return Activity.builder()
        .type("Kursus")
        .status(status)
        .period(DatePeriod.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 1)))
        .courseCategory(37)
        .build();
  }

  static Set<SupportNeed> needs(int... ids) {
    return java.util.Arrays.stream(ids)
        .mapToObj(SupportNeed::of)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void UDB1_stepTwoWithNeedsOneAndFiveSendsNothing() {
    Answer<UdbDecision> d = onAdmission(plan(2, 1, 5), UdbFacts.none(), DAY);
    assertThat(d.decision().isNothingToSend()).isTrue();
    assertThat(d.decision().decidedBy()).contains(RuleId.of("UDB-1"));
  }

  @Test
  void UDB1_stepTwoWithNeedsTwoFourSixSendsTwoFourSix() {
    Answer<UdbDecision> d = onAdmission(plan(2, 2, 4, 6), UdbFacts.none(), DAY);
    assertThat(d.decision().message().orElseThrow().supportNeeds()).isEqualTo(needs(2, 4, 6));
    assertThat(d.decision().decidedBy()).contains(RuleId.of("UDB-1"));
  }

  @Test
  void UDB2_stepThreeWithNeedsOneAndFiveSendsOneAndFive() {
    Answer<UdbDecision> d = onAdmission(plan(3, 1, 5), UdbFacts.none(), DAY);
    assertThat(d.decision().message().orElseThrow().supportNeeds()).isEqualTo(needs(1, 5));
    assertThat(d.decision().decidedBy()).contains(RuleId.of("UDB-2"));
  }

  @Test
  void UDB3_stepFourWithFiveAndSixSendsNothingAndSn4Fails() {
    Answer<UdbDecision> d = onAdmission(plan(4, 5, 6), UdbFacts.none(), DAY);
    assertThat(d.decision().isNothingToSend()).isTrue();
    assertThat(SupportNeedRules.validate(plan(4, 5, 6), DAY).violatedRuleIds())
        .containsExactly(RuleId.of("SN-4"));
  }

  @Test
  void UDB4_stepOneWithNeedThreeAndAMentorSendsThreeAndTheMentor() {
    Answer<UdbDecision> d = onAdmission(plan(1, 3), UdbFacts.of(List.of(), List.of(MENTOR)), DAY);
    UdbMessage m = d.decision().message().orElseThrow();
    assertThat(m.supportNeeds()).isEqualTo(needs(3));
    assertThat(m.mentor()).isTrue();
    assertThat(m.readingTestCompleted()).isFalse();
  }

  @Test
  void interpretation_mentorIdOneIsMentorTypeOneAndTheTypesAreAParameter() {
    MentorIntervention place = MentorIntervention.of(2, DatePeriod.from(LocalDate.of(2021, 11, 1)));
    assertThat(UdbFacts.none().mentorTypes()).containsExactly(1);
    assertThat(
            onAdmission(plan(1, 3), UdbFacts.of(List.of(), List.of(place)), DAY)
                .decision()
                .message()
                .orElseThrow()
                .mentor())
        .isFalse();
    assertThat(
            onAdmission(plan(1, 3), new UdbFacts(List.of(), List.of(place), Set.of(1, 2)), DAY)
                .decision()
                .message()
                .orElseThrow()
                .mentor())
        .isTrue();
  }

  @Test
  void interpretation_aReadingTestCountsWhenCompletedAndNeverWithItsResult() {
    Answer<UdbDecision> done =
        onAdmission(
            plan(2, 2), UdbFacts.of(List.of(test(ActivityStatus.COMPLETED)), List.of()), DAY);
    assertThat(done.decision().message().orElseThrow().readingTestCompleted()).isTrue();
    Answer<UdbDecision> planned =
        onAdmission(plan(2, 2), UdbFacts.of(List.of(test(ActivityStatus.PLANNED)), List.of()), DAY);
    assertThat(planned.decision().message().orElseThrow().readingTestCompleted()).isFalse();
    // the message type has no field for a test result
    assertThat(UdbMessage.class.getRecordComponents())
        .extracting(c -> c.getName())
        .containsExactly("step", "supportNeeds", "readingTestCompleted", "mentor");
  }

  @Test
  void interpretation_testAndMentorAreSentEvenWhenNoSupportNeedIs() {
    Answer<UdbDecision> d = onAdmission(plan(2, 1), UdbFacts.of(List.of(), List.of(MENTOR)), DAY);
    assertThat(d.decision().decidedBy()).contains(RuleId.of("UDB-4"));
    assertThat(d.decision().message().orElseThrow().supportNeeds()).isEmpty();
    assertThat(d.decision().message().orElseThrow().mentor()).isTrue();
  }

  @Test
  void UDB5_interpretation_aChangeAfterTheAdmissionIsSentAgainByTheSameRules() {
    Answer<UdbDecision> d =
        onSupportNeedsChanged(plan(2, 3), UdbFacts.none(), LocalDate.of(2022, 1, 5), DAY);
    assertThat(d.decision().message().orElseThrow().supportNeeds()).isEqualTo(needs(3));
    Answer<UdbDecision> before =
        onSupportNeedsChanged(plan(2, 3), UdbFacts.none(), DAY.plusDays(1), DAY);
    assertThat(before.decision().isNothingToSend()).isTrue();
    assertThat(before.decision().decidedBy()).contains(RuleId.of("UDB-5"));
  }

  @Test
  void theFlowStartsOnTheFirstOfJanuary2022() {
    Answer<UdbDecision> before =
        onAdmission(plan(2, 2), UdbFacts.none(), Sources.UDB_SUPPORT_NEEDS_FLOW.minusDays(1));
    assertThat(before.decision().isNothingToSend()).isTrue();
    assertThat(before.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    Answer<UdbDecision> on =
        onAdmission(plan(2, 2), UdbFacts.none(), Sources.UDB_SUPPORT_NEEDS_FLOW);
    assertThat(on.decision().message()).isPresent();
  }

  @ParameterizedTest(name = "step {0}, needs {1}")
  @MethodSource("dk.dfdgrules.rules.supportneed.LetterRulesTest#everySetAtEveryStep")
  void theSentNeedsAreThoseOfAnIndependentReading(int step, Integer[] needs) {
    List<Integer> n = List.of(needs);
    Set<Integer> core = new java.util.TreeSet<>();
    for (int id : step <= 2 ? new int[] {2, 3} : new int[] {1, 2, 3}) {
      if (n.contains(id)) {
        core.add(id);
      }
    }
    Set<Integer> expected = new java.util.TreeSet<>(core);
    if (!core.isEmpty()) {
      n.stream().filter(i -> i >= 4).forEach(expected::add);
    }
    Answer<UdbDecision> d = onAdmission(plan(step, needs), UdbFacts.none(), DAY);
    assertThat(
            d.decision()
                .message()
                .map(m -> m.supportNeeds().stream().map(SupportNeed::id).toList())
                .orElse(List.of()))
        .containsExactlyElementsOf(expected);
    // needs 4, 5, 6 are never sent alone
    d.decision().message().ifPresent(m -> assertThat(m.supportNeeds()).isNotEmpty());
  }
}
