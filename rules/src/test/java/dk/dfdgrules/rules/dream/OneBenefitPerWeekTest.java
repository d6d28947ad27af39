/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DRM-1: a benefit counts for a week when received on one day of it; one code per week. 2019-W38 is
 * Monday 16 to Sunday 22 September 2019.
 */
class OneBenefitPerWeekTest {

  private static final OneBenefitPerWeek RULE =
      new OneBenefitPerWeek(PriorityTable.reconstructedDefault());
  private static final IsoWeek W37 = IsoWeek.of(2019, 37);
  private static final IsoWeek W38 = IsoWeek.of(2019, 38);
  private static final IsoWeek W39 = IsoWeek.of(2019, 39);
  private static final IsoWeek W40 = IsoWeek.of(2019, 40);

  private static OneBenefitPerWeek.BenefitSpell spell(int code, LocalDate from, LocalDate to) {
    return new OneBenefitPerWeek.BenefitSpell(code, from, to);
  }

  private static LocalDate sept(int day) {
    return LocalDate.of(2019, 9, day);
  }

  @Test
  void drm1OneWeekTakesTheSpellsTouchingItsMondayToSunday() {
    // ends on the Sunday of W38; starts on the Monday of W38; ends on the Monday of W38
    var endsSunday = spell(111, sept(9), sept(22));
    var startsMonday = spell(890, sept(16), sept(30));
    var endsMonday = spell(130, sept(2), sept(16));

    assertThat(RULE.week(W38, List.of(endsSunday)).orElseThrow().code()).isEqualTo(111);
    assertThat(RULE.week(W38, List.of(startsMonday)).orElseThrow().code()).isEqualTo(890);
    assertThat(RULE.week(W38, List.of(endsMonday)).orElseThrow().code()).isEqualTo(130);
    assertThat(RULE.week(W39, List.of(endsSunday))).isEmpty();
    assertThat(RULE.week(W37, List.of(startsMonday))).isEmpty();
    assertThat(RULE.week(W38, List.of())).isEmpty();
    // two candidates: the priority table decides (a-dagpenge before sygedagpenge)
    assertThat(RULE.week(W38, List.of(startsMonday, endsSunday)).orElseThrow())
        .extracting(PriorityTable.Decision::code, PriorityTable.Decision::candidates)
        .containsExactly(111, List.of(111, 890));
  }

  @Test
  void drm1SeriesHoldsTheWeeksInsideItsRangeAndBlankWeeksWithoutBenefit() {
    // 111 in W37 (before the series), W38 and W39; 890 in W40 and in W41, W42 (after it)
    var dagpenge = spell(111, sept(10), sept(24));
    var sick = spell(890, sept(30), LocalDate.of(2019, 10, 14));

    DreamSeries s = RULE.series(PersonKey.of("7"), W38, W40, List.of(dagpenge, sick));

    assertThat(s.firstWeek()).isEqualTo(W38);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.codeAt(W38)).hasValue(111);
    assertThat(s.codeAt(W39)).hasValue(111);
    assertThat(s.codeAt(W40)).hasValue(890);
    // one week: a spell only before it gives a blank week
    DreamSeries one = RULE.series(PersonKey.of("7"), W40, W40, List.of(dagpenge));
    assertThat(one.length()).isEqualTo(1);
    assertThat(one.codeAtIndex(0)).isEqualTo(DreamSeries.BLANK);
  }

  @Test
  void seriesEndingBeforeItStartsIsTheCallersMistake() {
    assertThatThrownBy(() -> RULE.series(PersonKey.of("7"), W38, W37, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last week 2019-W37 before first 2019-W38");
  }

  @Test
  void spellEndingBeforeItStartsIsTheCallersMistake() {
    assertThatThrownBy(() -> spell(111, sept(17), sept(16)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spell ends 2019-09-16 before it starts 2019-09-17");
    assertThat(spell(111, sept(16), sept(16)).to()).isEqualTo(sept(16));
  }

  @Test
  void drm1TheExplanationCountsTheWeeksThatGotACode() {
    RuleResult r = RULE.evaluate(List.of(spell(111, sept(16), LocalDate.of(2019, 10, 1))));

    assertThat(r.derivedValues()).hasSize(3);
    assertThat(r.explanation().orElseThrow().arguments()).containsEntry("weeks", "3");
  }
}
