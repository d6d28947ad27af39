/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts, per worker, the cells of unlisted codes ({@link UnlistedCode}) and the distinct persons
 * holding them: cells of the row (or person) being read are pending until the row is used ({@link
 * #commit()}, the person counted once per code) or rejected ({@link #discard()}). Indexed by the
 * stored code ({@link GroupTables#ZERO} for {@code 000}); work proportional to the unlisted cells.
 */
final class UnlistedCounter {

  private final long[] cells = new long[GroupTables.SLOTS];
  private final long[] persons = new long[GroupTables.SLOTS];
  private final int[] pending = new int[GroupTables.SLOTS];
  private final int[] touched = new int[GroupTables.SLOTS];
  private int n;

  /** A cell of the current row or person. */
  void cell(int stored) {
    if (pending[stored]++ == 0) {
      touched[n++] = stored;
    }
  }

  /** The current row or person is used: its cells count, the person once per code. */
  void commit() {
    for (int i = 0; i < n; i++) {
      int c = touched[i];
      cells[c] += pending[c];
      persons[c]++;
      pending[c] = 0;
    }
    n = 0;
  }

  /** The current row is rejected: its cells do not count. */
  void discard() {
    for (int i = 0; i < n; i++) {
      pending[touched[i]] = 0;
    }
    n = 0;
  }

  /** Counts a person's cells of one code directly (in-memory reads). */
  void add(int stored, long cellCount, long personCount) {
    cells[stored] += cellCount;
    persons[stored] += personCount;
  }

  /**
   * Adds (or, with {@code sign} −1, takes away) another counter's counts.
   *
   * @param other the counter
   * @param sign 1 or −1
   */
  void merge(UnlistedCounter other, int sign) {
    for (int c = 0; c < GroupTables.SLOTS; c++) {
      cells[c] += sign * other.cells[c];
      persons[c] += sign * other.persons[c];
    }
  }

  /** The codes met, ascending ({@code 000} first), each with its group. */
  List<UnlistedCode> toList(GroupTables tables) {
    List<UnlistedCode> out = new ArrayList<>();
    for (int code = 0; code < GroupTables.ZERO; code++) {
      int slot = GroupTables.slot(code);
      if (cells[slot] > 0) {
        out.add(
            new UnlistedCode(
                String.format(Locale.ROOT, "%03d", code),
                tables.groupOf(slot),
                cells[slot],
                persons[slot]));
      }
    }
    return out;
  }
}
