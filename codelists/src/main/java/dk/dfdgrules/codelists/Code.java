/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.codelists.TextChecks.checkText;
import static dk.dfdgrules.codelists.TextChecks.checkToken;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of a {@link CodeList}: an optional official id, the official Danish name (the display
 * name, exactly as the source publishes it), other accepted spellings (aliases), an optional
 * description, a validity period and list-specific attributes.
 *
 * <p>The validity period is closed: {@link #validFrom()} is the first and {@link #validTo()} the
 * <em>last</em> valid day. A value the source retires "from 2021-12-06" has {@code validTo}
 * 2021-12-05. Either end may be open (empty).
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #of(String, String)}, {@link
 * #builder(String)} or {@link #from(OfficialCode)}. Two codes are equal when all their fields are
 * equal.
 */
public final class Code {

  private final @Nullable String id;
  private final String name;
  private final ImmutableList<String> aliases;
  private final @Nullable String description;
  private final @Nullable LocalDate validFrom;
  private final @Nullable LocalDate validTo;
  private final ImmutableMap<String, String> attributes;

  private Code(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.aliases = ImmutableList.copyOf(b.aliases);
    this.description = b.description;
    this.validFrom = b.validFrom;
    this.validTo = b.validTo;
    this.attributes = ImmutableMap.copyOf(b.attributes);
    checkArgument(
        validFrom == null || validTo == null || !validTo.isBefore(validFrom),
        "validTo %s is before validFrom %s of '%s'",
        validTo,
        validFrom,
        name);
  }

  /**
   * A code with an id and a name, valid without limits, with no aliases, description or attributes.
   *
   * @param id the official id: not blank, no whitespace
   * @param name the official name: not blank, no leading or trailing whitespace
   * @return the code
   * @throws IllegalArgumentException if {@code id} or {@code name} breaks these rules
   */
  public static Code of(String id, String name) {
    return builder(name).id(id).build();
  }

  /**
   * A builder for a code with this official name.
   *
   * @param name the official name: not blank, no leading or trailing whitespace
   * @return a new builder
   * @throws IllegalArgumentException if {@code name} breaks these rules
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The code of an enum value (or any other {@link OfficialCode}): its id, name, aliases,
   * description, validity and attributes; for an enum constant also the attribute {@code
   * "constant"} with the constant's name.
   *
   * @param value any official code
   * @return the code
   * @throws IllegalArgumentException if the value's fields break the rules of {@link Builder}
   */
  public static Code from(OfficialCode value) {
    Builder b = builder(value.officialName());
    value.code().ifPresent(b::id);
    b.aliases(value.aliases());
    value.description().ifPresent(b::description);
    value.validFrom().ifPresent(b::validFrom);
    value.validTo().ifPresent(b::validTo);
    if (value instanceof Enum<?> constant) {
      b.attribute("constant", constant.name());
    }
    value.attributes().forEach(b::attribute);
    return b.build();
  }

  /**
   * The official id, as the source gives it ({@code "111"}, {@code "31"}, {@code "1084"}).
   *
   * @return the id, or empty where the source gives none
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The official Danish name, exactly as the source publishes it: the display name.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Other spellings that {@link CodeList#byName(String)} accepts; never display names.
   *
   * @return the aliases, in source order, possibly empty
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The description, where the source gives one (or this library explains the value).
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The first valid day.
   *
   * @return the date, or empty when valid since before the sources
   */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * The last valid day (inclusive): a value retired from 2021-12-06 has 2021-12-05.
   *
   * @return the date, or empty when still valid
   */
  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(validTo);
  }

  /**
   * List-specific extra columns ({@code kind} and {@code group} for DREAM benefit codes, {@code
   * region} for municipalities …); the list's javadoc in {@link CodeLists} names them.
   *
   * @return the attributes, possibly empty, never with blank keys or values
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * One attribute.
   *
   * @param key any key
   * @return the value, or empty if the code has no such attribute
   */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /**
   * Whether the code is valid on a date: {@code validFrom <= date <= validTo}, open ends unbounded.
   *
   * @param date any date
   * @return true if valid on {@code date}
   */
  public boolean isValidOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Code other
        && Objects.equals(id, other.id)
        && name.equals(other.name)
        && aliases.equals(other.aliases)
        && Objects.equals(description, other.description)
        && Objects.equals(validFrom, other.validFrom)
        && Objects.equals(validTo, other.validTo)
        && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, aliases, description, validFrom, validTo, attributes);
  }

  /**
   * A text for developers, e.g. {@code Code{id=111, name=Dagpenge, Ledighed, attributes={…}}}; its
   * format may change.
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("id", id)
        .add("name", name)
        .add("aliases", aliases.isEmpty() ? null : aliases)
        .add("description", description)
        .add("validFrom", validFrom)
        .add("validTo", validTo)
        .add("attributes", attributes.isEmpty() ? null : attributes)
        .toString();
  }

  /** Builds a {@link Code}; not thread-safe. Every setter checks its argument at once. */
  public static final class Builder {
    private final String name;
    private @Nullable String id;
    private final List<String> aliases = new ArrayList<>();
    private @Nullable String description;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = checkText(name, "name");
    }

    /**
     * Sets the official id.
     *
     * @param id not blank, without whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is blank or contains whitespace
     */
    public Builder id(String id) {
      this.id = checkToken(id, "id");
      return this;
    }

    /**
     * Adds an alias.
     *
     * @param alias not blank, no leading or trailing whitespace, not the name itself
     * @return this builder
     * @throws IllegalArgumentException if {@code alias} breaks these rules or was added before
     */
    public Builder alias(String alias) {
      checkText(alias, "alias");
      checkArgument(!alias.equals(name), "alias '%s' equals the name", alias);
      checkArgument(!aliases.contains(alias), "alias '%s' given twice", alias);
      aliases.add(alias);
      return this;
    }

    /**
     * Adds aliases, in order.
     *
     * @param aliases each as for {@link #alias(String)}
     * @return this builder
     * @throws IllegalArgumentException if an alias breaks the rules of {@link #alias(String)}
     */
    public Builder aliases(Iterable<String> aliases) {
      aliases.forEach(this::alias);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code description} breaks these rules
     */
    public Builder description(String description) {
      this.description = checkText(description, "description");
      return this;
    }

    /**
     * Sets the first valid day.
     *
     * @param validFrom any date
     * @return this builder
     */
    public Builder validFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets the last valid day (inclusive).
     *
     * @param validTo any date; {@link #build()} checks it is not before {@code validFrom}
     * @return this builder
     */
    public Builder validTo(LocalDate validTo) {
      this.validTo = validTo;
      return this;
    }

    /**
     * Sets an attribute.
     *
     * @param key not blank, no whitespace, not set before
     * @param value not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code key} or {@code value} breaks these rules
     */
    public Builder attribute(String key, String value) {
      checkToken(key, "attribute key");
      checkText(value, "attribute " + key);
      checkArgument(!attributes.containsKey(key), "attribute '%s' given twice", key);
      attributes.put(key, value);
      return this;
    }

    /**
     * Builds the code.
     *
     * @return the code
     * @throws IllegalArgumentException if {@code validTo} is before {@code validFrom}
     */
    public Code build() {
      return new Code(this);
    }
  }
}
