/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.ReceiverStatus;
import java.util.Optional;

/**
 * The DRM-5 outcome for a benefit receiver at week t: one of the three receiver statuses of
 * FLIS-DREAM §6.1.6, or one of the two cases outside them (<em>interpretations</em>, the
 * specification DRM-4/DRM-5): left the population (997/999 at t+52) and unknown (t+52 beyond the
 * data).
 */
public enum StatusOutcome {
  /** "Modtager forsat ydelse" (sic): the same group at t+52. */
  CONTINUES(ReceiverStatus.CONTINUES_SAME_BENEFIT, "Modtager forsat ydelse"),
  /** "Modtager anden ydelse": another group at t+52. */
  OTHER_BENEFIT(ReceiverStatus.OTHER_BENEFIT, "Modtager anden ydelse"),
  /** "Modtager ikke længere ydelse": "Ingen ydelse" at t+52. */
  NO_LONGER(ReceiverStatus.NO_LONGER_RECEIVES_BENEFIT, "Modtager ikke længere ydelse"),
  /** Left the population: 997 or 999 at t+52 (outside the three statuses). */
  LEFT_POPULATION(null, "Udtrådt af befolkningen (997/999)"),
  /** Unknown: week t+52 is beyond the data (outside the three statuses). */
  UNKNOWN(null, "Ukendt (uge t+52 efter data)");

  private final ReceiverStatus status;
  private final String displayName;

  StatusOutcome(ReceiverStatus status, String displayName) {
    this.status = status;
    this.displayName = displayName;
  }

  /**
   * The receiver status of the code list.
   *
   * @return the status, or empty for {@link #LEFT_POPULATION} and {@link #UNKNOWN}
   */
  public Optional<ReceiverStatus> receiverStatus() {
    return Optional.ofNullable(status);
  }

  /**
   * The display name: the §6.1.6 dimension value exactly as published, or a description for the two
   * cases outside the statuses.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }
}
