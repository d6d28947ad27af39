/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One person's DREAM weekly series: for each ISO week from {@link #firstWeek()} on, at most one
 * three-digit benefit code (ydelseskode), or none — a blank week, self-supporting (selvforsørget).
 * Optionally the person's visitation category per quarter (the DSA {@code visit} table, from Q1
 * 2014), which decides job-ready versus activity-ready (DRM-4).
 *
 * <p>Codes are held as numbers 100–999; 0 stands for a blank week. STAR stresses that DREAM should
 * not be used for stock counts and is not comparable with other data sources (FLIS-DREAM §2).
 */
public final class DreamSeries {

  /** The code value of a blank (self-supporting) week. */
  public static final short BLANK = 0;

  private final PersonKey person;
  private final IsoWeek firstWeek;
  private final short[] codes;
  private final ImmutableSortedMap<YearQuarter, VisitationCategory> visitation;

  private DreamSeries(
      PersonKey person,
      IsoWeek firstWeek,
      short[] codes,
      ImmutableSortedMap<YearQuarter, VisitationCategory> visitation) {
    this.person = person;
    this.firstWeek = firstWeek;
    this.codes = codes;
    this.visitation = visitation;
  }

  /**
   * A series.
   *
   * @param person the person
   * @param firstWeek the week of {@code codes[0]}
   * @param codes one code per week, 100–999, or {@link #BLANK}; copied
   * @return the series
   * @throws IllegalArgumentException if a code is neither blank nor three digits
   */
  public static DreamSeries of(PersonKey person, IsoWeek firstWeek, short[] codes) {
    return of(person, firstWeek, codes, Map.of());
  }

  /**
   * A series with visitation categories.
   *
   * @param person the person
   * @param firstWeek the week of {@code codes[0]}
   * @param codes one code per week, 100–999, or {@link #BLANK}; copied
   * @param visitation the visitation category per quarter
   * @return the series
   * @throws IllegalArgumentException if a code is neither blank nor three digits
   */
  public static DreamSeries of(
      PersonKey person,
      IsoWeek firstWeek,
      short[] codes,
      Map<YearQuarter, VisitationCategory> visitation) {
    requireNonNull(person, "person");
    requireNonNull(firstWeek, "firstWeek");
    for (int i = 0; i < codes.length; i++) {
      short c = codes[i];
      checkArgument(
          c == BLANK || (c >= 100 && c <= 999),
          "code of week %s must be blank or 100-999, was %s",
          firstWeek.plusWeeks(i),
          c);
    }
    return new DreamSeries(person, firstWeek, codes.clone(), ImmutableSortedMap.copyOf(visitation));
  }

  /**
   * The person.
   *
   * @return the key
   */
  public PersonKey person() {
    return person;
  }

  /**
   * The first week of the series.
   *
   * @return the week
   */
  public IsoWeek firstWeek() {
    return firstWeek;
  }

  /**
   * The last week of the series.
   *
   * @return the week; the week before {@link #firstWeek()} when the series is empty
   */
  public IsoWeek lastWeek() {
    return firstWeek.plusWeeks(codes.length - 1L);
  }

  /**
   * The number of weeks.
   *
   * @return the length
   */
  public int length() {
    return codes.length;
  }

  /**
   * Tells whether a week is inside the series.
   *
   * @param week a week
   * @return true if between the first and last week
   */
  public boolean covers(IsoWeek week) {
    long i = firstWeek.weeksUntil(week);
    return i >= 0 && i < codes.length;
  }

  /**
   * The code of a week.
   *
   * @param week a week
   * @return the code, or empty for a blank week or a week outside the series
   */
  public OptionalInt codeAt(IsoWeek week) {
    long i = firstWeek.weeksUntil(week);
    if (i < 0 || i >= codes.length || codes[(int) i] == BLANK) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(codes[(int) i]);
  }

  /**
   * The code at an index.
   *
   * @param index 0 for the first week
   * @return the code, or {@link #BLANK}
   */
  public short codeAtIndex(int index) {
    return codes[index];
  }

  /**
   * A copy of the codes.
   *
   * @return one code per week
   */
  public short[] codes() {
    return codes.clone();
  }

  /**
   * The visitation category of a week: that of the quarter of its Thursday.
   *
   * @param week a week
   * @return the category, if known
   */
  public Optional<VisitationCategory> visitationAt(IsoWeek week) {
    return Optional.ofNullable(visitation.get(week.quarter()));
  }

  /**
   * The visitation categories per quarter.
   *
   * @return the map
   */
  public ImmutableSortedMap<YearQuarter, VisitationCategory> visitation() {
    return visitation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DreamSeries s
        && person.equals(s.person)
        && firstWeek.equals(s.firstWeek)
        && Arrays.equals(codes, s.codes)
        && visitation.equals(s.visitation);
  }

  @Override
  public int hashCode() {
    return (person.hashCode() * 31 + firstWeek.hashCode()) * 31 + Arrays.hashCode(codes);
  }

  @Override
  public String toString() {
    return "DreamSeries{" + person + ", " + firstWeek + ".." + lastWeek() + "}";
  }
}
