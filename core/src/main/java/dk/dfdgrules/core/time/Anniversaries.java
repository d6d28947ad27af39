/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * "N years (and M months) after a day", with one convention for the whole library: the age at which
 * a citizen closes a subscription (SUB-1), reaches state pension age and has early-pension data
 * deleted (RET-1), booking data deleted (RET-2), and {@link
 * dk.dfdgrules.core.citizen.CprNumber#birthdayOfAge(int)}.
 *
 * <p><em>Interpretation:</em> a day that does not exist N years (and M months) later — 29 February
 * in a year without it, or the 29th–31st in a shorter month — moves to the next day, the 1st of the
 * following month: born 2000-02-29, the 25th birthday is 2025-03-01; a meeting on 2024-02-29 is
 * deleted six years later from 2030-03-01. This agrees with how ages are counted ({@link
 * java.time.Period#between}: on 2025-02-28 the person is still 24), so a person reaches an age on
 * the day the library says. The sources give no rule for 29 February.
 */
public final class Anniversaries {

  private Anniversaries() {}

  /**
   * The day a number of years after a day.
   *
   * @param day the day, e.g. a birth date or a meeting date
   * @param years the years, not negative
   * @return the same day {@code years} later, or the next day when it does not exist then
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static LocalDate yearsAfter(LocalDate day, int years) {
    return after(day, years, 0);
  }

  /**
   * The day a number of years and months after a day.
   *
   * @param day the day
   * @param years the years, not negative
   * @param months the months, 0–11
   * @return the same day of the month that many years and months later, or the next day when it
   *     does not exist then
   * @throws IllegalArgumentException if {@code years} is negative, {@code months} outside 0–11, or
   *     the day would be after {@link LocalDate#MAX}
   */
  public static LocalDate after(LocalDate day, int years, int months) {
    checkArgument(years >= 0, "years must not be negative, was %s", years);
    checkArgument(months >= 0 && months < 12, "months must be 0-11, was %s", months);
    try {
      LocalDate later = day.plusMonths(12L * years + months);
      return later.getDayOfMonth() != day.getDayOfMonth() ? later.plusDays(1) : later;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "the day "
              + years
              + " years and "
              + months
              + " months after "
              + day
              + " is after the last day a date can hold, "
              + LocalDate.MAX);
    }
  }
}
