/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DRM-2: {@code y_YYWW} with YY below 90 is 20YY, so 2089 is the last year with a weekly column; a
 * later week still has its month, quarter and year, and a warning instead of a column.
 */
class DreamCalendarColumnTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  @Test
  void drm2TheLastWeekOf2089HasAColumn() {
    RuleResult r = DreamRules.DRM_2.evaluate(IsoWeek.of(2089, 52), DAY);

    assertThat(r.value(DreamCalendar.COLUMN)).contains("y_8952");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void drm2AWeekOf2090HasNoColumnButAWarning() {
    RuleResult r = DreamRules.DRM_2.evaluate(IsoWeek.of(2090, 1), DAY);

    assertThat(r.value(DreamCalendar.COLUMN)).isEmpty();
    assertThat(r.value(DreamCalendar.YEAR)).contains(2090);
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).message().key()).isEqualTo("DRM-2.noColumn");
  }
}
