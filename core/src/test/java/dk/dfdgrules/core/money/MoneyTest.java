/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest(name = "''{0}'' is {1} kr.")
  @CsvSource(
      delimiter = '|',
      value = {
        "909,60 kr.|909.60",
        "-145,54 kr.|-145.54",
        "1.740,96 kr.|1740.96",
        "1.740,96|1740.96",
        "1740.96|1740.96",
        "1740,96|1740.96",
        "12|12.00",
        "0,01|0.01",
        "0.5|0.50",
        "1.234.567,8 kr|1234567.80",
        "+10,00|10.00",
        "  42,00 KR.  |42.00"
      })
  void parsesDanishAndPlainNotation(String text, BigDecimal expected) {
    assertThat(Money.parse(text).amount()).isEqualTo(expected.setScale(2));
  }

  @Test
  void anAmountThatReadsTwoWaysIsRejectedWithTheReason() {
    assertThatThrownBy(() -> Money.parse("1.234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ambiguous");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "kr.", "1,234", "1.2.3", "12.345,6,7", "1.23,45", "abc", "1 740,96", "12.345"})
  void rejectsWhatIsNotAnAmount(String text) {
    assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void atMostTwoDecimals() {
    assertThat(Money.of(new BigDecimal("1.500")).amount()).isEqualTo(new BigDecimal("1.50"));
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005")))
        .hasMessageContaining("at most 2 decimals");
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.parse("0,10");
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(a);
    }
    assertThat(sum).isEqualTo(Money.parse("1,00"));
    assertThat(sum.minus(Money.parse("1,01")).isNegative()).isTrue();
    assertThat(Money.parse("-1,00").negate()).isEqualTo(Money.parse("1"));
    assertThat(Money.ofOere(174096)).isEqualTo(Money.parse("1.740,96"));
    assertThat(Money.parse("1.740,96").toOere()).isEqualTo(174096L);
  }

  @Test
  void printsPlainAndDanish() {
    Money m = Money.parse("-1.740,96 kr.");
    assertThat(m).hasToString("-1740.96");
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(m.toDanishString()).isEqualTo("-1.740,96 kr.");
    assertThat(Money.parse(m.toDanishString())).isEqualTo(m);
  }
}
