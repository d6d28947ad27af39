/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.cprNumbers;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.invalidCprStrings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.citizen.Sex;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.PropertyFailure;
import dk.dfdgrules.testkit.property.Statistics;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CprNumberGenTest {

  @Test
  @DisplayName("every century rule of the seventh digit occurs, with and without modulus 11")
  void coversEveryCenturyRule() {
    PropertyCheck.forAll(cprNumbers())
        .tries(500)
        .verify(
            cpr -> {
              int seventh = cpr.unmaskedValue().charAt(6) - '0';
              int century = cpr.birthDate().getYear() / 100 * 100;
              Statistics.cover(1, seventh >= 5 && century == 1800, "5-8 -> 18YY");
              Statistics.cover(1, seventh <= 3 && century == 1900, "0-3 -> 19YY");
              Statistics.cover(1, (seventh == 4 || seventh == 9) && century == 1900, "4/9 -> 19YY");
              Statistics.cover(1, (seventh == 4 || seventh == 9) && century == 2000, "4/9 -> 20YY");
              Statistics.cover(1, seventh >= 5 && seventh <= 8 && century == 2000, "5-8 -> 20YY");
              Statistics.cover(30, cpr.hasModulus11Check(), "with modulus 11");
              Statistics.cover(30, !cpr.hasModulus11Check(), "without modulus 11");
              Statistics.cover(30, cpr.sex() == Sex.MALE, "male");
              Statistics.cover(30, cpr.sex() == Sex.FEMALE, "female");
              assertThat(CprNumber.parse(cpr.unmaskedValue())).isEqualTo(cpr);
            });
  }

  @Test
  @DisplayName("the seventh digits offered for a year are exactly those that give its century")
  void seventhDigitsMatchTheParser() {
    for (int year = 1858; year <= 2057; year++) {
      int[] offered = CprNumberGen.seventhDigits(year);
      for (int digit = 0; digit <= 9; digit++) {
        String text = String.format("0101%02d%d000", year % 100, digit);
        boolean givesYear = CprNumber.parse(text).birthDate().getYear() == year;
        boolean isOffered =
            java.util.Arrays.stream(offered).anyMatch(d -> d == (int) text.charAt(6) - '0');
        assertThat(isOffered).as("year %s, seventh digit %s", year, digit).isEqualTo(givesYear);
      }
    }
  }

  @Test
  @DisplayName("withoutModulus11() and withModulus11() hold for every number, for either sex")
  void modulus11() {
    PropertyCheck.forAll(cprNumbers().withoutModulus11().ofSex(Sex.FEMALE))
        .check(c -> !c.hasModulus11Check() && c.sex() == Sex.FEMALE);
    PropertyCheck.forAll(cprNumbers().withModulus11().ofSex(Sex.MALE))
        .check(c -> c.hasModulus11Check() && c.sex() == Sex.MALE);
  }

  @Test
  @DisplayName("bornBetween keeps the birth dates, and its first and last day are edge cases")
  void bornBetween() {
    LocalDate a = LocalDate.of(2000, 2, 29);
    LocalDate b = LocalDate.of(2003, 1, 1);
    PropertyCheck.forAll(cprNumbers().bornBetween(a, b))
        .check(c -> !c.birthDate().isBefore(a) && !c.birthDate().isAfter(b));
    assertThat(cprNumbers().bornBetween(a, b).edgeCases(50))
        .extracting(CprNumber::birthDate)
        .contains(a, b);
    assertThatThrownBy(() -> cprNumbers().bornBetween(LocalDate.of(1857, 12, 31), b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1858-01-01");
  }

  @Test
  @DisplayName("both text forms parse back to the number")
  void asText() {
    PropertyCheck.forAll(cprNumbers().asText())
        .cover(30, t -> t.contains("-"), "with hyphen")
        .check(CprNumber::isValid);
  }

  @Test
  @DisplayName(
      "invalidCprStrings() are all rejected by the parser; the typical mistakes come first")
  void invalid() {
    PropertyCheck.forAll(invalidCprStrings()).tries(1000).check(s -> !CprNumber.isValid(s));
    assertThat(invalidCprStrings().edgeCases(40)).contains("", "3102901234", "290200-1234");
  }

  @Test
  @DisplayName("a failing property over CPR numbers never shows one unmasked")
  void failuresMask() {
    PropertyFailure f =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> PropertyCheck.forAll(cprNumbers()).check(c -> c.birthDate().getYear() < 1950));
    assertThat(f.shrunkCounterexample()).matches("\\d{6}-\\*{4}");
    assertThat(f.originalCounterexample()).matches("\\d{6}-\\*{4}");
    assertThat(f.getMessage())
        .doesNotContainPattern("(?<![-\\d])[0-3]\\d[01]\\d{3}-?\\d{4}(?!\\d)");
  }
}
