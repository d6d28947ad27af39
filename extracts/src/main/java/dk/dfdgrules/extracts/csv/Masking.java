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
 * more digits (a CPR number, with or without its hyphen, or a part of one) becomes asterisks, and
 * the text is cut to a length.
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks and shortens a piece of input for a message.
   *
   * @param text the input
   * @param max the longest result before the ellipsis, ≥ 1
   * @return the text with digit runs of six or more (a hyphen between digits counts as a digit)
   *     replaced by {@code *}, cut to {@code max} characters plus {@code …}
   */
  public static String mask(String text, int max) {
    String cut = text.length() > max + 16 ? text.substring(0, max + 16) : text;
    StringBuilder out = new StringBuilder(cut.length());
    int i = 0;
    int n = cut.length();
    while (i < n) {
      char c = cut.charAt(i);
      if (isAsciiDigit(c)) {
        int j = i;
        int digits = 0;
        while (j < n
            && (isAsciiDigit(cut.charAt(j))
                || (cut.charAt(j) == '-' && j + 1 < n && isAsciiDigit(cut.charAt(j + 1))))) {
          if (isAsciiDigit(cut.charAt(j))) {
            digits++;
          }
          j++;
        }
        if (digits >= 6) {
          out.append("*".repeat(j - i));
        } else {
          out.append(cut, i, j);
        }
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.length() > max ? out.substring(0, max) + "…" : out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
