/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal;

/**
 * The digit checks of the numbers of the register identifiers (CPR, CVR, P): not part of the API.
 */
public final class Digits {

  private Digits() {}

  /**
   * Tells whether a text is exactly so many ASCII digits.
   *
   * @param text any text
   * @param count the number of digits
   * @return true if {@code text} is {@code count} digits 0–9
   */
  public static boolean areDigits(CharSequence text, int count) {
    return text.length() == count && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Tells whether digits pass a modulus-11 check: the sum of each digit times its weight is
   * divisible by 11.
   *
   * @param digits ASCII digits, at least as many as there are weights
   * @param weights one weight per digit, from the first
   * @return true if the weighted sum is divisible by 11
   */
  public static boolean hasModulus11(CharSequence digits, int... weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 11 == 0;
  }
}
