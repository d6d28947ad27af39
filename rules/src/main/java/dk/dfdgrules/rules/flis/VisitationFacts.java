/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the visitation-course rules VIS-1 … VIS-4: DFDG's visitation registrations of one or
 * more citizens, in any order, and the month of the load they are unrolled for.
 *
 * <p>In JSON: {@code {"registrations": [{"citizen": "0101901234", "start": "2019-01-07T09:00",
 * "category": "Jobparat"}, …], "loadMonth": "2019-11"}}.
 *
 * @param registrations the registrations; a registration's number in the results ({@code
 *     registrations[n]}) is its place in this list, from 1
 * @param loadMonth the month of the load (indlæsning), needed by VIS-4 only
 */
public record VisitationFacts(
    List<VisitationRegistration> registrations, Optional<YearMonth> loadMonth) {

  /**
   * Treats missing parts as absent and checks the load month.
   *
   * @throws IllegalArgumentException if the load month is outside the years 1–9999, those an ISO
   *     week can have
   */
  public VisitationFacts {
    registrations = copyOrEmpty(registrations);
    loadMonth = orEmpty(loadMonth);
    loadMonth.ifPresent(
        m ->
            checkArgument(
                m.getYear() >= 1 && m.getYear() <= 9999,
                "loadMonth must be in the years 1-9999, was %s",
                m));
  }

  /**
   * Facts for a load month.
   *
   * @param registrations the registrations
   * @param loadMonth the load month
   * @return the facts
   */
  public static VisitationFacts of(
      List<VisitationRegistration> registrations, YearMonth loadMonth) {
    return new VisitationFacts(registrations, Optional.of(loadMonth));
  }
}
