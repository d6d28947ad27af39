/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.Optional;

/**
 * One row of the Ydelsesaktivitet data (FLIS-DFDG §7.2): a citizen (borger) in a week, with the
 * residence municipality (kommune), the benefit from YR (ydelse), the visitation category
 * (visitationskategori) and, when the citizen is activated that week, the activation (aktivering)
 * and its activation course (aktiveringsforløb). A citizen with two activations in a week has two
 * rows. The benchmark model (SUP-1, SUP-2) counts distinct citizens over such rows.
 *
 * <p>{@link #toString()} shows the CPR number masked ({@code 010190-****}).
 *
 * @param citizen the citizen
 * @param municipality the municipality code, 3 digits (e.g. 101)
 * @param week the ISO week
 * @param yrBenefit the benefit in YR that week, e.g. "Kontanthjælp"; empty when the citizen is not
 *     in YR that week (WIN-3: "Uden ydelse i YR"); never blank
 * @param visitationCategory the visitation category that week, empty when none
 * @param activationType the activation's type (e.g. "Virksomhedspraktik"), empty when the citizen
 *     is not activated that week; never blank
 * @param activationCourse the activation course's id, empty when none; only with an activation
 */
public record CitizenWeek(
    CprNumber citizen,
    int municipality,
    IsoWeek week,
    Optional<String> yrBenefit,
    Optional<VisitationCategory> visitationCategory,
    Optional<String> activationType,
    Optional<String> activationCourse) {

  /**
   * Checks the structure.
   *
   * @throws IllegalArgumentException if the municipality is not 1–999, a text is blank, or a course
   *     is given without an activation
   */
  public CitizenWeek {
    requireNonNull(citizen, "citizen");
    requireNonNull(week, "week");
    requireNonNull(yrBenefit, "yrBenefit");
    requireNonNull(visitationCategory, "visitationCategory");
    requireNonNull(activationType, "activationType");
    requireNonNull(activationCourse, "activationCourse");
    checkArgument(
        municipality >= 1 && municipality <= 999,
        "municipality must be a 3-digit code, was %s",
        Masking.lazy(municipality));
    checkArgument(notBlank(yrBenefit), "yrBenefit must not be blank; give empty for none");
    checkArgument(notBlank(activationType), "activationType must not be blank");
    checkArgument(notBlank(activationCourse), "activationCourse must not be blank");
    checkArgument(
        activationCourse.isEmpty() || activationType.isPresent(),
        "an activation course needs its activation type");
  }

  private static boolean notBlank(Optional<String> s) {
    return s.isEmpty() || !s.get().isBlank();
  }

  /**
   * Tells whether the citizen is activated this week.
   *
   * @return true when an activation is given
   */
  public boolean isActivated() {
    return activationType.isPresent();
  }

  /**
   * Tells whether the citizen receives a benefit in YR this week.
   *
   * @return true when a YR benefit is given
   */
  public boolean isBenefitReceiver() {
    return yrBenefit.isPresent();
  }
}
