/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A recovery report (raskmelding) from the sickness-benefit system (KSD), on which DFDG's batch job
 * re-registers (gentilmelder) the citizen (ABS-2).
 *
 * @param recoveryDate the historical date the report carries — the date DFDG tried to re-register
 *     with before 2021-12-06; needed only by that older version
 */
public record RecoveryReport(Optional<LocalDate> recoveryDate) {

  /** Treats a missing date as absent. */
  public RecoveryReport {
    recoveryDate = recoveryDate == null ? Optional.empty() : recoveryDate;
  }

  /**
   * A report carrying a recovery date.
   *
   * @param recoveryDate the date
   * @return the report
   */
  public static RecoveryReport of(@Nullable LocalDate recoveryDate) {
    return new RecoveryReport(Optional.ofNullable(recoveryDate));
  }
}
