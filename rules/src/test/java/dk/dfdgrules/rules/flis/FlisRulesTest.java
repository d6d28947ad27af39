/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Rule;
import org.junit.jupiter.api.Test;

class FlisRulesTest {

  @Test
  void allSixteenIdsOfTheSpecInItsOrderEachCitingFlisDfdg() {
    assertThat(FlisRules.ALL.stream().map(r -> r.id().toString()))
        .containsExactly(
            "VIS-1", "VIS-2", "VIS-3", "VIS-4", "ACT-1", "ACT-2", "ACT-3", "ACT-4", "ACT-5",
            "ACT-6", "ACT-7", "WIN-1", "WIN-2", "WIN-3", "SUP-1", "SUP-2");
    for (Rule<?> r : FlisRules.ALL) {
      assertThat(r.versions())
          .allSatisfy(v -> assertThat(v.citation().document()).isEqualTo("FLIS-DFDG"));
    }
  }
}
