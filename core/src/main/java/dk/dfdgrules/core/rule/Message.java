/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A message key with named arguments, rendered in Danish or English by {@link Messages}. Texts
 * refer to arguments as {@code {name}}.
 *
 * <p>Arguments are held as text: ids, dates (ISO form), counts, field names — never personal data.
 * A collection argument is joined with {@code ", "}.
 *
 * @param key the key in the message bundles, e.g. {@code SN-1.violated}
 * @param arguments the named arguments
 */
public record Message(String key, Map<String, String> arguments) {

  /**
   * Copies the arguments.
   *
   * @throws IllegalArgumentException if the key is blank
   */
  public Message {
    checkArgument(!key.isBlank(), "message key must not be blank");
    arguments = ImmutableMap.copyOf(arguments);
  }

  /**
   * A message without arguments.
   *
   * @param key the key
   * @return the message
   */
  public static Message of(String key) {
    return new Message(key, ImmutableMap.of());
  }

  /**
   * A message with arguments given as name/value pairs.
   *
   * @param key the key
   * @param namesAndValues name1, value1, name2, value2 …; values are turned into text by {@link
   *     #text(Object)}
   * @return the message
   * @throws IllegalArgumentException if the pairs are uneven or a name is not a String
   */
  public static Message of(String key, Object... namesAndValues) {
    checkArgument(namesAndValues.length % 2 == 0, "arguments must come in name/value pairs");
    ImmutableMap.Builder<String, String> args = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      checkArgument(namesAndValues[i] instanceof String, "argument name must be a String");
      args.put((String) namesAndValues[i], text(namesAndValues[i + 1]));
    }
    return new Message(key, args.buildOrThrow());
  }

  /**
   * The text form of an argument value: ISO dates, collections joined with {@code ", "}, enums by
   * their name in lower case with blanks.
   *
   * @param value a value
   * @return its text
   */
  public static String text(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().map(Message::text).collect(Collectors.joining(", "));
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return String.valueOf(value);
  }
}
