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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePeriodTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

  @Test
  void bothEndsAreIncluded() {
    DatePeriod p = DatePeriod.of(MARCH_1, MARCH_31);
    assertThat(p.contains(MARCH_1)).isTrue();
    assertThat(p.contains(MARCH_31)).isTrue();
    assertThat(p.contains(MARCH_1.minusDays(1))).isFalse();
    assertThat(p.contains(MARCH_31.plusDays(1))).isFalse();
  }

  @Test
  void anOpenPeriodHasNoEnd() {
    DatePeriod p = DatePeriod.from(MARCH_1);
    assertThat(p.isOpenEnded()).isTrue();
    assertThat(p.end()).isEmpty();
    assertThat(p.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(p.flisEnd()).isEqualTo(FlisDates.OPEN_END);
  }

  @Test
  void theFlisMarkerMeansOpen() {
    assertThat(DatePeriod.fromFlis(MARCH_1, LocalDate.of(9999, 12, 31)))
        .isEqualTo(DatePeriod.from(MARCH_1));
    assertThat(DatePeriod.fromFlis(MARCH_1, MARCH_31)).isEqualTo(DatePeriod.of(MARCH_1, MARCH_31));
  }

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertThatThrownBy(() -> DatePeriod.of(MARCH_31, MARCH_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before start");
    assertThat(DatePeriod.of(MARCH_1, MARCH_1).contains(MARCH_1)).isTrue();
  }

  @ParameterizedTest(name = "{0} overlaps March 2022: {1}")
  @CsvSource({
    "2022-02-20/2022-03-01, true",
    "2022-03-31/2022-04-15, true",
    "2022-04-01/.., false",
    "2022-02-01/2022-02-28, false",
    "2021-01-01/.., true",
    "2022-03-10/2022-03-10, true"
  })
  void overlapSharesAtLeastOneDay(String period, boolean overlaps) {
    DatePeriod march = DatePeriod.of(MARCH_1, MARCH_31);
    assertThat(DatePeriod.parse(period).overlaps(march)).isEqualTo(overlaps);
    assertThat(march.overlaps(DatePeriod.parse(period))).isEqualTo(overlaps);
  }

  @Test
  void parseIsTheInverseOfToString() {
    for (DatePeriod p :
        new DatePeriod[] {DatePeriod.of(MARCH_1, MARCH_31), DatePeriod.from(MARCH_1)}) {
      assertThat(DatePeriod.parse(p.toString())).isEqualTo(p);
    }
    assertThat(DatePeriod.from(MARCH_1)).hasToString("2022-03-01/..");
    assertThatThrownBy(() -> DatePeriod.parse("2022-03-01"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatePeriod.parse("2022-03-01/soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withEndAndWithStartKeepTheInvariant() {
    DatePeriod p = DatePeriod.from(MARCH_1).withEnd(MARCH_31);
    assertThat(p).isEqualTo(DatePeriod.of(MARCH_1, MARCH_31));
    assertThatThrownBy(() -> p.withStart(MARCH_31.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
