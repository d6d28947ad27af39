/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a FLIS job did with every row of its input: {@code read = used + dropped + rejected} (the
 * header is not a row).
 *
 * @param read the rows after the header
 * @param used the rows the result is made of
 * @param dropped well-formed rows a rule left out, each reported with its reason (e.g. VIS-2: a
 *     registration replaced by a later one the same day)
 * @param rejected malformed rows, each reported with its line number and reason
 */
public record RowAccount(long read, long used, long dropped, long rejected) {

  /**
   * Checks that every row is accounted for.
   *
   * @throws IllegalArgumentException if a count is negative or the counts do not add up
   */
  public RowAccount {
    checkArgument(
        used >= 0 && dropped >= 0 && rejected >= 0 && read == used + dropped + rejected,
        "read (%s) must equal used (%s) + dropped (%s) + rejected (%s)",
        read,
        used,
        dropped,
        rejected);
  }
}
