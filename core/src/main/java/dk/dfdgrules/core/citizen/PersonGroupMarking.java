/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Persongruppemarkering — a marking of a citizen as part of a person group. Markings of type 5 are
 * usable only by specific jobcentres/a-kasser (DFDG-RN-2021-12-06 §1.2).
 */
@Value.Immutable
public abstract class PersonGroupMarking {

  PersonGroupMarking() {}

  /**
   * The marking type, e.g. 5.
   *
   * @return the type
   */
  public abstract @Positive int getType();

  /**
   * The municipalities (3-digit codes) the marking covers; empty when it covers all.
   *
   * @return the codes
   */
  public abstract Set<@Pattern(regexp = "\\d{3}") String> getCoveredMunicipalities();

  /**
   * The municipality whose jobcentre created the marking, if known.
   *
   * @return its 3-digit code
   */
  public abstract Optional<@Pattern(regexp = "\\d{3}") String> getCreatedByMunicipality();

  /**
   * When the marking applies.
   *
   * @return the period
   */
  public abstract DatePeriod getPeriod();

  /**
   * Tells whether the marking covers a municipality.
   *
   * @param municipality a 3-digit code
   * @return true if covered
   */
  public boolean covers(String municipality) {
    return getCoveredMunicipalities().isEmpty()
        || getCoveredMunicipalities().contains(municipality);
  }

  /**
   * Starts a marking.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonGroupMarking}. */
  public static final class Builder extends ImmutablePersonGroupMarking.Builder {
    Builder() {}
  }
}
