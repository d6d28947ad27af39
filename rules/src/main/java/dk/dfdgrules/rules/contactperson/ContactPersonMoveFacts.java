/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.contact.ContactPerson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the {@code contact-persons} area: the citizen's contact persons and the move.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"moveDate": "2022-03-10", "moveSource": "CPR",
 *  "contactPersons": [{"type": 1, "period": "2021-01-01/.."}, {"type": 9, "period": "2021-01-01/.."}]}
 * }</pre>
 *
 * @param contactPersons the citizen's contact persons (kontaktpersoner); none when left out
 * @param moveDate the move date (flyttedato), if known; after {@link LocalDate#MIN}, which has no
 *     day before for CP-3.1
 * @param moveSource who moved the citizen, if known
 */
public record ContactPersonMoveFacts(
    List<ContactPerson> contactPersons,
    Optional<LocalDate> moveDate,
    Optional<MoveSource> moveSource) {

  /**
   * Copies the list; a missing list is empty.
   *
   * @throws IllegalArgumentException if the move date is {@link LocalDate#MIN}
   */
  public ContactPersonMoveFacts {
    contactPersons = copyOrEmpty(contactPersons);
    moveDate = orEmpty(moveDate);
    moveSource = orEmpty(moveSource);
    checkArgument(
        moveDate.isEmpty() || moveDate.get().isAfter(LocalDate.MIN),
        "moveDate must be after %s (CP-3.1 ends a contact person the day before)",
        LocalDate.MIN);
  }

  /**
   * The facts of a move.
   *
   * @param contactPersons the contact persons
   * @param move the move
   * @return the facts
   * @throws IllegalArgumentException if the move date is {@link LocalDate#MIN}
   */
  public static ContactPersonMoveFacts of(List<ContactPerson> contactPersons, MoveEvent move) {
    return new ContactPersonMoveFacts(
        contactPersons, Optional.of(move.moveDate()), Optional.of(move.source()));
  }
}
