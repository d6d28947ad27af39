/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ActivationMeasuresJob} found: the measures per group and what it did with every row.
 *
 * @param from the period's first day
 * @param to the period's last day
 * @param by how the measures are grouped
 * @param groups the groups, by municipality code or month, in order
 * @param account every row accounted for: used (well-formed, measured — a row outside the period is
 *     measured and counts in no measure), dropped (blank lines) and rejected (bad rows, each
 *     reported)
 */
public record ActivationMeasuresReport(
    LocalDate from, LocalDate to, Grouping by, List<GroupMeasures> groups, RowAccount account) {

  /** Copies the groups. */
  public ActivationMeasuresReport {
    groups = ImmutableList.copyOf(groups);
  }
}
