/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.internal.Masking;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The written form of code-list enums in data files (JSON, YAML): how an {@link OfficialCode} enum
 * constant is read from what a caseworker writes and how it is written.
 *
 * <p>Reading accepts, in this order: the official id or code ({@code 2} or {@code "2"} for {@link
 * Step#STEP_2} — never the enum's position), the constant name ({@code STEP_2}, case-insensitive)
 * and the official Danish name ({@code "Valg af uddannelsessteder"}, case-insensitive). Writing
 * gives the official id: a number for a {@link NumberedCode}, the code as text for a code with a
 * textual code ({@link CloseReason}), the constant name for a value without a code.
 *
 * <p>Every code-list enum delegates its {@code from(Object)} and {@code externalForm()} here, so
 * the form is the same for every list and every reader. The lookup table of each enum is built
 * once.
 */
public final class OfficialCodes {

  /** At most this many characters of a rejected value are echoed in an error message. */
  static final int ECHOED = 20;

  private static final ClassValue<Map<String, Enum<?>>> LOOKUP =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          return lookup(type);
        }
      };

  private OfficialCodes() {}

  /**
   * The constant of {@code type} that a data file names.
   *
   * @param type the enum
   * @param value an integral number or a text: the official id or code, the constant name or the
   *     official Danish name
   * @param <E> the enum
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant of {@code type}; the
   *     message names the enum and the accepted forms, and echoes at most 20 characters of the
   *     value
   */
  public static <E extends Enum<E> & OfficialCode> E parse(Class<E> type, @Nullable Object value) {
    requireNonNull(type, "type");
    String text = textOf(value);
    Enum<?> found = text == null ? null : LOOKUP.get(type).get(key(text));
    if (found == null) {
      throw new IllegalArgumentException(rejection(type, value));
    }
    return type.cast(found);
  }

  /**
   * The form in which data files write {@code code}: the official id as a number for a {@link
   * NumberedCode}, the official code as text when there is one, else the constant name.
   *
   * @param code an enum constant
   * @return an {@link Integer} or a {@link String}
   */
  public static Object externalForm(OfficialCode code) {
    requireNonNull(code, "code");
    if (code instanceof NumberedCode numbered) {
      return numbered.id();
    }
    return code.code().orElseGet(() -> ((Enum<?>) code).name());
  }

  private static @Nullable String textOf(@Nullable Object value) {
    if (value instanceof CharSequence text) {
      return text.toString().strip();
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    return null;
  }

  private static Map<String, Enum<?>> lookup(Class<?> type) {
    Map<String, Enum<?>> byKey = new HashMap<>();
    Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
    for (Enum<?> e : constants) {
      ((OfficialCode) e).code().ifPresent(code -> byKey.putIfAbsent(key(code), e));
    }
    for (Enum<?> e : constants) {
      byKey.putIfAbsent(key(e.name()), e);
    }
    for (Enum<?> e : constants) {
      byKey.putIfAbsent(key(((OfficialCode) e).officialName()), e);
    }
    return ImmutableMap.copyOf(byKey);
  }

  private static String key(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static String rejection(Class<?> type, @Nullable Object value) {
    OfficialCode[] constants = (OfficialCode[]) type.getEnumConstants();
    boolean coded = Arrays.stream(constants).anyMatch(c -> c.code().isPresent());
    String ids =
        Arrays.stream(constants)
            .map(c -> c.code().orElse(null))
            .filter(c -> c != null)
            .collect(Collectors.joining(", "));
    return echo(value)
        + " is not a "
        + type.getSimpleName()
        + ": give its "
        + (coded ? "official id (" + cap(ids, 60) + "), its " : "")
        + "constant name or its official Danish name";
  }

  private static String echo(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof CharSequence ? "\"" + value + "\"" : value.toString();
    return Masking.mask(text, ECHOED);
  }

  private static String cap(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
