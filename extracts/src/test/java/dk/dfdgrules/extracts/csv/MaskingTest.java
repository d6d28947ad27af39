/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void cprNumbersWithAndWithoutHyphenAreMasked() {
    assertThat(Masking.mask("0101901234", 40)).isEqualTo("**********");
    assertThat(Masking.mask("x 010190-1234 y", 40)).isEqualTo("x ******-**** y");
    assertThat(Masking.mask("0101.901.234", 40)).isEqualTo("****.***.***");
    assertThat(Masking.mask("01 01 90 12 34", 40)).isEqualTo("** ** ** ** **");
    assertThat(Masking.mask("٠١٠١٩٠١٢٣٤", 40)).isEqualTo("**********");
    assertThat(Masking.mask("010190", 40)).isEqualTo("******");
  }

  @Test
  void datesTimesAndShortNumbersStay() {
    assertThat(Masking.mask("2019-13-01 09:00", 40)).isEqualTo("2019-13-01 09:00");
    assertThat(Masking.mask("12345", 40)).isEqualTo("12345");
    assertThat(Masking.mask("2019-01-01/2019-12-31", 40)).isEqualTo("2019-01-01/2019-12-31");
  }

  @Test
  void longTextIsCut() {
    assertThat(Masking.mask("abcdefghij", 4)).isEqualTo("abcd…");
  }
}
