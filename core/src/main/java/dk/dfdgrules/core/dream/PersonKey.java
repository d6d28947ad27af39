/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.dream;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.citizen.CprNumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The key of a person in a DREAM extract: a CPR number (STAR's own file) or an anonymous running
 * number such as {@code lobenr} (research extracts).
 *
 * <p>Personal data: a key that is a CPR number prints masked ({@code 010190-****}); a running
 * number prints as {@code #} and its value.
 */
public final class PersonKey {

  private final String value;

  /** The key as a CPR number, or null for a running number. */
  private final @Nullable CprNumber cpr;

  private PersonKey(String value, @Nullable CprNumber cpr) {
    this.value = value;
    this.cpr = cpr;
  }

  /**
   * A key: a structurally valid CPR number (10 digits, optional hyphen) is a CPR key, anything else
   * a running number.
   *
   * @param value the key as written in the file; not blank, at most 64 characters
   * @return the key
   * @throws IllegalArgumentException if blank or too long
   */
  public static PersonKey of(String value) {
    String s = value.strip();
    checkArgument(!s.isEmpty(), "person key must not be blank");
    checkArgument(s.length() <= 64, "person key must be at most 64 characters, had %s", s.length());
    if (CprNumber.isValid(s)) {
      CprNumber cpr = CprNumber.parse(s);
      return new PersonKey(cpr.unmaskedValue(), cpr);
    }
    return new PersonKey(s, null);
  }

  /**
   * A running-number key, never read as a CPR number.
   *
   * @param value the running number
   * @return the key
   */
  public static PersonKey runningNumber(String value) {
    String s = value.strip();
    checkArgument(!s.isEmpty(), "person key must not be blank");
    return new PersonKey(s, null);
  }

  /**
   * Tells whether the key is a CPR number.
   *
   * @return true for a CPR key
   */
  public boolean isCpr() {
    return cpr != null;
  }

  /**
   * The key as a CPR number.
   *
   * @return the CPR number, or empty for a running number
   */
  public Optional<CprNumber> cprNumber() {
    return Optional.ofNullable(cpr);
  }

  /**
   * The key unmasked. <b>Personal data</b> when a CPR number.
   *
   * @return the key
   */
  public String unmaskedValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonKey k && value.equals(k.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * A CPR key masked ({@code 010190-****}); a running number as {@code #123}, masked as the library
   * masks input in messages (six digits or more become {@code *}), since a running number may be a
   * CPR number in a form that was not recognised ({@code 0101901234x}).
   */
  @Override
  public String toString() {
    return cpr != null ? cpr.masked() : "#" + Masking.mask(value, 64);
  }
}
