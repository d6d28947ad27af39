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
import org.junit.jupiter.api.Test;

class YearQuarterTest {

  @Test
  void aQuarterHasThreeMonths() {
    YearQuarter q = YearQuarter.of(2014, 1);
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2014, 3, 31));
    assertThat(q.contains(LocalDate.of(2014, 3, 31))).isTrue();
    assertThat(q.contains(LocalDate.of(2014, 4, 1))).isFalse();
    assertThat(YearQuarter.from(LocalDate.of(2014, 12, 31))).isEqualTo(YearQuarter.of(2014, 4));
  }

  @Test
  void plusQuartersCrossesYears() {
    assertThat(YearQuarter.of(2014, 4).plusQuarters(1)).isEqualTo(YearQuarter.of(2015, 1));
    assertThat(YearQuarter.of(2014, 1).plusQuarters(-1)).isEqualTo(YearQuarter.of(2013, 4));
    assertThat(YearQuarter.of(2014, 2).plusQuarters(9)).isEqualTo(YearQuarter.of(2016, 3));
  }

  @Test
  void parseIsTheInverseOfToString() {
    YearQuarter q = YearQuarter.of(2005, 4);
    assertThat(q).hasToString("2005-Q4");
    assertThat(YearQuarter.parse("2005-Q4")).isEqualTo(q);
    assertThatThrownBy(() -> YearQuarter.parse("2005-Q5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YearQuarter.of(2005, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
