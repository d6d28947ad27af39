/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static dk.dfdgrules.rules.refusion.YumuLifeCycle.State.EDITABLE;
import static dk.dfdgrules.rules.refusion.YumuLifeCycle.State.EMPTIED;
import static dk.dfdgrules.rules.refusion.YumuLifeCycle.State.NOT_CREATED;
import static dk.dfdgrules.rules.refusion.YumuLifeCycle.State.UNTIL_JANUARY_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.rules.refusion.YumuLifeCycle.State;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YUMU-8: a report created on 2023-03-07 (the source's list), on both sides of each boundary. */
class YumuLifeCycleTest {

  static final LocalDate CREATED = LocalDate.of(2023, 3, 7);

  @ParameterizedTest(name = "YUMU-8: on {0}, the run finished {1}: {2}")
  @CsvSource({
    "2023-03-06, , NOT_CREATED",
    "2023-03-07, , EDITABLE",
    "2023-12-31, , EDITABLE",
    "2024-01-01, , UNTIL_JANUARY_RUN",
    "2024-01-31, , UNTIL_JANUARY_RUN",
    "2024-02-01, , EMPTIED",
    "2025-06-01, , EMPTIED",
    "2023-12-31, 2024-01-15, EDITABLE",
    "2024-01-14, 2024-01-15, EDITABLE",
    "2024-01-15, 2024-01-15, EMPTIED",
    "2024-01-16, 2024-01-15, EMPTIED",
  })
  void yumu8_theStateOnADay(LocalDate on, LocalDate runFinished, State expected) {
    assertThat(YumuLifeCycle.state(CREATED, on, Optional.ofNullable(runFinished)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "YUMU-8: {0} can edit or delete: {1}")
  @CsvSource({"NOT_CREATED, false", "EDITABLE, true", "UNTIL_JANUARY_RUN, true", "EMPTIED, false"})
  void yumu8_whichStatesAllowEditing(State state, boolean can) {
    assertThat(state.canEditOrDelete()).isEqualTo(can);
  }

  @org.junit.jupiter.api.Test
  void yumu8_theListIsEmptiedByTheJanuaryRun() {
    assertThat(YumuLifeCycle.listEmptiedFrom(2023, Optional.empty()))
        .isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(YumuLifeCycle.listEmptiedFrom(2023, Optional.of(LocalDate.of(2024, 1, 15))))
        .isEqualTo(LocalDate.of(2024, 1, 15));
    assertThatThrownBy(
            () -> YumuLifeCycle.state(CREATED, CREATED, Optional.of(LocalDate.of(2023, 12, 31))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NOT_CREATED)
        .isNotEqualTo(EDITABLE)
        .isNotEqualTo(UNTIL_JANUARY_RUN)
        .isNotEqualTo(EMPTIED);
  }
}
