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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link IsoWeek} and {@link YearQuarter} share: a year of 1–9999 and a text form of a year
 * and a number within it ({@code 2019-W38}, {@code 2014-Q1}).
 */
final class YearParts {

  private YearParts() {}

  /**
   * Checks a year.
   *
   * @param year any int
   * @throws IllegalArgumentException if not 1–9999
   */
  static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year must be 1-9999, was %s", Masking.lazy(year));
  }

  /**
   * Reads the two numbers of a text form.
   *
   * @param form a pattern with two groups of digits, the year and the number within it
   * @param text the text; surrounding blanks are ignored
   * @param expected what the text must be like, for the message ({@code "week must be like
   *     2019-W38"})
   * @return the year and the number
   * @throws IllegalArgumentException if the text does not match
   */
  static int[] parse(Pattern form, CharSequence text, String expected) {
    Matcher m = form.matcher(text.toString().trim());
    checkArgument(m.matches(), "%s, was %s", expected, Masking.echo(text));
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }
}
