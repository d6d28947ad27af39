/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.BenefitGroupRule;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.PriorityTable;

/**
 * The DRM-4 mapping compiled into lookup tables indexed by the stored code (0 = blank week, {@link
 * #ZERO} = the code {@code 000}), for the counting kernels: the group at t, the follow-up seen from
 * t−52, and the visitation adjustment.
 *
 * <p>Leniently (the default of {@link KeyFigureJob}) a well-formed code the table does not list is
 * counted in the group of its DRM-4 range ({@link BenefitCodeTable#groupOrRange(int)}); strictly
 * its row is rejected. Either way {@link #known} holds the listed codes only, so the kernels'
 * common path stays one lookup and an unlisted code takes the rare path ({@link #store(int)}).
 */
final class GroupTables {

  /** Where the code {@code 000} is stored (0 is the blank week). */
  static final int ZERO = BenefitCodeTable.MAX_CODE + 1;

  /** The size of the tables indexed by stored code. */
  static final int SLOTS = ZERO + 1;

  /** True for every code of the table (indexed by the three digits' value; never for 000). */
  final boolean[] known = new boolean[BenefitCodeTable.MAX_CODE + 1];

  /** Stored code → ordinal of its group; population exits → "Ingen ydelse". */
  final byte[] now = new byte[SLOTS];

  /** Stored code → follow-up index; population exits → left the population. */
  final byte[] later = new byte[SLOTS];

  /** [group ordinal][0 = unknown, 1 + visitation ordinal] → group ordinal. */
  final byte[][] visit = new byte[FollowUp.GROUP_COUNT][VisitationCategory.values().length + 1];

  /** Stored code → DRM-3 rank (lower wins), for merging two codes of one person-week. */
  final int[] rank = new int[SLOTS];

  /** Whether an unlisted code is counted (by its range) rather than rejected. */
  final boolean lenient;

  /** Strict tables: an unlisted code rejects its row. */
  GroupTables(BenefitCodeTable table, PriorityTable priority) {
    this(table, priority, false);
  }

  GroupTables(BenefitCodeTable table, PriorityTable priority, boolean lenient) {
    this.lenient = lenient;
    now[0] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
    later[0] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
    for (int code = 0; code <= BenefitCodeTable.MAX_CODE; code++) {
      int s = slot(code);
      BenefitGroup g = table.groupOrRange(code);
      if (table.isPopulationExit(code)) {
        now[s] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
        later[s] = (byte) FollowUp.LEFT_POPULATION_INDEX;
      } else {
        now[s] = (byte) g.ordinal();
        later[s] = (byte) g.ordinal();
      }
      rank[s] = priority.rank(code);
      known[code] = table.isKnown(code);
    }
    for (BenefitGroup g : BenefitGroup.values()) {
      visit[g.ordinal()][0] = (byte) g.ordinal();
      for (VisitationCategory v : VisitationCategory.values()) {
        visit[g.ordinal()][v.ordinal() + 1] = (byte) BenefitGroupRule.byVisitation(g, v).ordinal();
      }
    }
  }

  /**
   * Where a three-digit code is stored.
   *
   * @param code 0–999
   * @return the code, or {@link #ZERO} for 000
   */
  static int slot(int code) {
    return code == 0 ? ZERO : code;
  }

  /**
   * The stored form of an unlisted code, when the tables are lenient.
   *
   * @param code the three digits' value of a code that is not {@linkplain #known known}
   * @return its slot, or -1 when strict (the row is rejected)
   */
  int store(int code) {
    return lenient ? slot(code) : -1;
  }

  /** Tells whether a stored, non-blank code is unlisted. */
  boolean isUnlisted(int stored) {
    return stored == ZERO || !known[stored];
  }

  /** The group of a stored code (without visitation). */
  BenefitGroup groupOf(int stored) {
    return BenefitGroup.values()[now[stored]];
  }
}
