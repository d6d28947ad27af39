/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void aCprNumberInEveryFormIsMasked() {
    assertThat(Masking.mask("0101901234")).isEqualTo("**********");
    assertThat(Masking.mask("010190-1234")).isEqualTo("******-****");
    assertThat(Masking.mask("0101.901.234")).isEqualTo("****.***.***");
    assertThat(Masking.mask("01 01 90 12 34")).isEqualTo("** ** ** ** **");
    assertThat(Masking.mask("0101901234x")).isEqualTo("**********x");
    assertThat(Masking.mask("y_0101901234")).isEqualTo("y_**********");
  }

  @Test
  void datesTimesAndShortNumbersAreShown() {
    assertThat(Masking.mask("2019-13-01")).isEqualTo("2019-13-01");
    assertThat(Masking.mask("2019-01-01/2019-12-31")).isEqualTo("2019-01-01/2019-12-31");
    assertThat(Masking.mask("09:00:00")).isEqualTo("09:00:00");
    assertThat(Masking.mask("30-02-2023")).isEqualTo("30-02-2023");
    assertThat(Masking.mask("30.02.2023")).isEqualTo("30.02.2023");
    assertThat(Masking.mask("30-02.2023")).isEqualTo("**-**.****");
    assertThat(Masking.mask("y_1326")).isEqualTo("y_1326");
    assertThat(Masking.mask("12345")).isEqualTo("12345");
  }

  @Test
  void longTextIsCutAndNullIsShownAsNull() {
    assertThat(Masking.mask("a".repeat(100), 5)).isEqualTo("aaaaa…");
    assertThat(Masking.mask(null)).isEqualTo("null");
    assertThat(Masking.quoted("x")).isEqualTo("'x'");
    assertThat(Masking.quoted(null)).isEqualTo("null");
    assertThat(Masking.echo("0101901234")).hasToString("'**********'");
    assertThat(Masking.lazy(1019012345)).hasToString("**********");
  }

  @Test
  void aHugeInputCostsOnlyItsShownPart() {
    String huge = "1".repeat(10_000_000);
    assertThat(Masking.mask(huge)).isEqualTo("*".repeat(40) + "…");
  }
}
