/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static dk.dfdgrules.codelists.TextChecks.checkText;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import dk.dfdgrules.codelists.internal.Masking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One official code list: its metadata (key, Danish and English title, source citation, version,
 * whether the sources give only part of it) and its {@link Code values}, with lookup by id, by name
 * and by date.
 *
 * <p>Every list of the library is in {@link CodeLists}; {@link #builder(String)} builds others (a
 * caller's own table, a newer release). Instances are immutable and thread-safe.
 *
 * <h2>Lookup by name</h2>
 *
 * {@link #byName(String)} tries, in order:
 *
 * <ol>
 *   <li>an exact match on the official name;
 *   <li>a match of the <em>strict key</em> against the names and aliases of all codes: trim,
 *       collapse whitespace, lower-case ({@link java.util.Locale#ROOT}), æ → "ae", ø → "oe", å →
 *       "aa", the dashes ‐ ‑ ‒ – — → "-", then NFD with combining marks stripped (é → e). So
 *       "københavn", "KØBENHAVN", "Sjaellands region" and "aabenraa" find København, Sjællands
 *       region and Aabenraa (and "Åbenrå" finds Aabenraa). A list never has two codes with the same
 *       strict key (the builder refuses it), so this step is unambiguous;
 *   <li>a match of the <em>loose key</em>: the strict key with "aa" → "a", "oe" → "o", "ae" → "a",
 *       so the forms that write å and æ as "a" and ø as "o" match ("Kobenhavn", "Tarnby"). If this
 *       matches more than one code, the answer is empty.
 * </ol>
 *
 * <h2>Status of an id on a date</h2>
 *
 * {@link #statusOf(String, LocalDate)} tells a valid value from one not yet valid, a retired one
 * (known, no longer valid), an id a partial list accepts without knowing its name, and an unknown
 * id.
 */
public final class CodeList {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]{0,8}");

  private final String key;
  private final String title;
  private final String englishTitle;
  private final String source;
  private final @Nullable String version;
  private final @Nullable String note;
  private final boolean partial;
  private final boolean acceptsOtherIds;
  private final ImmutableList<Code> codes;
  private final ImmutableMap<String, Code> byId;
  private final ImmutableMap<String, Code> byExactName;
  private final ImmutableMap<String, Code> byStrictKey;
  private final ImmutableSetMultimap<String, Code> byLooseKey;

  private CodeList(Builder b) {
    this.key = b.key;
    this.title = checkSet(b.title, "title", b.key);
    this.englishTitle = checkSet(b.englishTitle, "englishTitle", b.key);
    this.source = checkSet(b.source, "source", b.key);
    this.version = b.version;
    this.note = b.note;
    this.partial = b.partial;
    this.acceptsOtherIds = b.acceptsOtherIds;
    checkState(!acceptsOtherIds || partial, "list %s accepts other ids but is not partial", key);
    this.codes = ImmutableList.copyOf(b.codes);
    this.byId = ImmutableMap.copyOf(b.byId);
    this.byExactName = ImmutableMap.copyOf(b.byName);
    this.byStrictKey = ImmutableMap.copyOf(b.byStrictKey);
    ImmutableSetMultimap.Builder<String, Code> loose = ImmutableSetMultimap.builder();
    for (Code code : codes) {
      for (String name : namesOf(code)) {
        loose.put(NameKeys.loose(name), code);
      }
    }
    this.byLooseKey = loose.build();
  }

  /**
   * A builder for a list with this key.
   *
   * @param key kebab-case: lower-case letters and digits in words joined by single hyphens ({@code
   *     dream-benefit-codes})
   * @return a new builder
   * @throws IllegalArgumentException if {@code key} is not kebab-case
   */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /**
   * The list's key, kebab-case, e.g. {@code dream-benefit-codes}; the constants of {@link
   * CodeLists} name them all.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The Danish title, e.g. "Ydelseskoder (DREAM)".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The English title, e.g. "DREAM benefit codes".
   *
   * @return the title
   */
  public String englishTitle() {
    return englishTitle;
  }

  /**
   * The source citation, in the form of the seeds' README, e.g. {@code FLIS-DREAM §11}.
   *
   * @return the citation
   */
  public String source() {
    return source;
  }

  /**
   * The version of the source the list reproduces, where one is known, e.g. {@code DREAM vejledning
   * 44 v2 (2019-11-04)}.
   *
   * @return the version, or empty
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * A note on the list: what the source leaves out, what the library decided.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Whether the sources give only part of the list ("osv.", "kan der nævnes", ids mentioned in
   * passing).
   *
   * @return true for a partial list
   */
  public boolean isPartial() {
    return partial;
  }

  /**
   * Whether a partial list accepts ids not in it as "known id, name not in the sources": any
   * positive decimal integer without leading zeros and of at most 9 digits. Only partial lists with
   * numeric ids do.
   *
   * @return true if {@link #statusOf(String, LocalDate)} answers {@link
   *     CodeStatus#KNOWN_ID_NAME_NOT_IN_SOURCES} for other positive integer ids
   */
  public boolean acceptsOtherIds() {
    return acceptsOtherIds;
  }

  /**
   * All values, in source order, whatever their validity.
   *
   * @return the values, not empty
   */
  public List<Code> codes() {
    return codes;
  }

  /**
   * The number of values.
   *
   * @return the size, at least 1
   */
  public int size() {
    return codes.size();
  }

  /**
   * The value with this official id, whatever its validity.
   *
   * @param id any string; matched exactly
   * @return the value, or empty
   */
  public Optional<Code> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether a value has this official id, whatever its validity.
   *
   * @param id any string; matched exactly
   * @return true if {@link #byId(String)} finds a value
   */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * The value with this name or alias: exact, then case- and accent-insensitive (see the class
   * javadoc for the normalisation), whatever its validity.
   *
   * @param name any string
   * @return the value, or empty if none or (loose match only) more than one matches
   */
  public Optional<Code> byName(String name) {
    Code exact = byExactName.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    Code strict = byStrictKey.get(NameKeys.strict(name));
    if (strict != null) {
      return Optional.of(strict);
    }
    Set<Code> loose = byLooseKey.get(NameKeys.loose(name));
    return loose.size() == 1 ? Optional.of(loose.iterator().next()) : Optional.empty();
  }

  /**
   * The values valid on a date, in source order.
   *
   * @param date any date
   * @return the valid values, possibly empty
   */
  public List<Code> validOn(LocalDate date) {
    return codes.stream().filter(c -> c.isValidOn(date)).collect(toImmutableList());
  }

  /**
   * What the list knows about an id on a date.
   *
   * @param id any string; matched exactly
   * @param on the evaluation date
   * @return {@link CodeStatus#VALID}, {@link CodeStatus#NOT_YET_VALID} or {@link
   *     CodeStatus#RETIRED} for an id in the list; for another id {@link
   *     CodeStatus#KNOWN_ID_NAME_NOT_IN_SOURCES} if the list {@linkplain #acceptsOtherIds() accepts
   *     other ids} and the id is a positive integer, else {@link CodeStatus#UNKNOWN}
   */
  public CodeStatus statusOf(String id, LocalDate on) {
    Code code = byId.get(id);
    if (code == null) {
      return acceptsOtherIds && POSITIVE_INTEGER.matcher(id).matches()
          ? CodeStatus.KNOWN_ID_NAME_NOT_IN_SOURCES
          : CodeStatus.UNKNOWN;
    }
    if (code.validFrom().map(on::isBefore).orElse(false)) {
      return CodeStatus.NOT_YET_VALID;
    }
    if (code.validTo().map(on::isAfter).orElse(false)) {
      return CodeStatus.RETIRED;
    }
    return CodeStatus.VALID;
  }

  /** A text for developers: the key, source and size; its format may change. */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("key", key)
        .add("source", source)
        .add("size", codes.size())
        .add("partial", partial)
        .toString();
  }

  private static List<String> namesOf(Code code) {
    List<String> names = new ArrayList<>();
    names.add(code.name());
    names.addAll(code.aliases());
    return names;
  }

  private static String checkSet(@Nullable String value, String field, String key) {
    checkState(value != null, "list %s has no %s", key, field);
    return value;
  }

  /**
   * Builds a {@link CodeList}; not thread-safe. {@link #add(Code)} checks each value against those
   * added before, so a caller (or the resource loader) learns at once which value clashes.
   */
  public static final class Builder {
    private final String key;
    private @Nullable String title;
    private @Nullable String englishTitle;
    private @Nullable String source;
    private @Nullable String version;
    private @Nullable String note;
    private boolean partial;
    private boolean acceptsOtherIds;
    private final List<Code> codes = new ArrayList<>();
    private final Map<String, Code> byId = new LinkedHashMap<>();
    private final Map<String, Code> byName = new LinkedHashMap<>();
    private final Map<String, Code> byStrictKey = new HashMap<>();

    private Builder(String key) {
      checkArgument(
          KEY.matcher(key).matches(), "list key must be kebab-case, was %s", Masking.echo(key));
      this.key = key;
    }

    /**
     * Sets the Danish title (required).
     *
     * @param title not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code title} breaks these rules
     */
    public Builder title(String title) {
      this.title = checkText(title, "title");
      return this;
    }

    /**
     * Sets the English title (required).
     *
     * @param englishTitle not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code englishTitle} breaks these rules
     */
    public Builder englishTitle(String englishTitle) {
      this.englishTitle = checkText(englishTitle, "englishTitle");
      return this;
    }

    /**
     * Sets the source citation (required), e.g. {@code FLIS-DREAM §11}.
     *
     * @param source not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code source} breaks these rules
     */
    public Builder source(String source) {
      this.source = checkText(source, "source");
      return this;
    }

    /**
     * Sets the version of the source.
     *
     * @param version not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code version} breaks these rules
     */
    public Builder version(String version) {
      this.version = checkText(version, "version");
      return this;
    }

    /**
     * Sets a note on the list.
     *
     * @param note not blank, no leading or trailing whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code note} breaks these rules
     */
    public Builder note(String note) {
      this.note = checkText(note, "note");
      return this;
    }

    /**
     * Marks the list as partial or complete (default: complete).
     *
     * @param partial true if the sources give only part of the list
     * @return this builder
     */
    public Builder partial(boolean partial) {
      this.partial = partial;
      return this;
    }

    /**
     * Sets whether other positive integer ids are "known id, name not in the sources" (default:
     * false). Only a partial list may accept other ids; {@link #build()} checks it.
     *
     * @param acceptsOtherIds true to accept other ids
     * @return this builder
     */
    public Builder acceptsOtherIds(boolean acceptsOtherIds) {
      this.acceptsOtherIds = acceptsOtherIds;
      return this;
    }

    /**
     * Adds a value at the end.
     *
     * @param code a value whose id (if any) and name are not in the list yet, and none of whose
     *     names and aliases has the strict key (see {@link CodeList}) of another value's name or
     *     alias
     * @return this builder
     * @throws IllegalArgumentException if the value clashes with one added before
     */
    public Builder add(Code code) {
      code.id()
          .ifPresent(
              id -> checkArgument(!byId.containsKey(id), "duplicate id '%s' in list %s", id, key));
      checkArgument(
          !byName.containsKey(code.name()), "duplicate name '%s' in list %s", code.name(), key);
      Map<String, Code> newKeys = new HashMap<>();
      for (String name : namesOf(code)) {
        String strictKey = NameKeys.strict(name);
        Code other = byStrictKey.get(strictKey);
        checkArgument(
            other == null,
            "name or alias '%s' of '%s' is the same as a name or alias of '%s' in list %s,"
                + " ignoring case and accents",
            name,
            code.name(),
            other == null ? "" : other.name(),
            key);
        newKeys.put(strictKey, code);
      }
      codes.add(code);
      code.id().ifPresent(id -> byId.put(id, code));
      byName.put(code.name(), code);
      byStrictKey.putAll(newKeys);
      return this;
    }

    /**
     * Adds values at the end, in order.
     *
     * @param codes values, each as for {@link #add(Code)}
     * @return this builder
     * @throws IllegalArgumentException if a value clashes with one added before
     */
    public Builder addAll(Iterable<Code> codes) {
      codes.forEach(this::add);
      return this;
    }

    /**
     * Builds the list.
     *
     * @return the list
     * @throws IllegalStateException if the title, English title or source is missing, the list has
     *     no values, or it accepts other ids without being partial
     */
    public CodeList build() {
      checkState(!codes.isEmpty(), "list %s has no values", key);
      return new CodeList(this);
    }
  }
}
