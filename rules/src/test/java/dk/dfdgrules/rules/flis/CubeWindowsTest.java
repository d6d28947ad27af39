/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.flis.CubeWindows.DataDay;
import dk.dfdgrules.rules.flis.CubeWindows.WeekBenefit;
import dk.dfdgrules.testkit.generators.DfdgGenerators;
import dk.dfdgrules.testkit.property.PropertyCheck;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** WIN-1 … WIN-3 (FLIS-DFDG §3, §7.2, §9): the spec's examples and both sides of every date. */
class CubeWindowsTest {

  static final LocalDate FIRST_DELIVERY = LocalDate.of(2020, 2, 29);

  @Nested
  class Win1 {

    @Test
    void win1OnTheFirstDeliveryTheDfdgCubeHolds2017To29February2020() {
      RuleResult r = CubeWindows.WIN_1.evaluate(DataDay.of(FIRST_DELIVERY), FIRST_DELIVERY);
      assertThat(r.isSatisfied()).isTrue();
      assertThat(r.value(CubeWindows.WINDOW))
          .contains(DatePeriod.of(LocalDate.of(2017, 1, 1), FIRST_DELIVERY));
      assertThat(r.citation().orElseThrow().reference()).isEqualTo("FLIS-DFDG §3");
    }

    @Test
    void win1TheFirstDayOfTheWindowMovesOnNewYearsDay() {
      assertThat(CubeWindows.window(Cube.DFDG, LocalDate.of(2022, 12, 31)).orElseThrow().start())
          .isEqualTo(LocalDate.of(2019, 1, 1));
      assertThat(CubeWindows.window(Cube.DFDG, LocalDate.of(2023, 1, 1)).orElseThrow().start())
          .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void win1ADayIsHeldFromTheFirstDayOfThe4thYearBackToTheEvaluationDate() {
      LocalDate at = LocalDate.of(2020, 6, 15);
      assertThat(held(LocalDate.of(2016, 12, 31), at)).isFalse();
      assertThat(held(LocalDate.of(2017, 1, 1), at)).isTrue();
      assertThat(held(at, at)).isTrue();
      assertThat(held(at.plusDays(1), at)).isFalse();
    }

    @Test
    void win1AWeekIsPlacedOnItsThursday() {
      LocalDate at = LocalDate.of(2020, 6, 15);
      // 2016-W52's Thursday is 2016-12-29, 2017-W01's 2017-01-05
      assertThat(
              CubeWindows.WIN_1
                  .evaluate(DataDay.of(IsoWeek.of(2016, 52)), at)
                  .value(CubeWindows.HELD))
          .contains(false);
      assertThat(
              CubeWindows.WIN_1
                  .evaluate(DataDay.of(IsoWeek.of(2017, 1)), at)
                  .value(CubeWindows.HELD))
          .contains(true);
    }

    private boolean held(LocalDate day, LocalDate at) {
      return CubeWindows.WIN_1.evaluate(DataDay.of(day), at).value(CubeWindows.HELD).orElseThrow();
    }
  }

  @Nested
  class Win2 {

    @Test
    void win2IsNotInForceTheDayBeforeTheYrLinkTheCubesHaveNoData() {
      LocalDate dayBefore = LocalDate.of(2019, 12, 31);
      RuleResult r = CubeWindows.WIN_2.evaluate(DataDay.of(dayBefore), dayBefore);
      assertThat(r.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(CubeWindows.window(Cube.BENEFIT_ACTIVITY_BENCHMARK, dayBefore)).isEmpty();
      assertThat(CubeWindows.window(Cube.BENEFIT_ACTIVITY, dayBefore)).isEmpty();
    }

    @Test
    void win2OnTheDayOfTheYrLinkTheWindowIsThatDay() {
      LocalDate link = LocalDate.of(2020, 1, 1);
      RuleResult r = CubeWindows.WIN_2.evaluate(DataDay.of(link), link);
      assertThat(r.isSatisfied()).isTrue();
      assertThat(r.value(CubeWindows.WINDOW)).contains(DatePeriod.of(link, link));
      assertThat(r.value(CubeWindows.HELD)).contains(true);
      assertThat(r.version().orElseThrow().inForceFrom()).contains(link);
    }

    @Test
    void win2OnTheFirstDeliveryTheYrCubesHold2020OnlyWhileTheDfdgCubeHolds2017() {
      assertThat(CubeWindows.window(Cube.BENEFIT_ACTIVITY_BENCHMARK, FIRST_DELIVERY))
          .contains(DatePeriod.of(LocalDate.of(2020, 1, 1), FIRST_DELIVERY));
      assertThat(CubeWindows.window(Cube.DFDG, FIRST_DELIVERY).orElseThrow().start())
          .isEqualTo(LocalDate.of(2017, 1, 1));
    }

    @Test
    void win2ADayBeforeTheLinkIsNotHeldTheLinkDayIs() {
      LocalDate at = LocalDate.of(2024, 3, 1);
      assertThat(held(LocalDate.of(2019, 12, 31), at)).isFalse();
      assertThat(held(LocalDate.of(2020, 1, 1), at)).isTrue();
    }

    @Test
    void win2TheYrCubesHaveNoRollingLimitUnlikeTheDfdgCube() {
      LocalDate at = LocalDate.of(2030, 5, 1);
      assertThat(held(LocalDate.of(2020, 1, 1), at)).isTrue();
      assertThat(
              CubeWindows.WIN_1
                  .evaluate(DataDay.of(LocalDate.of(2020, 1, 1)), at)
                  .value(CubeWindows.HELD))
          .contains(false);
    }

    @Test
    void win2Week2019W52IsBeforeTheLinkWeek2020W01IsAfter() {
      assertThat(CubeWindows.isInYrPeriod(IsoWeek.of(2019, 52))).isFalse();
      assertThat(CubeWindows.isInYrPeriod(IsoWeek.of(2020, 1))).isTrue();
      LocalDate at = LocalDate.of(2021, 1, 1);
      assertThat(
              CubeWindows.WIN_2
                  .evaluate(DataDay.of(IsoWeek.of(2019, 52)), at)
                  .value(CubeWindows.HELD))
          .contains(false);
      assertThat(
              CubeWindows.WIN_2
                  .evaluate(DataDay.of(IsoWeek.of(2020, 1)), at)
                  .value(CubeWindows.HELD))
          .contains(true);
    }

    private boolean held(LocalDate day, LocalDate at) {
      return CubeWindows.WIN_2.evaluate(DataDay.of(day), at).value(CubeWindows.HELD).orElseThrow();
    }
  }

