/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import dk.dfdgrules.core.validation.ValidEducationContact;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kontaktperson på uddannelsesstedet (uddannelsespålæg) — contact-person type 31: the responsible
 * person or team at the education institution, registered in UDB and fetched by DFDG
 * (DFDG-RN-2021-12-06 §3.3).
 *
 * <p>Every field is optional here because the rules (EC-3, EC-4) report what is missing or
 * malformed. Personal data: every contact detail (name, e-mail, phone, CVR and P number) is
 * redacted in {@link #toString()}.
 *
 * <p>Bean Validation: carries {@link ValidEducationContact} (EC-3 and EC-4), which {@code
 * validator.validate(...)} checks when {@code dfdg-rules} is on the class path (see {@link
 * dk.dfdgrules.core.validation}).
 */
@ValidEducationContact
@Value.Immutable
public abstract class EducationInstitutionContact {

  EducationInstitutionContact() {}

  /**
   * Navn på ansvarlig person/team.
   *
   * @return the name, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 200) String> getName();

  /**
   * E-mail, as given.
   *
   * @return the e-mail, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 254) String> getEmail();

  /**
   * Telefonnummer, as given.
   *
   * @return the phone number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 30) String> getPhone();

  /**
   * CVR number of the institution, as given.
   *
   * @return the CVR number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 20) String> getCvr();

  /**
   * P number of the institution's unit, as given.
   *
   * @return the P number, if given
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 20) String> getPNumber();

  /**
   * Starts a contact.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EducationInstitutionContact}. */
  public static final class Builder extends ImmutableEducationInstitutionContact.Builder {
    Builder() {}
  }
}
