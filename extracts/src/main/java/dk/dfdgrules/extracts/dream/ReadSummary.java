/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * What a read of a DREAM file did with every row: {@code rowsRead = rowsUsed + rowsRejected} (the
 * header is not a row).
 *
 * @param rowsRead the rows after the header
 * @param rowsUsed the rows counted
 * @param rowsRejected the rows rejected and skipped, each reported with its line number
 * @param persons the persons counted (wide: rows used; long: distinct persons, those of the {@code
 *     visit} table without rows in the {@code y} table included; the summary of a visit table: its
 *     distinct persons)
 * @param mergedByPriority long rows that gave a second code for a person-week already seen; the
 *     week keeps the code of higher DRM-3 priority (the row counts as used)
 * @param bytes the bytes read
 * @param rejectsByReason the rejected rows per reason
 * @param unlistedCodes each well-formed code the code table does not list, once, with its cells,
 *     persons and the DRM-4 group it was counted in (ascending by code); empty when every code was
 *     listed, or when such codes were {@linkplain KeyFigureJob.Builder#strictCodes(boolean)
 *     rejected} — their rows are then among the rejected ones
 */
public record ReadSummary(
    long rowsRead,
    long rowsUsed,
    long rowsRejected,
    long persons,
    long mergedByPriority,
    long bytes,
    Map<RejectReason, Long> rejectsByReason,
    List<UnlistedCode> unlistedCodes) {

  /** Copies the map and the list. */
  public ReadSummary {
    rejectsByReason = ImmutableMap.copyOf(rejectsByReason);
    unlistedCodes = ImmutableList.copyOf(unlistedCodes);
  }

  /**
   * A summary without unlisted codes.
   *
   * @param rowsRead the rows after the header
   * @param rowsUsed the rows counted
   * @param rowsRejected the rows rejected
   * @param persons the persons counted
   * @param mergedByPriority long rows merged by DRM-3 priority
   * @param bytes the bytes read
   * @param rejectsByReason the rejected rows per reason
   */
  public ReadSummary(
      long rowsRead,
      long rowsUsed,
      long rowsRejected,
      long persons,
      long mergedByPriority,
      long bytes,
      Map<RejectReason, Long> rejectsByReason) {
    this(
        rowsRead,
        rowsUsed,
        rowsRejected,
        persons,
        mergedByPriority,
        bytes,
        rejectsByReason,
        List.of());
  }

  /**
   * Tells whether every row is accounted for.
   *
   * @return true if read = used + rejected
   */
  public boolean isBalanced() {
    return rowsRead == rowsUsed + rowsRejected;
  }
}
