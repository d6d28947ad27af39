/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One group of {@link LisJob}'s result: the net expense (LIS-4) of the accepted rows with the same
 * key. A part of the key the job does not group by is empty. {@link #toString()} masks the CPR.
 *
 * @param citizen the CPR number (ten digits), when grouped by citizen; personal data
 * @param benefit the benefit (Ydelse), when grouped by benefit
 * @param week the week's Monday (Uge), when grouped by week
 * @param month the month of the Uge, when grouped by month
 * @param rows the rows summed
 * @param netExpense the net expense, exact, scale 2
 */
public record LisGroup(
    Optional<String> citizen,
    Optional<String> benefit,
    Optional<LocalDate> week,
    Optional<YearMonth> month,
    long rows,
    BigDecimal netExpense) {

  /**
   * The CPR number masked as {@code DDMMYY-****}.
   *
   * @return the masked number, when grouped by citizen
   */
  public Optional<String> maskedCitizen() {
    return citizen.map(LisGroup::mask);
  }

  static String mask(String cpr) {
    return cpr.substring(0, 6) + "-****";
  }

  /** {@return the group with the CPR number masked} */
  @Override
  public String toString() {
    return "LisGroup[citizen="
        + maskedCitizen().orElse("-")
        + ", benefit="
        + benefit.orElse("-")
        + ", week="
        + week.map(LocalDate::toString).orElse("-")
        + ", month="
        + month.map(YearMonth::toString).orElse("-")
        + ", rows="
        + rows
        + ", netExpense="
        + netExpense.toPlainString()
        + "]";
  }
}
