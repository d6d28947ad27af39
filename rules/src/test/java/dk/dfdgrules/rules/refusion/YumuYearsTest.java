/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** YUMU-3's year list: the two readings of the source, and the turn of the year. */
class YumuYearsTest {

  static final LocalDate WEBINAR = LocalDate.of(2023, 6, 21);

  @Test
  void yumu3_theTextsReadingOnTheWebinarsDayIsTheYearAndThreeBefore() {
    assertThat(YumuYears.offered(WEBINAR)).containsExactly(2023, 2022, 2021, 2020);
    assertThat(YumuYears.offered(WEBINAR, YumuYears.DEFAULT_DEPTH))
        .containsExactly(2023, 2022, 2021, 2020);
  }

  @Test
  void yumu3_theScreenshotsReadingIsDepthTwo() {
    assertThat(YumuYears.offered(WEBINAR, 2)).containsExactly(2023, 2022, 2021);
  }

  @Test
  void yumu3_theListTurnsOverAtNewYear() {
    assertThat(YumuYears.offered(LocalDate.of(2023, 12, 31)))
        .containsExactly(2023, 2022, 2021, 2020);
    assertThat(YumuYears.offered(LocalDate.of(2024, 1, 1))).containsExactly(2024, 2023, 2022, 2021);
    assertThat(YumuYears.isOffered(2020, LocalDate.of(2023, 12, 31), 3)).isTrue();
    assertThat(YumuYears.isOffered(2020, LocalDate.of(2024, 1, 1), 3)).isFalse();
    assertThat(YumuYears.isOffered(2024, LocalDate.of(2023, 12, 31), 3)).isFalse();
    assertThat(YumuYears.isOffered(2024, LocalDate.of(2024, 1, 1), 3)).isTrue();
  }

  @Test
  void yumu3_theDepthIsChecked() {
    assertThat(YumuYears.offered(WEBINAR, 0)).containsExactly(2023);
    assertThatThrownBy(() -> YumuYears.offered(WEBINAR, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("depth");
    assertThatThrownBy(() -> YumuYears.isOffered(2023, WEBINAR, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
