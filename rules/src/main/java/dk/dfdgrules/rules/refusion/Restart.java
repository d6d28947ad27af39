/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.IsoWeek;

/**
 * Why a count started over (REF-3, Finansieringsloven § 6): the person had, after the first week of
 * the count, 52 whole calendar weeks of self-support within the latest 3 years.
 *
 * @param reachedAt the week at which the condition held: the week after the last self-support week
 *     counted (the restart takes effect from it)
 * @param selfSupportWeeks the self-support weeks counted in the window, ≥ 52
 * @param firstSelfSupport the first self-support week counted
 * @param lastSelfSupport the last self-support week counted
 */
public record Restart(
    IsoWeek reachedAt, int selfSupportWeeks, IsoWeek firstSelfSupport, IsoWeek lastSelfSupport) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if fewer than one week is counted or the weeks are out of
   *     order
   */
  public Restart {
    requireNonNull(reachedAt, "reachedAt");
    requireNonNull(firstSelfSupport, "firstSelfSupport");
    requireNonNull(lastSelfSupport, "lastSelfSupport");
    checkArgument(selfSupportWeeks >= 1, "selfSupportWeeks must be >= 1");
    checkArgument(
        !lastSelfSupport.isBefore(firstSelfSupport) && lastSelfSupport.isBefore(reachedAt),
        "the self-support weeks must lie before the week the restart was reached");
  }

  /**
   * The restart as text.
   *
   * @return e.g. {@code 52 self-support weeks 2017-W02..2018-W01 (§ 6)}
   */
  @Override
  public String toString() {
    return selfSupportWeeks
        + " self-support weeks "
        + firstSelfSupport
        + ".."
        + lastSelfSupport
        + " (§ 6)";
  }
}
