/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A calendar quarter, such as 2014-Q1 (January to March 2014). DREAM's quarterly variables ({@code
 * visit}, {@code match}) are placed on weeks by the week's Thursday.
 *
 * <p>Text form: {@code 2014-Q1}; {@link #parse(CharSequence)} is the exact inverse of {@link
 * #toString()}.
 *
 * @param year the year, 1–9999
 * @param quarter the quarter of the year, 1–4
 */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * A quarter; the same as {@link #of(int, int)}.
   *
   * @throws IllegalArgumentException if either is out of range
   */
  public YearQuarter {
    YearParts.checkYear(year);
    checkArgument(
        quarter >= 1 && quarter <= 4, "quarter must be 1-4, was %s", Masking.lazy(quarter));
  }

  /**
   * A quarter.
   *
   * @param year the year, 1–9999
   * @param quarter the quarter, 1–4
   * @return the quarter
   * @throws IllegalArgumentException if either is out of range
   */
  public static YearQuarter of(int year, int quarter) {
    return new YearQuarter(year, quarter);
  }

  /**
   * The quarter a day falls in.
   *
   * @param date a day
   * @return its quarter
   */
  public static YearQuarter from(LocalDate date) {
    return new YearQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The quarter a month falls in.
   *
   * @param month a month
   * @return its quarter
   */
  public static YearQuarter from(YearMonth month) {
    return new YearQuarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses the text form of {@link #toString()}.
   *
   * @param text {@code yyyy-Qn}
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static YearQuarter parse(CharSequence text) {
    int[] parts = YearParts.parse(FORM, text, "quarter must be like 2014-Q1");
    return of(parts[0], parts[1]);
  }

  /**
   * The first day of the quarter.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * The last day of the quarter.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  /**
   * Tells whether a day lies in the quarter.
   *
   * @param date a day
   * @return true if inside
   */
  public boolean contains(LocalDate date) {
    return from(date).equals(this);
  }

  /**
   * A quarter some quarters later (earlier when negative).
   *
   * @param quarters the number of quarters to add
   * @return the quarter
   */
  public YearQuarter plusQuarters(long quarters) {
    long index = year * 4L + (quarter - 1) + quarters;
    return of((int) Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(YearQuarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  /** The form {@code 2014-Q1}. */
  @Override
  public String toString() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
