/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.rules.contactperson.MoveSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of the {@code person-group-marking} area: a person-group marking, the citizen's move,
 * and optionally a jobcentre's request to close the marking.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"marking": {"type": 5, "coveredMunicipalities": ["101"], "createdByMunicipality": "101",
 *              "period": "2021-01-01/.."},
 *  "moveDate": "2022-03-10", "moveSource": "JOBCENTRE", "newMunicipality": "461",
 *  "closeRequestedBy": "461"}
 * }</pre>
 *
 * @param marking the person-group marking (persongruppemarkering)
 * @param moveDate the date DFDG processes the move
 * @param moveSource a CPR move, or the new jobcentre's own move without waiting for CPR
 * @param newMunicipality the municipality (3-digit code) the citizen moved to
 * @param closeRequestedBy the municipality (3-digit code) whose jobcentre asks to close the
 *     marking, if one does
 */
public record PersonGroupFacts(
    Optional<PersonGroupMarking> marking,
    Optional<LocalDate> moveDate,
    Optional<MoveSource> moveSource,
    Optional<String> newMunicipality,
    Optional<String> closeRequestedBy) {

  /** Treats missing parts as absent. */
  public PersonGroupFacts {
    marking = orEmpty(marking);
    moveDate = orEmpty(moveDate);
    moveSource = orEmpty(moveSource);
    newMunicipality = orEmpty(newMunicipality);
    closeRequestedBy = orEmpty(closeRequestedBy);
  }

  /**
   * The facts of a move, without a close request.
   *
   * @param marking the marking
   * @param move the move
   * @return the facts
   */
  public static PersonGroupFacts of(PersonGroupMarking marking, PersonGroupMove move) {
    return new PersonGroupFacts(
        Optional.of(marking),
        Optional.of(move.moveDate()),
        Optional.of(move.source()),
        Optional.of(move.newMunicipality()),
        Optional.empty());
  }

  /**
   * A copy with a close request.
   *
   * @param municipality the 3-digit code of the jobcentre asking to close the marking
   * @return the facts
   */
  public PersonGroupFacts withCloseRequestedBy(String municipality) {
    return new PersonGroupFacts(
        marking, moveDate, moveSource, newMunicipality, Optional.of(municipality));
  }
}
