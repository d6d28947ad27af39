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
import java.time.Period;
import org.junit.jupiter.api.Test;

/** One convention for "N years after": the day that does not exist moves to the next day. */
class AnniversariesTest {

  @Test
  void interpretation_29FebruaryPlusYearsIs1MarchInAYearWithoutIt() {
    LocalDate born = LocalDate.of(2000, 2, 29);
    assertThat(Anniversaries.yearsAfter(born, 25)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(Anniversaries.yearsAfter(born, 28)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Anniversaries.yearsAfter(LocalDate.of(2024, 2, 29), 6))
        .isEqualTo(LocalDate.of(2030, 3, 1));
  }

  @Test
  void aDayAfterTheLastDateIsTheDocumentedException() {
    assertThat(Anniversaries.after(LocalDate.of(999_999_998, 12, 31), 1, 0))
        .isEqualTo(LocalDate.MAX);
    assertThatThrownBy(() -> Anniversaries.yearsAfter(LocalDate.MAX, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the last day a date can hold");
    assertThatThrownBy(() -> Anniversaries.after(LocalDate.MIN, Integer.MAX_VALUE, 11))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAgeIsReachedOnTheDayItSays() {
    LocalDate born = LocalDate.of(2000, 2, 29);
    for (int years = 1; years <= 40; years++) {
      LocalDate day = Anniversaries.yearsAfter(born, years);
      assertThat(Period.between(born, day).getYears()).as("on %s", day).isEqualTo(years);
      assertThat(Period.between(born, day.minusDays(1)).getYears())
          .as("the day before %s", day)
          .isEqualTo(years - 1);
    }
  }

  @Test
  void monthsCountFromTheSameDay() {
    assertThat(Anniversaries.after(LocalDate.of(1960, 5, 15), 67, 6))
        .isEqualTo(LocalDate.of(2027, 11, 15));
    assertThat(Anniversaries.after(LocalDate.of(1960, 2, 29), 1, 1))
        .isEqualTo(LocalDate.of(1961, 3, 29));
    assertThat(Anniversaries.after(LocalDate.of(1960, 8, 31), 65, 6))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Anniversaries.after(LocalDate.of(1961, 8, 31), 0, 1))
        .isEqualTo(LocalDate.of(1961, 10, 1));
  }

  @Test
  void anOrdinaryDayKeepsItsDate() {
    assertThat(Anniversaries.yearsAfter(LocalDate.of(2021, 12, 10), 6))
        .isEqualTo(LocalDate.of(2027, 12, 10));
    assertThat(Anniversaries.yearsAfter(LocalDate.of(2021, 12, 10), 0))
        .isEqualTo(LocalDate.of(2021, 12, 10));
  }

  @Test
  void negativeYearsOrMonthsOutOfRangeAreCallerErrors() {
    assertThatThrownBy(() -> Anniversaries.yearsAfter(LocalDate.of(2000, 1, 1), -1))
        .hasMessageContaining("years");
    assertThatThrownBy(() -> Anniversaries.after(LocalDate.of(2000, 1, 1), 1, 12))
        .hasMessageContaining("months");
  }
}
