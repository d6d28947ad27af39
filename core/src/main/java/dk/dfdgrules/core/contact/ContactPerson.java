/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kontaktperson — a contact person registered on a citizen: its type (code list {@code
 * contact-person-types}, e.g. 8 Pårørende, 15 Mentor), the period it applies, and optionally its
 * kind (person, team, generic team), the caller's own key, and a name.
 *
 * <p>Personal data: the name and the key (which may be a CPR number) are redacted in {@link
 * #toString()}.
 */
@Value.Immutable
public abstract class ContactPerson {

  ContactPerson() {}

  /**
   * The caller's own key of the registration, to match results to input.
   *
   * @return the key, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 100) String> getKey();

  /**
   * The contact-person type id.
   *
   * @return the type
   */
  public abstract @Positive int getType();

  /**
   * The period: start date and, when set, end date (both included).
   *
   * @return the period
   */
  public abstract DatePeriod getPeriod();

  /**
   * Person, team or generic team.
   *
   * @return the kind, if registered
   */
  public abstract Optional<ContactKind> getKind();

  /**
   * The contact's name. Personal data: redacted in {@code toString}.
   *
   * @return the name, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 200) String> getName();

  /**
   * A contact person of a type for a period.
   *
   * @param type the type id
   * @param period the period
   * @return the contact person
   */
  public static ContactPerson of(int type, DatePeriod period) {
    return builder().type(type).period(period).build();
  }

  /**
   * A copy with another period.
   *
   * @param period the new period
   * @return the changed contact person
   */
  public ContactPerson withPeriod(DatePeriod period) {
    return builder().from(this).period(period).build();
  }

  /**
   * Starts a contact person.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactPerson}. */
  public static final class Builder extends ImmutableContactPerson.Builder {
    Builder() {}
  }
}
