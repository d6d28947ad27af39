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

import dk.dfdgrules.core.time.IsoWeek;
import org.junit.jupiter.api.Test;

/** DRM-2: the weeks counted, grouped into periods by their Thursday, indexed from the data. */
class PeriodGridTest {

  private static final IsoWeek DATA_FIRST = IsoWeek.of(2019, 1);

  @Test
  void drm2MonthsOfTheThursdaysWithTheirFirstAndLastWeeksCounted() {
    // Thursdays: W03 17 Jan, W05 31 Jan, W06 7 Feb, W09 28 Feb, W10 7 Mar
    PeriodGrid grid =
        PeriodGrid.of(PeriodType.MONTH, DATA_FIRST, IsoWeek.of(2019, 3), IsoWeek.of(2019, 10));

    assertThat(grid.type()).isEqualTo(PeriodType.MONTH);
    assertThat(grid.dataFirst()).isEqualTo(DATA_FIRST);
    assertThat(grid.first()).isEqualTo(IsoWeek.of(2019, 3));
    assertThat(grid.last()).isEqualTo(IsoWeek.of(2019, 10));
    assertThat(grid.fromIndex()).isEqualTo(2);
    assertThat(grid.toIndex()).isEqualTo(9);
    assertThat(grid.weekCount()).isEqualTo(8);
    assertThat(grid.periodCount()).isEqualTo(3);
    assertThat(grid.labels()).containsExactly("2019-01", "2019-02", "2019-03");
    assertThat(grid.firstWeekOf(0)).isEqualTo(IsoWeek.of(2019, 3));
    assertThat(grid.lastWeekOf(0)).isEqualTo(IsoWeek.of(2019, 5));
    assertThat(grid.firstWeekOf(1)).isEqualTo(IsoWeek.of(2019, 6));
    assertThat(grid.lastWeekOf(1)).isEqualTo(IsoWeek.of(2019, 9));
    assertThat(grid.firstWeekOf(2)).isEqualTo(IsoWeek.of(2019, 10));
    assertThat(grid.lastWeekOf(2)).isEqualTo(IsoWeek.of(2019, 10));
    assertThat(grid.periodOf(2)).isZero();
    assertThat(grid.periodOf(4)).isZero();
    assertThat(grid.periodOf(5)).isEqualTo(1);
    assertThat(grid.periodOf(8)).isEqualTo(1);
    assertThat(grid.periodOf(9)).isEqualTo(2);
    assertThat(grid.periodOfArray()).containsExactly(0, 0, 0, 1, 1, 1, 1, 2);
  }

  @Test
  void weeksAreEachTheirOwnPeriod() {
    PeriodGrid grid =
        PeriodGrid.of(PeriodType.WEEK, DATA_FIRST, IsoWeek.of(2019, 38), IsoWeek.of(2019, 40));

    assertThat(grid.labels()).containsExactly("2019-W38", "2019-W39", "2019-W40");
    assertThat(grid.fromIndex()).isEqualTo(37);
    assertThat(grid.toIndex()).isEqualTo(39);
    assertThat(grid.weekCount()).isEqualTo(3);
    assertThat(grid.periodOf(37)).isZero();
    assertThat(grid.periodOf(39)).isEqualTo(2);
    assertThat(grid.firstWeekOf(1)).isEqualTo(IsoWeek.of(2019, 39));
    assertThat(grid.lastWeekOf(1)).isEqualTo(IsoWeek.of(2019, 39));
  }

  @Test
  void drm2QuartersAndYearsAcrossTheTurnOfTheYearGoByTheThursday() {
    // 2020-W01 starts Monday 30 December 2019, but its Thursday is 2 January 2020
    IsoWeek first = IsoWeek.of(2019, 51);
    PeriodGrid quarters = PeriodGrid.of(PeriodType.QUARTER, first, first, IsoWeek.of(2020, 2));
    PeriodGrid years = PeriodGrid.of(PeriodType.YEAR, first, first, IsoWeek.of(2020, 2));

    assertThat(quarters.labels()).containsExactly("2019-Q4", "2020-Q1");
    assertThat(quarters.lastWeekOf(0)).isEqualTo(IsoWeek.of(2019, 52));
    assertThat(quarters.firstWeekOf(1)).isEqualTo(IsoWeek.of(2020, 1));
    assertThat(years.labels()).containsExactly("2019", "2020");
    assertThat(years.periodOfArray()).containsExactly(0, 0, 1, 1);
  }

  @Test
  void lastBeforeFirstIsAnEmptyGrid() {
    PeriodGrid grid =
        PeriodGrid.of(PeriodType.MONTH, DATA_FIRST, IsoWeek.of(2019, 5), IsoWeek.of(2019, 2));

    assertThat(grid.weekCount()).isZero();
    assertThat(grid.periodCount()).isZero();
    assertThat(grid.labels()).isEmpty();
    assertThat(grid.fromIndex()).isEqualTo(4);
    assertThat(grid.toIndex()).isEqualTo(3);
  }

  @Test
  void oneWeekGridStartingAtTheDataIsOnePeriod() {
    PeriodGrid grid = PeriodGrid.of(PeriodType.YEAR, DATA_FIRST, DATA_FIRST, DATA_FIRST);

    assertThat(grid.weekCount()).isEqualTo(1);
    assertThat(grid.periodCount()).isEqualTo(1);
    assertThat(grid.labels()).containsExactly("2019");
    assertThat(grid.periodOf(0)).isZero();
  }

  @Test
  void firstWeekBeforeTheDataIsRefused() {
    assertThatThrownBy(
            () ->
                PeriodGrid.of(
                    PeriodType.WEEK, DATA_FIRST, IsoWeek.of(2018, 52), IsoWeek.of(2019, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first week 2018-W52 is before the data's first week 2019-W01");
  }
}
