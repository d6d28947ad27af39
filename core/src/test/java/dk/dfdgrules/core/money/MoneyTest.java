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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  @ParameterizedTest(name = "{0} is rejected at once, without repeating it")
  @ValueSource(strings = {"1e100000000", "1e-10000000", "1e-1618990539", "-1e2147483647"})
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // hang guard: 1e100000000 took 84 s and 1.7 GB
  void anAmountWithAnExtremeExponentIsRejectedAtOnceWithAShortMessage(String number) {
    BigDecimal extreme = new BigDecimal(number);
    assertThatThrownBy(() -> Money.of(extreme))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .hasSizeLessThan(120)
        .doesNotContain(number.substring(number.indexOf('e') + 1).replace("-", ""));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anAmountWithMoreDigitsThanAnyRealAmountIsRejectedAtOnce() {
    BigDecimal digits = new BigDecimal("1".repeat(1_000));
    assertThatThrownBy(() -> Money.of(digits))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an amount in kroner has at most 64 digits");
    BigDecimal zeros = new BigDecimal("1." + "0".repeat(1_000));
    assertThatThrownBy(() -> Money.of(zeros)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void atMostTwentyEightDigitsOfKroner() {
    BigDecimal largest = new BigDecimal("9".repeat(28) + ".99");
    assertThat(Money.of(largest).amount()).isEqualTo(largest);
    assertThat(Money.of(largest.negate()).negate().amount()).isEqualTo(largest);
    assertThat(Money.parse("9".repeat(28) + ",99 kr.").amount()).isEqualTo(largest);
    assertThat(Money.of(new BigDecimal("1E+27")).toString())
        .isEqualTo("1" + "0".repeat(27) + ".00");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+28")))
        .hasMessage("an amount in kroner has at most 28 digits before the decimal mark");
    assertThatThrownBy(() -> Money.of(largest).plus(Money.parse("0,01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of(new BigDecimal("0E+100000000"))).isEqualTo(Money.ZERO);
    assertThat(Money.of(new BigDecimal("0E-100000000"))).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest(name = "a text of {0} characters is rejected unread")
  @ValueSource(ints = {65, 80_000, 500_000})
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // hang guard: 80,000 characters took 12 s
  void aTextLongerThanAnyAmountIsRejectedUnread(int length) {
    String digits = "1".repeat(length);
    String spaces = "1" + " ".repeat(length - 4) + "kr.";
    String groups = "1" + ".111".repeat(length / 4) + ",1.";
    for (String text : new String[] {digits, spaces, groups}) {
      assertThatThrownBy(() -> Money.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not an amount: longer than 64 characters");
    }
  }

  @Test
  void theLongestTextIsReadAndSurroundingWhiteSpaceIsNotCounted() {
    String sixtyFour = "1.000.000.000.000.000.000.000.000,00" + " ".repeat(24) + "kr.";
    assertThat(sixtyFour).hasSize(Money.MAX_TEXT_LENGTH - 1);
    assertThat(Money.parse(" ".repeat(1000) + sixtyFour + "\t".repeat(1000)).toString())
        .isEqualTo("1" + "0".repeat(24) + ".00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190-1234", "0101901234,567", "01.019.012,345", "0101901234x"})
  void aMessageNeverRepeatsTheText(String cprLike) {
    assertThatThrownBy(() -> Money.parse(cprLike))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("0101", "019", "234");
  }

  @Test
  void aFinalKrOrKrDotInAnyCaseIsTheUnit() {
    assertThat(Money.parse("12kr").toString()).isEqualTo("12.00");
    assertThat(Money.parse("12 Kr.").toString()).isEqualTo("12.00");
    assertThatThrownBy(() -> Money.parse("12 kr..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("12 k")).isInstanceOf(IllegalArgumentException.class);
  }
}
