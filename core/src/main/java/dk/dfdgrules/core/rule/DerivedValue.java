/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value a rule derived — a new end date, a close reason, a deletion date — typed, with the value
 * it replaces, the rule (item) that decided and the reason.
 *
 * <p>The value keeps its type ({@code LocalDate}, {@code DatePeriod}, a code, a number, {@code
 * Money} …): read it with {@link #value()} or through its {@link DerivedKey}; {@link #text()}
 * renders it, and JSON writes it in the library's JSON form ({@code "2022-03-09"}, {@code
 * "CONTACT_GROUP_CLOSED"}, {@code true}, {@code [2, 3]}).
 *
 * @param key what the value is: its path and type
 * @param previous the value before, if there was one
 * @param value the derived value, or empty when the derivation removes or leaves out a value
 * @param decidedBy the rule or rule item that decided
 * @param reason why, as a message
 * @param <T> the type of the value
 */
public record DerivedValue<T>(
    DerivedKey<T> key, Optional<T> previous, Optional<T> value, RuleId decidedBy, Message reason) {

  /**
   * Checks the values' types.
   *
   * @throws IllegalArgumentException if a value is not of the key's type
   * @throws IllegalArgumentException if the key is a template (a value names one element)
   */
  public DerivedValue {
    requireNonNull(key, "key");
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(reason, "reason");
    if (key.isTemplate()) {
      throw new IllegalArgumentException(
          "a derived value names one element of '" + key.path() + "': use key.at(element)");
    }
    value.ifPresent(key::check);
    previous.ifPresent(key::check);
  }

  /**
   * A derived value without a previous one.
   *
   * @param key what the value is
   * @param value the value
   * @param decidedBy the deciding rule
   * @param reason why
   * @param <T> the type of the value
   * @return the derived value
   */
  public static <T> DerivedValue<T> of(
      DerivedKey<T> key, T value, RuleId decidedBy, Message reason) {
    return new DerivedValue<>(
        key, Optional.empty(), Optional.of(requireNonNull(value, "value")), decidedBy, reason);
  }

  /**
   * A changed value.
   *
   * @param key what the value is
   * @param previous the value before, or null when there was none
   * @param value the new value, or null when the value is removed
   * @param decidedBy the deciding rule
   * @param reason why
   * @param <T> the type of the value
   * @return the derived value
   */
  public static <T> DerivedValue<T> changed(
      DerivedKey<T> key,
      @Nullable T previous,
      @Nullable T value,
      RuleId decidedBy,
      Message reason) {
    return new DerivedValue<>(
        key, Optional.ofNullable(previous), Optional.ofNullable(value), decidedBy, reason);
  }

  /**
   * The path of the value, e.g. {@code contactPersons[2].period}.
   *
   * @return the path
   */
  public String path() {
    return key.path();
  }

  /**
   * The value as text ({@link DerivedKey#text(Object)}).
   *
   * @return the text, or empty when there is no value
   */
  public Optional<String> text() {
    return value.map(DerivedKey::text);
  }

  /**
   * The previous value as text.
   *
   * @return the text, or empty when there was none
   */
  public Optional<String> previousText() {
    return previous.map(DerivedKey::text);
  }

  /**
   * Tells whether the value differs from the previous one.
   *
   * @return true if changed
   */
  public boolean isChange() {
    return !previous.equals(value);
  }

  @Override
  public String toString() {
    return path()
        + ": "
        + previousText().map(p -> p + " → ").orElse("")
        + text().orElse("–")
        + " ("
        + decidedBy
        + ")";
  }
}
