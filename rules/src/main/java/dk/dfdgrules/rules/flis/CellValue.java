/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;

/**
 * What a published cell of the benchmark model shows: a count, or the mark that it is suppressed
 * (SUP-1) — never a number for a suppressed cell, never 0 in its place.
 */
public sealed interface CellValue permits CellValue.Count, CellValue.Suppressed {

  /**
   * A count.
   *
   * @param value the count, ≥ 0
   * @return the value
   * @throws IllegalArgumentException if the count is negative
   */
  static CellValue count(long value) {
    return new Count(value);
  }

  /**
   * The mark of a suppressed cell.
   *
   * @return the mark
   */
  static CellValue suppressed() {
    return Suppressed.INSTANCE;
  }

  /**
   * Tells whether the cell is suppressed.
   *
   * @return true for {@link Suppressed}
   */
  boolean isSuppressed();

  /**
   * A shown count.
   *
   * @param value the count, ≥ 0
   */
  record Count(long value) implements CellValue {
    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public Count {
      checkArgument(value >= 0, "a count is >= 0, was %s", Masking.lazy(value));
    }

    @Override
    public boolean isSuppressed() {
      return false;
    }

    /** The count in decimal. */
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A suppressed cell: 1 to (threshold − 1) distinct citizens, not shown. */
  enum Suppressed implements CellValue {
    /** The one mark. */
    INSTANCE;

    @Override
    public boolean isSuppressed() {
      return true;
    }

    /** {@code suppressed}, never a number. */
    @Override
    public String toString() {
      return "suppressed";
    }
  }
}
