/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.visitation;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A visitation registration as DFDG delivers it: the citizen, the visitation category and the start
 * date and time — no end date (FLIS-DFDG §5.1.2).
 */
@Value.Immutable
public abstract class VisitationRegistration {

  VisitationRegistration() {}

  /**
   * The citizen.
   *
   * @return the CPR number
   */
  @Value.Parameter
  public abstract CprNumber getCitizen();

  /**
   * When the registration starts.
   *
   * @return the start date and time
   */
  @Value.Parameter
  public abstract LocalDateTime getStart();

  /**
   * The visitation category.
   *
   * @return the category
   */
  @Value.Parameter
  public abstract VisitationCategory getCategory();

  /**
   * Checks that the start lies in the years an ISO week can have, 1–9999, so that every
   * registration has its week and a course's weeks can be counted.
   *
   * @throws IllegalArgumentException if the start is outside the years 1–9999
   */
  @Value.Check
  void check() {
    int year = getStart().getYear();
    checkArgument(
        year >= 1 && year <= 9999, "start must be in the years 1-9999, was %s", getStart());
  }

  /**
   * A registration.
   *
   * @param citizen the citizen
   * @param start the start date and time
   * @param category the category
   * @return the registration
   * @throws IllegalArgumentException if the start is outside the years 1–9999
   */
  public static VisitationRegistration of(
      CprNumber citizen, LocalDateTime start, VisitationCategory category) {
    return ImmutableVisitationRegistration.of(citizen, start, category);
  }
}
