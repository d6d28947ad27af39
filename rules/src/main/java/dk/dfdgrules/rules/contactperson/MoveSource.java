/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

/**
 * Who moved the citizen to another municipality (DFDG-RN-2021-12-06 §1.1): a move registered in CPR
 * (the citizen changed bopælskommune), or a jobcentre that moved the citizen's jobcentre
 * affiliation itself without waiting for the CPR move.
 */
public enum MoveSource {
  /** A change of residence municipality registered in CPR: triggers end-dating (CP-1). */
  CPR,
  /**
   * The jobcentre moved the affiliation itself ("jobcentret selv flytter jobcentertilknævning uden
   * at afvente CPR flytningen"): triggers no automatic end-dating (CP-1).
   */
  JOBCENTRE
}
