/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.citizen.CprNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Early-pension (tidlig pension) and compensation data held for a citizen (RET-1): whose — by birth
 * date, given directly or read from the CPR number — and the citizen's state pension age.
 *
 * <p>Personal data: {@link #toString()} shows the CPR number masked.
 *
 * @param birthDate the birth date, if given directly; from {@link RetentionRules#FIRST_DAY} to
 *     {@link RetentionRules#LAST_DAY}
 * @param cpr the CPR number, if the birth date is to be read from it
 * @param statePensionAge the citizen's state pension age (folkepensionsalder)
 */
public record EarlyPensionData(
    Optional<LocalDate> birthDate,
    Optional<CprNumber> cpr,
    Optional<StatePensionAge> statePensionAge) {

  /**
   * Treats missing parts as absent; checks that a birth date and a CPR number agree.
   *
   * @throws IllegalArgumentException if both are given and the CPR number has another birth date,
   *     or the birth date lies outside 0001-01-01 … 9999-12-31
   */
  public EarlyPensionData {
    birthDate = orEmpty(birthDate);
    cpr = orEmpty(cpr);
    statePensionAge = orEmpty(statePensionAge);
    birthDate.ifPresent(d -> RetentionRules.checkDay(d, "birthDate"));
    if (birthDate.isPresent() && cpr.isPresent()) {
      checkArgument(
          cpr.get().birthDate().equals(birthDate.get()),
          "birthDate and cpr give different birth dates");
    }
  }

  /**
   * Data of a citizen born on a date.
   *
   * @param birthDate the birth date
   * @param age the state pension age
   * @return the data
   * @throws IllegalArgumentException if the birth date lies outside 0001-01-01 … 9999-12-31
   */
  public static EarlyPensionData of(LocalDate birthDate, StatePensionAge age) {
    return new EarlyPensionData(Optional.of(birthDate), Optional.empty(), Optional.of(age));
  }

  /**
   * The citizen's birth date: given, or read from the CPR number.
   *
   * @return the birth date, if known
   */
  public Optional<LocalDate> knownBirthDate() {
    return birthDate.or(() -> cpr.map(CprNumber::birthDate));
  }
}
