/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.absence;

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * Fravær — a registration of an absence type (code list {@code absence-types}: 25 Seniorjob, 71
 * Arbejdsfordeling op til 6 uger …) for a period, open-ended while ongoing.
 */
@Value.Immutable
public abstract class AbsenceRegistration {

  AbsenceRegistration() {}

  /**
   * The absence type id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract @Positive int getAbsenceType();

  /**
   * The period.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DatePeriod getPeriod();

  /**
   * The registration as {@code AbsenceRegistration{absenceType=25, period=2015-01-01/2016-06-30}};
   * an absence type of six digits or more (a CPR number in the wrong field) is masked.
   */
  @Override
  public String toString() {
    return "AbsenceRegistration{absenceType="
        + Masking.mask(Integer.toString(getAbsenceType()))
        + ", period="
        + getPeriod()
        + "}";
  }

  /**
   * A registration.
   *
   * @param absenceType the absence type id
   * @param period the period
   * @return the registration
   */
  public static AbsenceRegistration of(int absenceType, DatePeriod period) {
    return ImmutableAbsenceRegistration.of(absenceType, period);
  }
}