  @Nested
  class Laws {

    @Test
    void win1TheWindowIsFromNewYearsDayThreeYearsBackToTheDateAndHoldsTheDate() {
      PropertyCheck.forAll(DfdgGenerators.dates())
          .named("WIN-1: the window is 1 January of year - 3 to the date")
          .verify(
              d -> {
                DatePeriod w = CubeWindows.window(Cube.DFDG, d).orElseThrow();
                assertThat(w).isEqualTo(DatePeriod.of(LocalDate.of(d.getYear() - 3, 1, 1), d));
                assertThat(CubeWindows.WIN_1.evaluate(DataDay.of(d), d).value(CubeWindows.HELD))
                    .contains(true);
              });
    }

    @Test
    void win2TheYrCubesHaveAWindowExactlyFrom2020AndItStartsOnTheLink() {
      PropertyCheck.forAll(DfdgGenerators.dates())
          .named("WIN-2: a window exactly on and after 2020-01-01, starting that day")
          .cover(20, d -> d.isBefore(CubeWindows.YR_LINK), "before the link")
          .cover(20, d -> !d.isBefore(CubeWindows.YR_LINK), "on or after the link")
          .verify(
              d -> {
                var w = CubeWindows.window(Cube.BENEFIT_ACTIVITY, d);
                assertThat(w.isPresent()).isEqualTo(!d.isBefore(CubeWindows.YR_LINK));
                w.ifPresent(p -> assertThat(p.start()).isEqualTo(CubeWindows.YR_LINK));
              });
    }
  }

  @Nested
  class Win3 {

    static final LocalDate AT = LocalDate.of(2021, 1, 1);

    @Test
    void win3ACitizenNotInYrInAWeekGetsUdenYdelseIYr() {
      RuleResult r =
          CubeWindows.WIN_3.evaluate(new WeekBenefit(IsoWeek.of(2020, 10), Optional.empty()), AT);
      assertThat(r.value(CubeWindows.BENEFIT)).contains("Uden ydelse i YR");
      assertThat(r.citation().orElseThrow().reference()).isEqualTo("FLIS-DFDG §7.2");
    }

    @Test
    void win3ACitizenInYrKeepsTheBenefit() {
      RuleResult r =
          CubeWindows.WIN_3.evaluate(
              new WeekBenefit(IsoWeek.of(2020, 10), Optional.of("Kontanthjælp")), AT);
      assertThat(r.value(CubeWindows.BENEFIT)).contains("Kontanthjælp");
    }

    @Test
    void win3AWeekBeforeTheYrLinkIsAViolationNotUdenYdelse() {
      RuleResult before =
          CubeWindows.WIN_3.evaluate(new WeekBenefit(IsoWeek.of(2019, 52), Optional.empty()), AT);
      assertThat(before.isViolated()).isTrue();
      assertThat(before.errors()).singleElement().extracting(v -> v.path()).isEqualTo("week");
      assertThat(before.errors().get(0).message().key()).isEqualTo("WIN-3.beforeYrLink");
      assertThat(before.value(CubeWindows.BENEFIT)).isEmpty();
      RuleResult first =
          CubeWindows.WIN_3.evaluate(new WeekBenefit(IsoWeek.of(2020, 1), Optional.empty()), AT);
      assertThat(first.value(CubeWindows.BENEFIT)).contains(CubeWindows.WITHOUT_YR_BENEFIT);
    }

    @Test
    void win3ABlankBenefitIsNotABenefit() {
      assertThatThrownBy(() -> new WeekBenefit(IsoWeek.of(2020, 1), Optional.of(" ")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theFirstAndLastDaysOfTheCalendarHaveWindowsNotADateTimeException() {
    assertThat(CubeWindows.window(Cube.DFDG, LocalDate.MIN))
        .contains(DatePeriod.of(LocalDate.MIN, LocalDate.MIN));
    assertThat(CubeWindows.window(Cube.DFDG, LocalDate.MIN.plusYears(4)))
        .contains(DatePeriod.of(LocalDate.MIN.plusYears(1), LocalDate.MIN.plusYears(4)));
    assertThat(CubeWindows.window(Cube.DFDG, LocalDate.MAX))
        .contains(DatePeriod.of(LocalDate.of(999_999_996, 1, 1), LocalDate.MAX));
    for (Cube cube : Cube.values()) {
      assertThat(CubeWindows.window(cube, LocalDate.MIN)).isNotNull();
      assertThat(CubeWindows.window(cube, LocalDate.MAX)).isPresent();
    }
  }
}
