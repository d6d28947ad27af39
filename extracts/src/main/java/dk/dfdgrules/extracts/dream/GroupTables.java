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
 * The DRM-4 mapping compiled into lookup tables indexed by the code value (0 = blank week), for
 * the counting kernels: the group at t, the follow-up seen from t−52, and the visitation
 * adjustment.
 */
final class GroupTables {

  /** True for blank (0) and every code of the table. */
  final boolean[] known = new boolean[BenefitCodeTable.MAX_CODE + 1];
  /** Code → ordinal of its default group; population exits → "Ingen ydelse". */
  final byte[] now = new byte[BenefitCodeTable.MAX_CODE + 1];
  /** Code → follow-up index; population exits → left the population. */
  final byte[] later = new byte[BenefitCodeTable.MAX_CODE + 1];
  /** [group ordinal][0 = unknown, 1 + visitation ordinal] → group ordinal. */
  final byte[][] visit = new byte[FollowUp.GROUP_COUNT][VisitationCategory.values().length + 1];
  /** Code → DRM-3 rank (lower wins), for merging two codes of one person-week. */
  final int[] rank = new int[BenefitCodeTable.MAX_CODE + 1];

  GroupTables(BenefitCodeTable table, PriorityTable priority) {
    known[0] = true;
    now[0] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
    later[0] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
    for (int c : table.codes()) {
      known[c] = true;
      BenefitGroup g = table.defaultGroup(c).orElseThrow();
      if (table.isPopulationExit(c)) {
        now[c] = (byte) BenefitGroup.NO_BENEFIT.ordinal();
        later[c] = (byte) FollowUp.LEFT_POPULATION_INDEX;
      } else {
        now[c] = (byte) g.ordinal();
        later[c] = (byte) g.ordinal();
      }
      rank[c] = priority.rank(c);
    }
    for (BenefitGroup g : BenefitGroup.values()) {
      visit[g.ordinal()][0] = (byte) g.ordinal();
      for (VisitationCategory v : VisitationCategory.values()) {
        visit[g.ordinal()][v.ordinal() + 1] = (byte) BenefitGroupRule.byVisitation(g, v).ordinal();
      }
    }
  }
}
