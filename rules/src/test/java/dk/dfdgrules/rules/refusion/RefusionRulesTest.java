/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static dk.dfdgrules.rules.refusion.WeekKind.BENEFIT;
import static dk.dfdgrules.rules.refusion.WeekKind.SELF_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RefusionRulesTest {

  static final IsoWeek START = IsoWeek.of(2016, 1);

  static final RefusionFacts EXAMPLE_3 =
      new RefusionFacts(
          "2016-W01",
          List.of(
              new RefusionFacts.Run(BENEFIT, 30, false),
              new RefusionFacts.Run(SELF_SUPPORT, 52, false),
              new RefusionFacts.Run(BENEFIT, 5, false)));

  @Test
  void REF_1_derivesTheRateOfEachBenefitWeek() {
    RuleResult r =
        RefusionRules.REF_1.evaluate(EXAMPLE_3, EvaluationContext.on(LocalDate.of(2024, 1, 1)));
    assertThat(r.isSatisfied()).isTrue();
    assertThat(r.value(RefusionRules.RATE.at(START))).contains(80);
    assertThat(r.value(RefusionRules.RATE.at(START.plusWeeks(29)))).contains(30);
    assertThat(r.value(RefusionRules.STEP.at(START.plusWeeks(86)))).contains(RefusionStep.STEP_40);
    assertThat(r.value(RefusionRules.RATE.at(START.plusWeeks(40)))).isEmpty();
  }

  @Test
  void aRunOfABillionWeeksIsRejectedBeforeAnyWeekIsMade() {
    // 52 weeks from 9999-W01 to 9999-W52: one more is refused, whatever the runs' split
    assertThat(
            new RefusionFacts("9999-W01", List.of(new RefusionFacts.Run(BENEFIT, 52, false)))
                .toWeeklyKinds()
                .length())
        .isEqualTo(52);
    assertThatThrownBy(
            () ->
                new RefusionFacts(
                    "9999-W01",
                    List.of(
                        new RefusionFacts.Run(BENEFIT, 50, false),
                        new RefusionFacts.Run(SELF_SUPPORT, 3, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("53 weeks, more than the 52 weeks");
    for (int weeks : new int[] {1_234_567_890, 101_901_234, Integer.MAX_VALUE}) {
      assertThatThrownBy(
              () ->
                  new RefusionFacts(
                      "2016-W01", List.of(new RefusionFacts.Run(BENEFIT, weeks, false))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(String.valueOf(weeks));
      assertThatThrownBy(() -> WeeklyKinds.builder(START).add(BENEFIT, 10).add(SELF_SUPPORT, weeks))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("past 9999-W52")
          .hasMessageNotContaining(String.valueOf(weeks));
    }
  }

  @Test
  void REF_1_derivesTheCoFinancingRateOfACoFinancedBenefit() {
    RefusionFacts f =
        new RefusionFacts("2016-W01", List.of(new RefusionFacts.Run(BENEFIT, 5, true)));
    RuleResult r = RefusionRules.REF_1.evaluate(f, EvaluationContext.on(LocalDate.of(2024, 1, 1)));
    assertThat(r.value(RefusionRules.CO_FINANCING_RATE.at(START.plusWeeks(4)))).contains(60);
    assertThat(r.value(RefusionRules.RATE.at(START.plusWeeks(4)))).isEmpty();
  }

  @Test
  void REF_2_derivesTheNumberOfEachBenefitWeek() {
    RuleResult r =
        RefusionRules.REF_2.evaluate(EXAMPLE_3, EvaluationContext.on(LocalDate.of(2024, 1, 1)));
    assertThat(r.value(RefusionRules.NUMBER.at(START.plusWeeks(29)))).contains(30);
    assertThat(r.value(RefusionRules.NUMBER.at(START.plusWeeks(82)))).contains(1);
  }

  @Test
  void REF_3_derivesTheRestartOnTheFirstWeekOfTheNewCount() {
    RuleResult r =
        RefusionRules.REF_3.evaluate(EXAMPLE_3, EvaluationContext.on(LocalDate.of(2024, 1, 1)));
    Restart restart = r.value(RefusionRules.RESTART.at(START.plusWeeks(82))).orElseThrow();
    assertThat(restart.selfSupportWeeks()).isEqualTo(52);
    assertThat(r.derived(RefusionRules.RESTART)).hasSize(1);
    String text = Messages.format(r.derived(RefusionRules.RESTART).get(0).reason(), Locale.ENGLISH);
    assertThat(text).contains("52 whole calendar weeks").doesNotContain("{");
  }

  @Test
  void theRulesAreInForceFrom2016_01_04AndNotTheDayBefore() {
    for (var rule : RefusionRules.ALL) {
      RuleResult before = rule.evaluate(EXAMPLE_3, EvaluationContext.on(LocalDate.of(2016, 1, 3)));
      RuleResult on = rule.evaluate(EXAMPLE_3, EvaluationContext.on(LocalDate.of(2016, 1, 4)));
      assertThat(before.version()).as(rule.id().toString()).isEmpty();
      assertThat(on.version()).as(rule.id().toString()).isPresent();
      assertThat(on.isSatisfied()).isTrue();
    }
  }

  @Test
  void theFactsOfADreamSeriesAreItsRunsOfKinds() {
    short[] codes = {111, 111, 0, 0, 130, 651};
    RefusionFacts f =
        RefusionFacts.from(
            dk.dfdgrules.core.dream.DreamSeries.of(
                dk.dfdgrules.core.dream.PersonKey.runningNumber("1"), START, codes),
            WeekKindTable.standard());
    assertThat(f.weeks())
        .containsExactly(
            new RefusionFacts.Run(BENEFIT, 2, true),
            new RefusionFacts.Run(SELF_SUPPORT, 2, false),
            new RefusionFacts.Run(BENEFIT, 1, false),
            new RefusionFacts.Run(WeekKind.OTHER_SUPPORT, 1, false));
    assertThat(f.toWeeklyKinds().length()).isEqualTo(6);
  }

  @Test
  void missingFactsAreNamedNotANullPointer() {
    assertThatThrownBy(() -> new RefusionFacts("2017-W01", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weeks is required");
    assertThatThrownBy(() -> new RefusionFacts(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstWeek is required");
    assertThatThrownBy(
            () -> new RefusionFacts("2017-W01", java.util.Arrays.asList((RefusionFacts.Run) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a run is null");
  }
}
