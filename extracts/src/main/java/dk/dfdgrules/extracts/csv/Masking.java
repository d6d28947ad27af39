/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

/**
 * Shortens and masks text from an input file before it goes into a message: every run of six or
 * more digits (a CPR number, or a part of one) and every {@code DDMMYY-SSSS} becomes asterisks, and
 * the text is cut to a length. A date such as {@code 2019-13-01} is left as it is.
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks and shortens a piece of input for a message.
   *
   * @param text the input
   * @param max the longest result before the ellipsis, ≥ 1
   * @return the text with digit runs of six or more and {@code DDMMYY-SSSS} replaced by {@code *},
   *     cut to {@code max} characters plus {@code …}
   */
  public static String mask(String text, int max) {
    String cut = text.length() > max + 16 ? text.substring(0, max + 16) : text;
    StringBuilder out = new StringBuilder(cut.length());
    int i = 0;
    int n = cut.length();
    while (i < n) {
      if (!isAsciiDigit(cut.charAt(i))) {
        out.append(cut.charAt(i++));
        continue;
      }
      int j = i;
      while (j < n && isAsciiDigit(cut.charAt(j))) {
        j++;
      }
      if (j - i == 6 && j < n && cut.charAt(j) == '-' && digits(cut, j + 1, 4)) {
        j += 5; // DDMMYY-SSSS
      }
      if (j - i >= 6) {
        out.append("*".repeat(j - i));
      } else {
        out.append(cut, i, j);
      }
      i = j;
    }
    return out.length() > max ? out.substring(0, max) + "…" : out.toString();
  }

  private static boolean digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
