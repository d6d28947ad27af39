/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumberTest {

  @ParameterizedTest(name = "{0} is born {1}")
  @CsvSource({
    // 7th digit 0-3: 19YY whatever YY
    "0101000123, 1900-01-01",
    "0101361234, 1936-01-01",
    "0101993999, 1999-01-01",
    // 4 and 9: 20YY when YY <= 36, else 19YY
    "0101364123, 2036-01-01",
    "0101374123, 1937-01-01",
    "0101369123, 2036-01-01",
    "0101379123, 1937-01-01",
    "0101999123, 1999-01-01",
    // 5-8: 20YY when YY <= 57, else 18YY
    "0101575123, 2057-01-01",
    "0101585123, 1858-01-01",
    "0101008999, 2000-01-01",
    "0101998999, 1899-01-01",
    // leap days
    "2902004123, 2000-02-29",
    "2902961234, 1996-02-29",
  })
  void centuryComesFromTheSeventhDigit(String cpr, LocalDate birthDate) {
    assertThat(CprNumber.parse(cpr).birthDate()).isEqualTo(birthDate);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3102901234", // 31 February
        "2902011234", // 1901 is no leap year
        "2902000123", // 1900 is no leap year (7th digit 0)
        "0013901234", // month 13
        "0001901234", // day 0
        "123456789", // 9 digits
        "12345678901", // 11 digits
        "01019O1234", // a letter O
        "010190 1234", // a blank, not a hyphen
        "01019-01234", // hyphen in the wrong place
        ""
      })
  void rejectsWhatIsNotACprNumber(String text) {
    assertThatThrownBy(() -> CprNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CprNumber.isValid(text)).isFalse();
  }

  @Test
  void acceptsAHyphenAfterTheBirthDate() {
    assertThat(CprNumber.parse("010190-1234")).isEqualTo(CprNumber.parse("0101901234"));
    assertThat(CprNumber.parse(" 010190-1234 ").unmaskedValue()).isEqualTo("0101901234");
  }

  @Test
  void acceptsNumbersWithoutModulus11SinceThoseAreIssuedSince2007() {
    // 010165-1235: weighted sum 0*4+1*3+0*2+1*7+6*6+5*5+1*4+2*3+3*2+5*1 = 92, not divisible by 11
    CprNumber cpr = CprNumber.parse("010165-1235");
    assertThat(cpr.hasModulus11Check()).isFalse();
    assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(1965, 1, 1));
  }

  @Test
  void tellsWhetherTheModulus11CheckHolds() {
    // 070761-4285: 0*4+7*3+0*2+7*7+6*6+1*5+4*4+2*3+8*2+5*1 = 154 = 14*11
    assertThat(CprNumber.parse("0707614285").hasModulus11Check()).isTrue();
    assertThat(CprNumber.parse("0707614286").hasModulus11Check()).isFalse();
  }

  @Test
  void sexComesFromTheLastDigit() {
    assertThat(CprNumber.parse("0101901231").sex()).isEqualTo(Sex.MALE);
    assertThat(CprNumber.parse("0101901232").sex()).isEqualTo(Sex.FEMALE);
  }

  @ParameterizedTest(name = "{0} is {2} on {1}, {2} - 1 the day before")
  @CsvSource({
    "0105961234, 2026-05-01, 30", // born 1996-05-01
    "2902004123, 2025-03-01, 25", // born 2000-02-29: older on 1 March in a year without 29 February
  })
  void ageOnTheBirthdayAndTheDayBefore(String number, LocalDate birthday, int age) {
    CprNumber cpr = CprNumber.parse(number);
    assertThat(cpr.ageOn(birthday.minusDays(1))).isEqualTo(age - 1);
    assertThat(cpr.ageOn(birthday)).isEqualTo(age);
    assertThat(cpr.birthdayOfAge(age)).isEqualTo(birthday);
  }

  @Test
  void aLeapDayChildTurnsOlderOnTheTwentyNinthInALeapYear() {
    assertThat(CprNumber.parse("2902004123").birthdayOfAge(24))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void ageBeforeBirthIsACallerError() {
    CprNumber cpr = CprNumber.parse("0101901234");
    assertThatThrownBy(() -> cpr.ageOn(LocalDate.of(1989, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("010190-****")
        .hasMessageNotContaining("1234");
  }

  @Test
  void toStringShowsOnlyTheBirthDate() {
    CprNumber cpr = CprNumber.parse("0101901234");
    assertThat(cpr).hasToString("010190-****");
    assertThat(cpr.masked()).isEqualTo("010190-****");
  }

  @Test
  void exceptionMessagesNeverShowTheSerialDigits() {
    assertThatThrownBy(() -> CprNumber.parse("3102907531"))
        .hasMessageContaining("310290-****")
        .hasMessageNotContaining("7531");
    assertThatThrownBy(() -> CprNumber.parse("31029075311")).hasMessageNotContaining("7531");
  }
}
