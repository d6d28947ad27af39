/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.IsoWeek;
import org.junit.jupiter.api.Test;

/**
 * DRM-5 and DRM-6 on one person-week: a code not in the table at t or at t+52 is an error at that
 * week's path, a week outside the series is undetermined, a population exit at t+52 is "left the
 * population". 123 is not a DREAM code.
 */
class ReceiverStatusAndSelectedErrorsTest {

  private static final BenefitGroupRule GROUPS = new BenefitGroupRule(BenefitCodeTable.standard());
  private static final ReceiverStatusRule STATUS = new ReceiverStatusRule(GROUPS);
  private static final IsoWeek T = IsoWeek.of(2019, 38);
  private static final IsoWeek T52 = T.plusWeeks(52);

  /** A series from t to t+52 with a code at t and at t+52 (blank between). */
  private static DreamSeries series(int atT, int at52) {
    short[] codes = new short[53];
    codes[0] = (short) atT;
    codes[52] = (short) at52;
    return DreamSeries.of(PersonKey.of("7"), T, codes);
  }

  @Test
  void drm5AnUnknownCodeAtTIsAnErrorAtT() {
    RuleResult r = STATUS.evaluate(series(123, 111), T);

    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.errors()).extracting(Violation::path).containsExactly("codes[2019-W38]");
    assertThat(r.errors().get(0).message().key()).isEqualTo("DRM-4.unknownCode");
  }

  @Test
  void drm5AnUnknownCodeAtTPlus52IsAnErrorAtTPlus52() {
    RuleResult r = STATUS.evaluate(series(111, 123), T);

    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.errors()).extracting(Violation::path).containsExactly("codes[" + T52 + "]");
    assertThat(r.derivedValues()).isEmpty();
  }

  @Test
  void drm5UnknownCodesAtBothWeeksAreTwoErrors() {
    RuleResult r = STATUS.evaluate(series(123, 123), T);

    assertThat(r.errors())
        .extracting(Violation::path)
        .containsExactly("codes[2019-W38]", "codes[" + T52 + "]");
  }

  @Test
  void drm5AWeekOutsideTheSeriesIsUndetermined() {
    RuleResult r = STATUS.evaluate(series(111, 111), T.plusWeeks(-1));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactly("codes[2019-W37]");
  }

  @Test
  void drm5DeathAtTPlus52IsLeavingThePopulation() {
    RuleResult r = STATUS.evaluate(series(111, 999), T);

    assertThat(r.value(ReceiverStatusRule.GROUP_LATER.at(T))).contains(FollowUp.leftPopulation());
    assertThat(r.value(ReceiverStatusRule.STATUS.at(T))).contains(StatusOutcome.LEFT_POPULATION);
    assertThat(STATUS.followUp(series(111, 997), T)).contains(FollowUp.leftPopulation());
    assertThat(STATUS.followUp(series(111, 890), T))
        .contains(FollowUp.group(dk.dfdgrules.codelists.BenefitGroup.SICKNESS_BENEFIT));
  }

  @Test
  void drm6AnUnknownCodeAtTIsAnErrorAtT() {
    RuleResult r = SelectedBenefitsRule.evaluate(GROUPS, series(123, 130), T);

    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.errors()).extracting(Violation::path).containsExactly("codes[2019-W38]");
  }

  @Test
  void drm6AnUnknownCodeAtTPlus52OfASelectedBenefitIsAnErrorAtTPlus52() {
    RuleResult r = SelectedBenefitsRule.evaluate(GROUPS, series(130, 123), T);

    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.errors()).extracting(Violation::path).containsExactly("codes[" + T52 + "]");
  }

  @Test
  void drm6AWeekOutsideTheSeriesIsUndetermined() {
    RuleResult r = SelectedBenefitsRule.evaluate(GROUPS, series(130, 130), T.plusWeeks(53));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactly("codes[" + T.plusWeeks(53) + "]");
  }

  @Test
  void drm6LeavingThePopulationAfterASelectedBenefitIsItsOwnOutcome() {
    RuleResult r = SelectedBenefitsRule.evaluate(GROUPS, series(130, 999), T);

    assertThat(r.value(SelectedBenefitsRule.OUTCOME.at(T)))
        .contains(SelectedOutcome.LEFT_POPULATION);
    assertThat(SelectedOutcome.LEFT_POPULATION.displayName())
        .isEqualTo("Udtrådt af befolkningen (997/999)");
  }
}
