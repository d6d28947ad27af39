/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.core.validation.ValidEducationContact;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kontaktperson i jobcenteret (uddannelsespålæg) — contact-person type 32: the responsible person
 * or team in the jobcentre for a young person with an education order (DFDG-RN-2021-12-06 §3.3).
 *
 * <p>Every field is optional here because the rules (EC-1, EC-4) report what is missing or
 * malformed; this type only holds what the caller has. Contact details are kept as given.
 *
 * <p>Personal data: every contact detail (name, e-mail, phone, CVR and P number, internal key) is
 * redacted in {@link #toString()}: they are kept as given, so a CPR number typed into one of them
 * would otherwise show.
 *
 * <p>Bean Validation: carries {@link ValidEducationContact} (EC-1 and EC-4), which {@code
 * validator.validate(...)} checks when {@code dfdg-rules} is on the class path (see {@link
 * dk.dfdgrules.core.validation}).
 */
@ValidEducationContact
@Value.Immutable
public abstract class JobcentreContact {

  JobcentreContact() {}

  /**
   * Navn på ansvarlig person/team.
   *
   * @return the name, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 200) String> getName();

  /**
   * E-mail på ansvarlig person/team, as given.
   *
   * @return the e-mail, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 254) String> getEmail();

  /**
   * Telefonnummer på ansvarlig person/team, as given.
   *
   * @return the phone number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 30) String> getPhone();

  /**
   * Typen af kontaktperson: person, team or generic team.
   *
   * @return the kind, if given
   */
  public abstract Optional<ContactKind> getKind();

  /**
   * CVR number, as given (optional for type 32).
   *
   * @return the CVR number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 20) String> getCvr();

  /**
   * P number, as given (optional for type 32).
   *
   * @return the P number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 20) String> getPNumber();

  /**
   * The jobcentre's own internal key (optional).
   *
   * @return the key, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 100) String> getInternalKey();

  /**
   * Starts a contact.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JobcentreContact}. */
  public static final class Builder extends ImmutableJobcentreContact.Builder {
    Builder() {}
  }
}
