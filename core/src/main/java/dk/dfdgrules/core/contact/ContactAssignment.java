/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.validation.ValidEducationContact;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assignment of an education-order contact (type 31 or 32) to a citizen: citizen, role, period
 * and whether it is shown on Jobnet (DFDG-RN-2021-12-06 §3.3, spec EC-2).
 *
 * <p>Every field is optional here because EC-2 reports what is missing.
 *
 * <p>Bean Validation: carries {@link ValidEducationContact} (EC-2), which {@code
 * validator.validate(...)} checks when {@code dfdg-rules} is on the class path (see {@link
 * dk.dfdgrules.core.validation}).
 */
@ValidEducationContact
@Value.Immutable
public abstract class ContactAssignment {

  ContactAssignment() {}

  /**
   * The citizen.
   *
   * @return the CPR number, if given
   */
  public abstract Optional<CprNumber> getCitizen();

  /**
   * The role: the contact-person type (31 or 32).
   *
   * @return the type id, if given
   */
  public abstract Optional<@Positive Integer> getRole();

  /**
   * The period of the assignment.
   *
   * @return the period, if given
   */
  public abstract Optional<DatePeriod> getPeriod();

  /**
   * Whether the contact is shown to the citizen on Jobnet ('vises på Jobnet').
   *
   * @return the flag, if given
   */
  public abstract Optional<Boolean> getShownOnJobnet();

  /**
   * Starts an assignment.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactAssignment}. */
  public static final class Builder extends ImmutableContactAssignment.Builder {
    Builder() {}
  }
}
