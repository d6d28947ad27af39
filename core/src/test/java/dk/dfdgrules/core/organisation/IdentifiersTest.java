/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CVR, P, phone and e-mail structure (spec EC-4: the library's own checks). */
class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"29403473", "10150817", "55133018", " 29403473 "})
  void validCvrNumbers(String cvr) {
    assertThat(CvrNumber.isValid(cvr)).isTrue();
    assertThat(CvrNumber.parse(cvr).value()).isEqualTo(cvr.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"29403474", "2940347", "294034733", "2940347a", ""})
  void invalidCvrNumbers(String cvr) {
    assertThat(CvrNumber.isValid(cvr)).isFalse();
    assertThatThrownBy(() -> CvrNumber.parse(cvr)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"1234567890, true", "123456789, false", "12345678901, false", "12345678x0, false"})
  void pNumbersAreTenDigits(String p, boolean valid) {
    assertThat(PNumber.isValid(p)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "12345678, true",
    "+4512345678, true",
    "+45 12 34 56 78, true",
    "0045 1234 5678, true",
    "1234567, false",
    "123456789, false",
    "+46 12345678, false",
    "12-34-56-78, false"
  })
  void danishPhoneNumbers(String phone, boolean valid) {
    assertThat(PhoneNumber.isValid(phone)).isEqualTo(valid);
    if (valid) {
      assertThat(PhoneNumber.parse(phone)).isEqualTo(PhoneNumber.parse("12345678"));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "ung@jobcenter.dk, true",
    "team.ung@aarhus.dk, true",
    "a+b@sub.domain.dk, true",
    "ung@jobcenter, false",
    "ung jobcenter@x.dk, false",
    "@jobcenter.dk, false",
    "ung@@jobcenter.dk, false",
    "ung@.dk, false"
  })
  void emailSyntax(String email, boolean valid) {
    assertThat(EmailAddress.isValid(email)).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna.hansen@jobcenter.dk"})
  void anEmailAddressPrintsWithoutItsLocalPart(String email) {
    assertThat(EmailAddress.parse(email)).hasToString("****@jobcenter.dk");
  }
}
