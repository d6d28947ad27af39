/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.citizen.CprNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Samtale — a conversation held with a citizen (FLIS-DFDG §5.1.13–§5.1.15, §6.4): its day, its type
 * ({@code conversation-types}), how it was held ({@code conversation-contact-forms}) and who took
 * part besides the citizen and the summoning organisation ({@code conversation-participants}). Only
 * held conversations are delivered. Whether the names are listed is checked by {@link FlisCodes}.
 *
 * @param citizen the citizen (personal data: never in a text)
 * @param municipality the municipality's 3-digit code, if known
 * @param date the day it was held
 * @param type the conversation type, if given
 * @param contactForm the contact form, if given
 * @param participants the other participants, possibly none
 */
public record Conversation(
    CprNumber citizen,
    Optional<String> municipality,
    LocalDate date,
    Optional<String> type,
    Optional<String> contactForm,
    List<String> participants) {

  /**
   * Checks the structure.
   *
   * @throws NullPointerException if the citizen or the date is missing
   */
  public Conversation {
    requireNonNull(citizen, "citizen");
    requireNonNull(date, "date");
    municipality = orEmpty(municipality);
    type = orEmpty(type);
    contactForm = orEmpty(contactForm);
    participants = copyOrEmpty(participants);
  }

  /**
   * A conversation of a type on a day.
   *
   * @param citizen the citizen
   * @param date the day
   * @param type the type's name
   * @return the conversation
   */
  public static Conversation of(CprNumber citizen, LocalDate date, String type) {
    return new Conversation(
        citizen, Optional.empty(), date, Optional.of(type), Optional.empty(), List.of());
  }

  /** The conversation without the citizen, who is personal data. */
  @Override
  public String toString() {
    return "Conversation["
        + date
        + type.map(t -> " " + t).orElse("")
        + municipality.map(m -> " municipality " + m).orElse("")
        + "]";
  }
}
