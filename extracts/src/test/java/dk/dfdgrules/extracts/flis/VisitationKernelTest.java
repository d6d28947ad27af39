/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitationKernelTest {

  @Test
  void epochDayAgreesWithJavaTimeOnEveryDayFromYear1To9999EveryFewDays() {
    for (LocalDate d = LocalDate.of(1, 1, 1);
        d.isBefore(LocalDate.of(9999, 12, 31));
        d = d.plusDays(d.getYear() > 1800 && d.getYear() < 2200 ? 1 : 97)) {
      assertThat(VisitationKernel.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .as(d.toString())
          .isEqualTo(d.toEpochDay());
    }
  }
}
