/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.internal.Digits;
import java.util.regex.Pattern;

/**
 * A Danish telephone number: eight digits, optionally preceded by {@code +45} or {@code 0045};
 * spaces are allowed anywhere between digits. Stored as the eight national digits.
 *
 * <p>Not in the sources: this structure is the library's own (spec EC-4).
 *
 * @param nationalDigits the eight national digits
 */
public record PhoneNumber(String nationalDigits) {

  private static final Pattern FORM = Pattern.compile("(?:\\+45|0045)?\\d{8}");

  /**
   * A number of exactly eight national digits; {@link #parse(CharSequence)} also reads the other
   * forms.
   *
   * @throws IllegalArgumentException if not eight digits
   */
  public PhoneNumber {
    checkArgument(
        Digits.areDigits(nationalDigits, 8),
        "phone number must be 8 digits; had %s characters",
        nationalDigits.length());
  }

  /**
   * Parses a Danish phone number.
   *
   * @param text e.g. {@code 12345678}, {@code +45 12 34 56 78}, {@code 0045 1234 5678}
   * @return the number
   * @throws IllegalArgumentException if not of that form
   */
  public static PhoneNumber parse(CharSequence text) {
    String compact = text.toString().replace(" ", "");
    checkArgument(
        FORM.matcher(compact).matches(),
        "phone number must be 8 digits, optionally after +45 or 0045; had %s characters",
        text.length());
    return new PhoneNumber(compact.substring(compact.length() - 8));
  }

  /**
   * Tells whether a text is a Danish phone number, without throwing.
   *
   * @param text any text
   * @return true if {@link #parse(CharSequence)} accepts it
   */
  public static boolean isValid(CharSequence text) {
    return FORM.matcher(text.toString().replace(" ", "")).matches();
  }

  /** The form {@code +45 12345678}. */
  @Override
  public String toString() {
    return "+45 " + nationalDigits;
  }
}
