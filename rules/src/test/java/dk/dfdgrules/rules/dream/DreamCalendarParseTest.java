/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DRM-2: the week and quarter spellings of the long (DSA) files, and the malformed ones. */
class DreamCalendarParseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2014-Q1",
        "2014Q1",
        "2014q1",
        "2014K1",
        "2014k1",
        "2014-K1",
        "2014_1",
        "2014-1",
        "2014 1",
        "20141",
        " 2014-Q1 "
      })
  void drm2EverySpellingOfAQuarterIsRead(String text) {
    assertThat(DreamCalendar.parseQuarter(text)).contains(YearQuarter.of(2014, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-Q1", "0001K1"})
  void drm2TheFirstYearIsAYear(String text) {
    assertThat(DreamCalendar.parseQuarter(text)).contains(YearQuarter.of(1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-Q4", "2014K4", "20144"})
  void drm2TheFourthQuarterIsRead(String text) {
    assertThat(DreamCalendar.parseQuarter(text)).contains(YearQuarter.of(2014, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-Q5", "2014-Q0", "14-Q1", "2014/Q1", "", "0000-Q1", "2014-Q1x"})
  void drm2AMalformedQuarterIsEmpty(String text) {
    assertThat(DreamCalendar.parseQuarter(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2019-W38", "2019-w38", "2019W38", "2019w38", "201938", "y_1938", " 2019-W38 "})
  void drm2EverySpellingOfAWeekIsRead(String text) {
    assertThat(DreamCalendar.parseWeek(text)).contains(IsoWeek.of(2019, 38));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-X38",
        "2019X38",
        "2019-W3",
        "2019-W5x",
        "20193a",
        "2019-W53",
        "y_1953",
        "2019-W٣٨",
        "٢٠١٩٣٨",
        "2019xW38",
        "2019x38",
        "2019-x38",
        "2019_W38",
        "abcdef"
      })
  void drm2AMalformedOrUnrealWeekIsEmpty(String text) {
    assertThat(DreamCalendar.parseWeek(text)).isEmpty();
  }
}
