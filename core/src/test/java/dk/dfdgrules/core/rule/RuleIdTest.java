/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {

  @Test
  void partsOfAnId() {
    RuleId id = RuleId.of("CP-3.1");
    assertThat(id.area()).isEqualTo("CP");
    assertThat(id.number()).isEqualTo(3);
    assertThat(id.item()).isEqualTo(1);
    assertThat(id.withoutItem()).isEqualTo(RuleId.of("CP-3"));
    assertThat(RuleId.of("CP-3").item(4)).isEqualTo(RuleId.of("CP-3.4"));
  }

  @Test
  void orderedByAreaThenNumber() {
    List<RuleId> sorted =
        Stream.of("SN-10", "SN-2", "CP-3.2", "CP-3", "SUB-1", "CP-3.1")
            .map(RuleId::of)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(RuleId::value)
        .containsExactly("CP-3", "CP-3.1", "CP-3.2", "SN-2", "SN-10", "SUB-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sn-1", "SN1", "SN-", "S-1", "SN-1.", "SN-1.2.3", " SN-1"})
  void malformedIdsAreRejected(String id) {
    assertThatThrownBy(() -> RuleId.of(id)).isInstanceOf(IllegalArgumentException.class);
  }
}
