/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTableParseCodesTest {

  @Test
  void codesAndRanges() {
    assertThat(PriorityTable.parseCodes("111, 115,213-215"))
        .containsExactly(111, 115, 213, 214, 215);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1-", "-1", "1,,2", "x", "1-20715٥6230", "1000", "0101901234"})
  void aMalformedListIsTheDocumentedExceptionWithoutTheDigitsOfACpr(String text) {
    assertThatThrownBy(() -> PriorityTable.parseCodes(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("0101901234")
        .hasMessageNotContaining("20715");
  }
}
