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

import dk.dfdgrules.rules.refusion.YumuAmount.Problem;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YUMU-7's amount grammar: examples, and the laws of parse and format. */
class YumuAmountTest {

  @ParameterizedTest(name = "YUMU-7: {0} is {1}")
  @CsvSource({
    "120, 120.00",
    "'1.234,56', 1234.56",
    "'1234,56', 1234.56",
    "1234.56, 1234.56",
    "'1.234.567,00', 1234567.00",
    "'120,5', 120.50",
    "'0,01', 0.01",
    "0.01, 0.01",
    "007, 7.00",
    "'1.234,5', 1234.50",
    "'999.999.999.999,99', 999999999999.99",
  })
  void yumu7_validAmounts(String text, BigDecimal kroner) {
    YumuAmount.Parsed p = YumuAmount.parse(text);
    assertThat(p.problem()).isEmpty();
    assertThat(p.value()).contains(kroner);
    assertThat(p.value().orElseThrow().scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "YUMU-7: ''{0}'' is rejected as {1}")
  @CsvSource({
    "'', MISSING",
    "'1.234', AMBIGUOUS",
    "'1,234', AMBIGUOUS",
    "'12.345', AMBIGUOUS",
    "'999,999', AMBIGUOUS",
    "'1.234.567', THOUSANDS_WITHOUT_DECIMAL_COMMA",
    "'1234.567', TOO_MANY_DECIMALS",
    "'0.234', TOO_MANY_DECIMALS",
    "'1.234,567', TOO_MANY_DECIMALS",
    "'12,3456', TOO_MANY_DECIMALS",
    "'0', BELOW_MINIMUM",
    "'0,00', BELOW_MINIMUM",
    "'0.001', TOO_MANY_DECIMALS",
    "'-5', MALFORMED",
    "'+5', MALFORMED",
    "'1 234,56', MALFORMED",
    "'120 kr.', MALFORMED",
    "' 120', MALFORMED",
    "'1e3', MALFORMED",
    "',5', MALFORMED",
    "'5,', MALFORMED",
    "'5.', MALFORMED",
    "'1,234.56', MALFORMED",
    "'1.23,45', MALFORMED",
    "'1234.567,00', MALFORMED",
    "'0.123,00', MALFORMED",
    "'1,2,3', MALFORMED",
    "'١٢٣', MALFORMED",
    "'1234567890123456789012345', TOO_LONG",
  })
  void yumu7_rejectedAmounts(String text, Problem problem) {
    YumuAmount.Parsed p = YumuAmount.parse(text);
    assertThat(p.value()).isEmpty();
    assertThat(p.problem()).contains(problem);
  }

  @Test
  void yumu7_nothingGivenIsMissing() {
    assertThat(YumuAmount.parse(null).problem()).contains(Problem.MISSING);
  }

  @Test
  void yumu7_aHugeInputIsRejectedByItsLengthAlone() {
    String huge = "1".repeat(10_000_000);
    assertThat(YumuAmount.parse(huge).problem()).contains(Problem.TOO_LONG);
  }

  @Test
  void yumu7_everyAmountReadIsWrittenAndReadBackToItself_upToTheMaximum() {
    String max = YumuAmount.format(YumuAmount.MAXIMUM);
    assertThat(max).isEqualTo("9.999.999.999.999.999,99").hasSize(YumuAmount.MAX_LENGTH);
    assertThat(YumuAmount.parse(max).value()).contains(YumuAmount.MAXIMUM);
    assertThat(YumuAmount.parse("9999999999999999.99").value()).contains(YumuAmount.MAXIMUM);
    // found by fuzzing: 23 digits were read, but written as 33 characters that no longer read
    for (String tooLarge :
        List.of("12345678901234567890123", "10000000000000000", "9999999999999999,991")) {
      YumuAmount.Parsed p = YumuAmount.parse(tooLarge);
      assertThat(p.value()).as(tooLarge).isEmpty();
    }
    assertThat(YumuAmount.parse("12345678901234567890123").problem()).contains(Problem.TOO_LARGE);
    assertThat(YumuAmount.parse("10000000000000000").problem()).contains(Problem.TOO_LARGE);
    assertThatThrownBy(() -> YumuAmount.format(new BigDecimal("10000000000000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void formatWritesDanishWithThousandsDotsAndTwoDecimals() {
    assertThat(YumuAmount.format(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
    assertThat(YumuAmount.format(new BigDecimal("0.01"))).isEqualTo("0,01");
    assertThat(YumuAmount.format(new BigDecimal("1234567"))).isEqualTo("1.234.567,00");
    assertThatThrownBy(() -> YumuAmount.format(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YumuAmount.format(new BigDecimal("1.001")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // hang guard: scaling it took over a minute
  void formatRejectsAnAmountOfAHundredMillionDigitsAtOnce() {
    assertThatThrownBy(() -> YumuAmount.format(new BigDecimal("1e100000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("100000000");
  }

  @Test
  void aParsedHoldsAValueOrAProblemNeverBoth() {
    assertThatThrownBy(() -> new YumuAmount.Parsed(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- properties ----

  /** Amounts of 0.01 … 10^12 kr. in øre, small ones often. */
  Gen<BigDecimal> validAmounts() {
    return Gens.oneOf(Gens.longs(1, 100_000), Gens.longs(1, 99_999_999_999_999L))
        .map(oere -> BigDecimal.valueOf(oere, 2));
  }

  /**
   * Texts of digits and separators, the alphabet of the ambiguities: random ones, and groups of
   * digits joined by separators (so that {@code 1.234}, {@code 1.234,5} … come often).
   */
  Gen<String> digitsAndSeparators() {
    Gen<String> group = Gens.strings("0123456789", 1, 4);
    Gen<String> sep = Gens.elements(".", ",");
    Gen<String> structured =
        Gens.zip(Gens.lists(group, 1, 4), Gens.lists(sep, 3, 3), (gs, ss) -> join(gs, ss));
    return Gens.oneOf(Gens.strings("0123456789.,", 1, 12), structured);
  }

  private static String join(java.util.List<String> groups, java.util.List<String> seps) {
    StringBuilder b = new StringBuilder(groups.get(0));
    for (int i = 1; i < groups.size(); i++) {
      b.append(seps.get(i - 1)).append(groups.get(i));
    }
    return b.toString();
  }

  @Property
  void yumu7_everyValidAmountRoundTripsThroughItsDanishText(
      @ForAll("validAmounts") BigDecimal kroner) {
    assertThat(YumuAmount.parse(YumuAmount.format(kroner)).value()).contains(kroner);
    String plain = kroner.toPlainString();
    Statistics.cover(1, plain.endsWith(".00"), "whole kroner");
    assertThat(YumuAmount.parse(plain).value()).contains(kroner);
    assertThat(YumuAmount.parse(plain.replace('.', ',')).value()).contains(kroner);
  }

  @Property(tries = 2000)
  void yumu7_anAcceptedTextHasOneReading(@ForAll("digitsAndSeparators") String text) {
    YumuAmount.Parsed p = YumuAmount.parse(text);
    Statistics.cover(5, p.isValid(), "accepted");
    Statistics.cover(1, p.problem().equals(Optional.of(Problem.AMBIGUOUS)), "ambiguous");
    if (!p.isValid()) {
      return;
    }
    BigDecimal v = p.value().orElseThrow();
    assertThat(v.compareTo(YumuAmount.MINIMUM)).isGreaterThanOrEqualTo(0);
    // never a separator followed by exactly three digits at the end, unless a decimal comma
    // follows thousands groups: the text is never one that reads as both thousands and decimals
    int last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    if (last >= 0) {
      assertThat(text.length() - last - 1).as(text).isBetween(1, 2);
    }
    // the same value as the unambiguous reading: drop the thousands dots, comma as point
    String canonical = text.indexOf(',') >= 0 ? text.replace(".", "").replace(',', '.') : text;
    assertThat(v).isEqualByComparingTo(new BigDecimal(canonical));
  }
}
