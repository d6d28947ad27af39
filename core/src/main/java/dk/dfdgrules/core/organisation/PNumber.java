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
 * P-nummer — the production-unit number of the Central Business Register: ten digits.
 *
 * @param value the ten digits
 */
public record PNumber(String value) {

  /**
   * A P number of exactly ten digits; {@link #parse(CharSequence)} also strips blanks.
   *
   * @throws IllegalArgumentException if not ten digits
   */
  public PNumber {
    checkArgument(
        Digits.areDigits(value, 10), "P number must be 10 digits, was %s", Masking.echo(value));
  }

  /**
   * Parses a P number.
   *
   * @param text ten digits; surrounding blanks are ignored
   * @return the number
   * @throws IllegalArgumentException if not ten digits
   */
  public static PNumber parse(CharSequence text) {
    return new PNumber(text.toString().strip());
  }

  /**
   * Tells whether a text is a P number, without throwing.
   *
   * @param text any text
   * @return true if ten digits
   */
  public static boolean isValid(CharSequence text) {
    return Digits.areDigits(text.toString().strip(), 10);
  }

  /** The ten digits. */
  @Override
  public String toString() {
    return value;
  }
}
