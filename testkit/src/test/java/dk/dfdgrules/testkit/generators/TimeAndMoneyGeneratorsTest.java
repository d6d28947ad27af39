/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dreamColumns;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.isoWeeks;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.money;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.periods;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.yearQuarters;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.Statistics;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeAndMoneyGeneratorsTest {

  @Test
  @DisplayName("dates lie in 2015-2030 and every in-force boundary is an edge case")
  void dates_() {
    PropertyCheck.forAll(dates())
        .check(d -> !d.isBefore(DfdgGenerators.FIRST_DAY) && !d.isAfter(DfdgGenerators.LAST_DAY));
    assertThat(dates().edgeCases(20))
        .contains(DfdgGenerators.FIRST_DAY, DfdgGenerators.LAST_DAY)
        .containsAll(DfdgGenerators.IN_FORCE_BOUNDARIES);
  }

  @Test
  @DisplayName("periods: open and closed; around(day) starts and ends on, before and after the day")
  void periods_() {
    LocalDate m = LocalDate.of(2022, 3, 10);
    PropertyCheck.forAll(periods().around(m))
        .tries(400)
        .verify(
            p -> {
              Statistics.cover(20, p.isOpenEnded(), "open");
              Statistics.cover(3, p.start().equals(m), "start = m");
              Statistics.cover(3, p.start().equals(m.plusDays(1)), "start = m + 1");
              Statistics.cover(3, p.start().equals(m.minusDays(1)), "start = m - 1");
              Statistics.cover(1, p.end().filter(m::equals).isPresent(), "end = m");
              Statistics.cover(
                  1, p.end().filter(m.minusDays(1)::equals).isPresent(), "end = m - 1");
              Statistics.cover(1, p.end().filter(m.plusDays(1)::equals).isPresent(), "end = m + 1");
              assertThat(DatePeriod.parse(p.toString())).isEqualTo(p);
            });
    LocalDate day = LocalDate.of(2021, 12, 6);
    PropertyCheck.forAll(periods().containing(day)).check(p -> p.contains(day));
    PropertyCheck.forAll(periods().closed().lastingAtMost(10))
        .check(p -> !p.isOpenEnded() && !p.end().orElseThrow().isAfter(p.start().plusDays(10)));
    PropertyCheck.forAll(periods().openEnded()).check(DatePeriod::isOpenEnded);
  }

  @Test
  @DisplayName("ISO weeks from the first DREAM week, week 53 reached; columns parse back")
  void weeks() {
    PropertyCheck.forAll(isoWeeks())
        .verify(
            w -> {
              Statistics.cover(5, w.week() == 53, "week 53");
              assertThat(w).isGreaterThanOrEqualTo(IsoWeekGen.FIRST_DREAM_WEEK);
              assertThat(IsoWeek.parse(w.toString())).isEqualTo(w);
            });
    assertThat(isoWeeks().edgeCases(5)).contains(IsoWeekGen.FIRST_DREAM_WEEK, IsoWeek.of(2030, 52));
    PropertyCheck.forAll(dreamColumns())
        .check(c -> IsoWeek.parseDreamColumn(c).toDreamColumn().equals(c));
    PropertyCheck.forAll(yearQuarters())
        .check(
            q ->
                q.compareTo(YearQuarter.of(2014, 1)) >= 0
                    && q.compareTo(YearQuarter.of(2030, 4)) <= 0);
    assertThat(yearQuarters().edgeCases(3))
        .contains(YearQuarter.of(2014, 1), YearQuarter.of(2030, 4));
  }

  @Test
  @DisplayName("money within bounds, exact; every text form parses back to the amount")
  void money_() {
    Money min = Money.ofOere(-500);
    Money max = Money.ofOere(123_456_789);
    PropertyCheck.forAll(money().between(min, max))
        .check(m -> m.compareTo(min) >= 0 && m.compareTo(max) <= 0);
    assertThat(money().between(min, max).edgeCases(10)).contains(min, max, Money.ZERO);
    PropertyCheck.forAll(money().nonNegative()).check(m -> !m.isNegative());
    PropertyCheck.forAll(money().asText())
        .cover(20, t -> t.endsWith("kr."), "Danish with suffix")
        .check(t -> Money.parse(t) != null);
    PropertyCheck.forAll(money()).check(m -> Money.parse(m.toDanishString()).equals(m));
  }
}
