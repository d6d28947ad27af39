/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.internal.Digits;

/**
 * CVR-nummer — the company number of the Central Business Register: eight digits whose weighted sum
 * (weights 2,7,6,5,4,3,2,1) is divisible by 11.
 *
 * @param value the eight digits
 */
public record CvrNumber(String value) {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /**
   * A CVR number of exactly eight digits; {@link #parse(CharSequence)} also strips blanks.
   *
   * @throws IllegalArgumentException if not eight digits, or the modulus-11 check fails
   */
  public CvrNumber {
    checkArgument(
        Digits.areDigits(value, 8), "CVR number must be 8 digits, was %s", Masking.echo(value));
    checkArgument(
        Digits.hasModulus11(value, WEIGHTS), "CVR number '%s' fails the modulus-11 check", value);
  }

  /**
   * Parses a CVR number.
   *
   * @param text eight digits; surrounding blanks are ignored
   * @return the number
   * @throws IllegalArgumentException if not eight digits, or the modulus-11 check fails
   */
  public static CvrNumber parse(CharSequence text) {
    return new CvrNumber(text.toString().strip());
  }

  /**
   * Tells whether a text is a valid CVR number, without throwing.
   *
   * @param text any text
   * @return true if eight digits with a valid modulus-11 check
   */
  public static boolean isValid(CharSequence text) {
    String s = text.toString().strip();
    return Digits.areDigits(s, 8) && Digits.hasModulus11(s, WEIGHTS);
  }

  /** The eight digits. */
  @Override
  public String toString() {
    return value;
  }
}
