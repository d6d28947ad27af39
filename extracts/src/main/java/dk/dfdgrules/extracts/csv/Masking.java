/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

/**
 * Shortens and masks text from an input file before it goes into a message, by the library's one
 * policy: every digit group of six or more digits (a CPR number or a part of one, also written
 * {@code DDMMYY-SSSS} or with dots or spaces between the digits) becomes asterisks, and the text is
 * cut to a length. An ISO date such as {@code 2019-13-01} is left as it is.
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks and shortens a piece of input for a message.
   *
   * @param text the input
   * @param max the longest result before the ellipsis, ≥ 1
   * @return the text with digit groups of six or more digits replaced by {@code *}, cut to {@code
   *     max} characters plus {@code …}
   */
  public static String mask(String text, int max) {
    return dk.dfdgrules.codelists.internal.Masking.mask(text, max);
  }
}
