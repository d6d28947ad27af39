/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YrRulesTest {

  @Test
  void allSixteenIdsOfTheSpecInItsOrder() {
    assertThat(YrRules.ALL.stream().map(r -> r.id().toString()))
        .containsExactly(
            "YUMU-1", "YUMU-2", "YUMU-3", "YUMU-4", "YUMU-5", "YUMU-6", "YUMU-7", "YUMU-8", "LIS-1",
            "LIS-2", "LIS-3", "LIS-4", "LIS-5", "REF-1", "REF-2", "REF-3");
  }
}
