/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO weeks and the DREAM calendar rules of spec DRM-2. */
class IsoWeekTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "y_1326, 2013-W26",
    "y_9132, 1991-W32",
    "y_8901, 2089-W01",
    "y_9001, 1990-W01",
    "y_0001, 2000-W01",
    "y_2053, 2020-W53",
    "y_1501, 2015-W01"
  })
  void DRM2_dreamColumnsWithYyBelow90AreThe2000s(String column, String week) {
    assertThat(IsoWeek.parseDreamColumn(column)).isEqualTo(IsoWeek.parse(week));
    assertThat(IsoWeek.parse(week).toDreamColumn()).isEqualTo(column);
  }

  @ParameterizedTest
  @ValueSource(strings = {"y_1953", "y_1300", "y_1354", "y_13260", "x_1326", "y_13a6", "y1326"})
  void DRM2_rejectsColumnsThatNameNoRealWeek(String column) {
    assertThatThrownBy(() -> IsoWeek.parseDreamColumn(column))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void DRM2_week53ExistsOnlyInYearsThatHaveIt() {
    assertThat(IsoWeek.weeksInYear(2020)).isEqualTo(53);
    assertThat(IsoWeek.weeksInYear(2019)).isEqualTo(52);
    assertThat(IsoWeek.weeksInYear(2026)).isEqualTo(53);
    assertThatThrownBy(() -> IsoWeek.of(2019, 53)).hasMessageContaining("1-52 in 2019");
  }

  @Test
  void DRM2_firstDreamWeekStartsOnMonday5August1991() {
    assertThat(IsoWeek.of(1991, 32).monday()).isEqualTo(LocalDate.of(1991, 8, 5));
  }

  @ParameterizedTest(name = "{0} belongs to {1}")
  @CsvSource({
    "2019-W44, 2019-10", // Thursday 2019-10-31
    "2019-W45, 2019-11", // Thursday 2019-11-07, though Monday is 2019-11-04
    "2019-W05, 2019-01", // Monday 2019-01-28, Thursday 2019-01-31
    "2019-W09, 2019-02", // Monday 2019-02-25, Thursday 2019-02-28, Sunday 2019-03-03
    "2020-W53, 2020-12", // Thursday 2020-12-31
    "2026-W01, 2026-01", // Monday 2025-12-29, Thursday 2026-01-01
    "2025-W01, 2025-01", // Monday 2024-12-30, Thursday 2025-01-02
  })
  void DRM2_aWeekBelongsToTheMonthOfItsThursday(String week, String month) {
    IsoWeek w = IsoWeek.parse(week);
    assertThat(w.yearMonth()).isEqualTo(YearMonth.parse(month));
    assertThat(w.quarter()).isEqualTo(YearQuarter.from(YearMonth.parse(month)));
    assertThat(w.year()).isEqualTo(YearMonth.parse(month).getYear());
  }

  @ParameterizedTest(name = "52 weeks after {0} is {1}")
  @CsvSource({
    "2019-W38, 2020-W38",
    "2020-W38, 2021-W37",
    "2020-W53, 2021-W52",
    "2019-W52, 2020-W52"
  })
  void DRM5_fiftyTwoWeeksLaterIsNotTheSameWeekNumber(String from, String to) {
    assertThat(IsoWeek.parse(from).plusWeeks(52)).isEqualTo(IsoWeek.parse(to));
    assertThat(IsoWeek.parse(from).weeksUntil(IsoWeek.parse(to))).isEqualTo(52);
  }

  @Test
  void fromADateAcrossTheYearBoundary() {
    assertThat(IsoWeek.from(LocalDate.of(2021, 1, 3))).isEqualTo(IsoWeek.of(2020, 53));
    assertThat(IsoWeek.from(LocalDate.of(2024, 12, 30))).isEqualTo(IsoWeek.of(2025, 1));
  }

  @Test
  void epochWeekIsADenseIndex() {
    IsoWeek w = IsoWeek.of(1970, 1);
    assertThat(w.epochWeek()).isZero();
    for (int i = -60; i < 3000; i += 7) {
      IsoWeek x = w.plusWeeks(i);
      assertThat(x.epochWeek()).isEqualTo(i);
      assertThat(IsoWeek.ofEpochWeek(i)).isEqualTo(x);
    }
  }

  @Test
  void parseIsTheInverseOfToString() {
    IsoWeek w = IsoWeek.of(2026, 47);
    assertThat(w).hasToString("2026-W47");
    assertThat(IsoWeek.parse(w.toString())).isEqualTo(w);
    assertThat(w.contains(LocalDate.of(2026, 11, 16))).isTrue();
    assertThat(w.contains(LocalDate.of(2026, 11, 22))).isTrue();
    assertThat(w.contains(LocalDate.of(2026, 11, 23))).isFalse();
    assertThat(w.contains(LocalDate.of(2026, 11, 15))).isFalse();
    assertThat(w.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void weeksAreOrderedInTime() {
    assertThat(IsoWeek.of(2020, 53)).isLessThan(IsoWeek.of(2021, 1));
    assertThat(IsoWeek.of(2020, 53).isBefore(IsoWeek.of(2021, 1))).isTrue();
    assertThat(IsoWeek.of(2021, 1).isAfter(IsoWeek.of(2020, 53))).isTrue();
  }

  @Test
  void aDreamColumnCoversOnly1990To2089() {
    assertThatThrownBy(() -> IsoWeek.of(2090, 1).toDreamColumn())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theArithmeticAgreesWithJavaTimesIsoFieldsOnEveryDayOfFourCenturiesAndTheYearEdges() {
    java.util.List<LocalDate> days = new java.util.ArrayList<>();
    for (LocalDate d = LocalDate.of(1800, 1, 1);
        d.isBefore(LocalDate.of(2200, 1, 1));
        d = d.plusDays(1)) {
      days.add(d);
    }
    for (int y : new int[] {1, 2, 9998, 9999}) {
      for (int k = 0; k < 6; k++) {
        days.add(LocalDate.of(y, 1, 1).plusDays(k));
        days.add(LocalDate.of(y, 12, 31).minusDays(k));
      }
    }
    for (LocalDate d : days) {
      int year = d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
      if (year < 1 || year > 9998) {
        continue;
      }
      IsoWeek w = IsoWeek.from(d);
      assertThat(w)
          .isEqualTo(IsoWeek.of(year, d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      assertThat(w.monday()).isEqualTo(d.with(java.time.DayOfWeek.MONDAY));
      assertThat(w.toString()).isEqualTo(String.format("%04d-W%02d", w.weekBasedYear(), w.week()));
      assertThat(IsoWeek.weeksInYear(year))
          .isEqualTo(
              (int)
                  LocalDate.of(year, 6, 1)
                      .range(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                      .getMaximum());
      assertThat(w.weeksUntil(IsoWeek.from(d.plusWeeks(3)))).isEqualTo(3);
    }
  }

  @Test
  void epochWeeksAndAdditionOutsideTheYearsAreTheDocumentedException() {
    assertThat(IsoWeek.ofEpochWeek(IsoWeek.of(1, 1).epochWeek())).isEqualTo(IsoWeek.of(1, 1));
    assertThat(IsoWeek.ofEpochWeek(IsoWeek.of(9999, 52).epochWeek()))
        .isEqualTo(IsoWeek.of(9999, 52));
    assertThatThrownBy(() -> IsoWeek.ofEpochWeek(55_611_565_597L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside 0001-W01");
    assertThatThrownBy(() -> IsoWeek.ofEpochWeek(IsoWeek.of(1, 1).epochWeek() - 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoWeek.of(2020, 1).plusWeeks(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoWeek.of(2020, 1).plusWeeks(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoWeek.of(9999, 52).plusWeeks(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(IsoWeek.of(2019, 52).plusWeeks(1)).isEqualTo(IsoWeek.of(2020, 1));
    assertThat(IsoWeek.of(2020, 1).plusWeeks(-1)).isEqualTo(IsoWeek.of(2019, 52));
  }
}
