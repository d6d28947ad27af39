/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

/**
 * Why a value of a LIS raw-data row (YR's rådata) is malformed: the reason a reader gives for a bad
 * row, without the value itself.
 */
public enum LisProblem {
  /** LIS-1: {@code Uge} is not a date ({@code yyyy-MM-dd}) or date-time ({@code …Thh:mm:ss}). */
  WEEK_NOT_A_DATE("is not a date (yyyy-MM-dd) or date-time (yyyy-MM-ddThh:mm:ss)"),
  /** LIS-1: {@code Uge} is a date but not a Monday. */
  WEEK_NOT_A_MONDAY("is not a Monday (Uge is the Monday of the week the calculation covers)"),
  /** LIS-2: the amount is empty. */
  AMOUNT_EMPTY("is empty"),
  /** LIS-2: the amount is longer than {@link LisValues#MAX_AMOUNT_LENGTH} characters. */
  AMOUNT_TOO_LONG("is longer than " + LisValues.MAX_AMOUNT_LENGTH + " characters"),
  /** LIS-2: a character other than ASCII digits, {@code .}, {@code ,}, a leading minus, kr. */
  AMOUNT_CHARACTER(
      "has a character that is not an ASCII digit, '.', ',', a leading '-' or a closing 'kr.'"),
  /** LIS-2: no digit before the decimal comma. */
  AMOUNT_NO_DIGITS("has no digits before the decimal comma"),
  /** LIS-2: {@code .} (the thousands separator) not between groups of three digits. */
  AMOUNT_GROUPING("has a '.' that does not separate groups of three digits (1.740,96)"),
  /** LIS-2: a comma without one or two decimals after it, or more than two decimals. */
  AMOUNT_DECIMALS("must have one or two decimals after the comma (øre)"),
  /** LIS-2: more than {@link LisValues#MAX_AMOUNT_DIGITS} digits before the comma. */
  AMOUNT_TOO_LARGE("has more than " + LisValues.MAX_AMOUNT_DIGITS + " digits before the comma");

  private final String reason;

  LisProblem(String reason) {
    this.reason = reason;
  }

  /**
   * The reason in English, to follow the column's name ({@code Uge is not a Monday …}).
   *
   * @return the reason, without the value
   */
  public String reason() {
    return reason;
  }

  /**
   * The message key of the problem in the {@code lis} bundle ({@code LIS-1.WEEK_NOT_A_MONDAY}).
   *
   * @return the key
   */
  public String key() {
    return (name().startsWith("WEEK") ? "LIS-1." : "LIS-2.") + name();
  }
}
