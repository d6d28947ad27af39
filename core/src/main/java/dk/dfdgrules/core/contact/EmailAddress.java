/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.contact;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked for syntax only: a local part, {@code @}, and a domain of at least two
 * dot-separated labels; no blanks; at most 254 characters. Whether the mailbox exists is not
 * checked.
 *
 * <p>Not in the sources: this check is the library's own (spec EC-4). An e-mail address can name a
 * person, so {@link #toString()} masks the local part.
 */
public final class EmailAddress {

  private static final Pattern FORM =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~æøåÆØÅ-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~æøåÆØÅ-]+)*"
              + "@(?:[A-Za-z0-9æøåÆØÅ](?:[A-Za-z0-9æøåÆØÅ-]*[A-Za-z0-9æøåÆØÅ])?\\.)+"
              + "[A-Za-z]{2,63}");

  private final String address;

  private EmailAddress(String address) {
    this.address = address;
  }

  /**
   * Parses an e-mail address.
   *
   * @param text the address; surrounding blanks are ignored
   * @return the address
   * @throws IllegalArgumentException if it is not syntactically an e-mail address
   */
  public static EmailAddress parse(CharSequence text) {
    String s = text.toString().strip();
    checkArgument(
        isValid(s), "not a syntactically valid e-mail address (%s characters)", s.length());
    return new EmailAddress(s);
  }

  /**
   * Tells whether a text is syntactically an e-mail address, without throwing.
   *
   * @param text any text
   * @return true if valid
   */
  public static boolean isValid(CharSequence text) {
    String s = text.toString().strip();
    return s.length() <= 254 && FORM.matcher(s).matches();
  }

  /**
   * The full address. It may name a person: do not log it.
   *
   * @return the address
   */
  public String value() {
    return address;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress e && address.equalsIgnoreCase(e.address);
  }

  @Override
  public int hashCode() {
    return address.toLowerCase(java.util.Locale.ROOT).hashCode();
  }

  /** The masked form: {@code ****@domain.dk}, a domain's long numbers masked too. */
  @Override
  public String toString() {
    return "****" + Masking.mask(address.substring(address.indexOf('@')), 254);
  }
}
