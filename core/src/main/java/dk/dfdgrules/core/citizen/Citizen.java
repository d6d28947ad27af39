/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Borger — a citizen, identified by CPR number, with the registrations rules read about them.
 *
 * <p>Personal data: {@link #toString()} shows the CPR number masked ({@code 010190-****}).
 */
@Value.Immutable
public abstract class Citizen {

  Citizen() {}

  /**
   * The CPR number.
   *
   * @return the number
   */
  public abstract CprNumber getCpr();

  /**
   * Bopælskommune — the residence municipality, as its 3-digit code ({@code 101} = København).
   *
   * @return the code, if known
   */
  public abstract Optional<@Pattern(regexp = "\\d{3}") String> getResidenceMunicipality();

  /**
   * The citizen's contact groups (kontaktgrupper) over time.
   *
   * @return the memberships
   */
  public abstract List<@Valid ContactGroupMembership> getContactGroups();

  /**
   * The birth date, read from the CPR number.
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return getCpr().birthDate();
  }

  /**
   * The contact group on a day, if the citizen was in one.
   *
   * @param date a day
   * @return the contact group id, or empty
   */
  public Optional<Integer> contactGroupOn(LocalDate date) {
    return getContactGroups().stream()
        .filter(m -> m.getPeriod().contains(date))
        .map(ContactGroupMembership::getContactGroup)
        .reduce((first, second) -> second);
  }

  /**
   * A citizen with only a CPR number.
   *
   * @param cpr the CPR number
   * @return the citizen
   */
  public static Citizen of(CprNumber cpr) {
    return builder().cpr(cpr).build();
  }

  /**
   * Starts a citizen.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citizen}. */
  public static final class Builder extends ImmutableCitizen.Builder {
    Builder() {}
  }
}
