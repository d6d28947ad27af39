/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a derived value is: its path in the answer and the type of its value, e.g. {@code
 * subscription.closedOn} of type {@link java.time.LocalDate}. Rules derive values under keys; a
 * caller reads them back typed ({@link RuleResults#value(DerivedKey)}), never by parsing text.
 *
 * <p>A key whose path holds {@code []} is a <em>template</em> for one value per element, e.g.
 * {@code contactPersons[].period}; {@link #at(Object)} names one element ({@code
 * contactPersons[2].period}, {@code group[2019-W38]}). A template {@linkplain #covers(DerivedKey)
 * covers} each of its elements.
 *
 * <p>Values render as text by {@link #text(Object)}: dates, weeks, periods and numbers in their ISO
 * or plain form, enum constants by name, collections joined with {@code ", "}.
 *
 * @param <T> the type of the value
 */
public final class DerivedKey<T> {

  private static final String SLOT = "[]";

  private final String template;
  private final Class<?> type;
  private final @Nullable Class<?> elementType;
  private final @Nullable String index;
  private final String path;

  private DerivedKey(
      String template, Class<?> type, @Nullable Class<?> elementType, @Nullable String index) {
    this.template = template;
    this.type = type;
    this.elementType = elementType;
    this.index = index;
    this.path = index == null ? template : template.replace(SLOT, "[" + index + "]");
  }

  /**
   * A key of a value of a type.
   *
   * @param path the path, e.g. {@code subscription.closedOn}, or a template with one {@code []}
   * @param type the value's type
   * @param <T> the value's type
   * @return the key
   * @throws IllegalArgumentException if the path is blank or holds more than one {@code []}
   */
  public static <T> DerivedKey<T> of(String path, Class<T> type) {
    return new DerivedKey<>(checkPath(path), requireNonNull(type, "type"), null, null);
  }

  /**
   * A key of a list of values of a type, e.g. the support needs sent to UDB.
   *
   * @param path the path
   * @param elementType the type of each element
   * @param <E> the element type
   * @return the key
   * @throws IllegalArgumentException if the path is blank or holds more than one {@code []}
   */
  public static <E> DerivedKey<List<E>> listOf(String path, Class<E> elementType) {
    return new DerivedKey<>(
        checkPath(path), List.class, requireNonNull(elementType, "elementType"), null);
  }

  private static String checkPath(String path) {
    checkArgument(!path.isBlank(), "a derived value's path must not be blank");
    int slot = path.indexOf(SLOT);
    checkArgument(
        slot < 0 || path.indexOf(SLOT, slot + 1) < 0,
        "a derived value's path holds at most one [], was '%s'",
        path);
    return path;
  }

  /**
   * The key of one element of a template: {@code contactPersons[].period} at 2 is {@code
   * contactPersons[2].period}.
   *
   * @param element the element's index or name (rendered by {@link #text(Object)})
   * @return the element's key
   * @throws IllegalStateException if this key is not a template
   */
  public DerivedKey<T> at(Object element) {
    if (!isTemplate()) {
      throw new IllegalStateException("'" + path + "' is not a template with []");
    }
    return new DerivedKey<>(template, type, elementType, text(requireNonNull(element, "element")));
  }

  /**
   * Tells whether this key is a template (its path holds {@code []} and names no element).
   *
   * @return true for a template
   */
  public boolean isTemplate() {
    return index == null && template.contains(SLOT);
  }

  /**
   * The path, e.g. {@code subscription.closedOn} or {@code contactPersons[2].period}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The template the key belongs to, e.g. {@code contactPersons[].period}; the path itself for a
   * key without elements.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * The element this key names, as text.
   *
   * @return the element, or empty for a key that is not an element of a template
   */
  public Optional<String> element() {
    return Optional.ofNullable(index);
  }

  /**
   * The type of the value ({@link List} for a list key).
   *
   * @return the type
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Tells whether this key is the other, or a template the other is an element of.
   *
   * @param other a key
   * @return true if this key covers it
   */
  public boolean covers(DerivedKey<?> other) {
    if (isTemplate()) {
      return template.equals(other.template) && type == other.type;
    }
    return equals(other);
  }

  /**
   * Checks that a value is of this key's type.
   *
   * @param value a value
   * @return the value, typed
   * @throws IllegalArgumentException if it is of another type (or a list holds another type)
   */
  @SuppressWarnings("unchecked")
  T check(Object value) {
    checkArgument(
        type.isInstance(value),
        "%s holds a %s, not a %s",
        path,
        type.getSimpleName(),
        value.getClass().getSimpleName());
    if (elementType != null) {
      for (Object e : (Collection<?>) value) {
        checkArgument(
            elementType.isInstance(e),
            "%s holds %s elements, not a %s",
            path,
            elementType.getSimpleName(),
            e == null ? "null" : e.getClass().getSimpleName());
      }
    }
    return (T) value;
  }

  /**
   * The text form of a derived value: ISO dates, weeks, quarters and periods; plain numbers; enum
   * constants by name ({@code CONTACT_GROUP_CLOSED}); collections joined with {@code ", "}.
   *
   * @param value a value
   * @return its text
   */
  public static String text(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().map(DerivedKey::text).collect(Collectors.joining(", "));
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DerivedKey<?> k
        && path.equals(k.path)
        && type == k.type
        && Objects.equals(elementType, k.elementType);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
