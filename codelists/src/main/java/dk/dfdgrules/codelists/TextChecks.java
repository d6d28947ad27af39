/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import dk.dfdgrules.codelists.internal.Masking;

/** The checks of the text fields of {@link Code.Builder} and {@link CodeList.Builder}. */
final class TextChecks {

  private TextChecks() {}

  /**
   * Checks a display text: a name, an alias, a title, a description …
   *
   * @param text the text
   * @param what the field, for the message
   * @return {@code text}
   * @throws IllegalArgumentException if it is blank or starts or ends with whitespace
   */
  static String checkText(String text, String what) {
    checkArgument(!CharMatcher.whitespace().matchesAllOf(text), "%s must not be blank", what);
    checkArgument(
        CharMatcher.whitespace().trimFrom(text).equals(text),
        "%s must not start or end with whitespace, was %s",
        what,
        Masking.echo(text));
    return text;
  }

  /**
   * Checks a token: an id or an attribute key.
   *
   * @param token the token
   * @param what the field, for the message
   * @return {@code token}
   * @throws IllegalArgumentException if it is empty or contains whitespace
   */
  static String checkToken(String token, String what) {
    checkArgument(
        !token.isEmpty() && CharMatcher.whitespace().matchesNoneOf(token),
        "%s must be non-empty and without whitespace, was %s",
        what,
        Masking.echo(token));
    return token;
  }
}
