/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A row of an input file that was rejected and skipped: its line number (the header is line 1) and
 * why, in English, without personal data (an echoed value is {@linkplain Masking#mask masked}). A
 * command line prints it the way compilers do: {@code FILE:LINE: reason}.
 *
 * @param line the physical line number, ≥ 2
 * @param reason why, e.g. {@code "start: not a date or date-time: '2019-13-01'"}
 */
public record BadRow(long line, String reason) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the line is before the first row
   */
  public BadRow {
    checkArgument(line >= 2, "a row's line is >= 2, was %s", line);
    requireNonNull(reason, "reason");
  }
}
