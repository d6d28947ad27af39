/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.time.IsoWeek;

/**
 * The weeks of a long DREAM file's data, as a first pass ({@link KeyFigureJob#scanDataRange})
 * decided them: a stray row far from the rest cannot move them.
 *
 * <p><em>Interpretation (not in source):</em> the data's first and last week are the first and last
 * week with at least {@link #threshold()} rows — {@value #SHARE_PERCENT} % of the rows of the
 * busiest week, and at least one. A row in a week outside them is not counted: the job rejects it
 * ({@link RejectReason#WEEK_OUT_OF_RANGE}, with its line) and the summary accounts for it. Without
 * the rule, one row dated 2030-W01 in a file that ends in 2026-W47 would make every week after
 * 2026-W47 part of the data, blank for everyone, and turn thousands of "unknown" receiver statuses
 * (DRM-5: t+52 beyond the data) into "no longer on a benefit".
 *
 * @param first the data's first week
 * @param last the data's last week
 * @param scannedFirst the earliest week of any row
 * @param scannedLast the latest week of any row
 * @param threshold the rows a week needs to count towards the range
 * @param busiestWeekRows the rows of the busiest week
 * @param rowsBefore the rows in weeks before {@code first}
 * @param rowsAfter the rows in weeks after {@code last}
 */
public record DataRange(
    IsoWeek first,
    IsoWeek last,
    IsoWeek scannedFirst,
    IsoWeek scannedLast,
    long threshold,
    long busiestWeekRows,
    long rowsBefore,
    long rowsAfter) {

  /** The share of the busiest week's rows a week needs, in percent. */
  public static final int SHARE_PERCENT = 1;

  /** Checks the order of the weeks. */
  public DataRange {
    checkArgument(!last.isBefore(first), "last %s before first %s", last, first);
    checkArgument(
        !first.isBefore(scannedFirst) && !last.isAfter(scannedLast),
        "the range must lie within the scanned weeks");
    checkArgument(rowsBefore >= 0 && rowsAfter >= 0, "negative row count");
  }

  /**
   * Tells whether rows were left outside the range.
   *
   * @return true if some row's week is before {@link #first} or after {@link #last}
   */
  public boolean hasOutliers() {
    return rowsBefore + rowsAfter > 0;
  }
}
