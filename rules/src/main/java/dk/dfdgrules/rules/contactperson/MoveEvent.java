/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A move of the citizen as DFDG processes it: the move date (flyttedato) — the date DFDG processes
 * the move ("dags dato", DFDG-RN-2021-12-06 §1.1) — and who moved the citizen.
 *
 * @param moveDate the move date
 * @param source a CPR move or a jobcentre's own move
 */
public record MoveEvent(LocalDate moveDate, MoveSource source) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException naming the part, if one is null
   */
  public MoveEvent {
    requireNonNull(moveDate, "moveDate");
    requireNonNull(source, "source");
  }

  /**
   * A move registered in CPR.
   *
   * @param moveDate the move date (the date DFDG processes it)
   * @return the move
   */
  public static MoveEvent cpr(LocalDate moveDate) {
    return new MoveEvent(moveDate, MoveSource.CPR);
  }

  /**
   * A jobcentre's own move of the citizen's affiliation.
   *
   * @param moveDate the move date
   * @return the move
   */
  public static MoveEvent jobcentre(LocalDate moveDate) {
    return new MoveEvent(moveDate, MoveSource.JOBCENTRE);
  }
}
