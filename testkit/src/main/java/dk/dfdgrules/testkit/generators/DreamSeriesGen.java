/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One person's DREAM weekly series ({@link DreamSeries}), made of spells — runs of weeks on one
 * benefit code, or blank (self-supporting) — as people move between benefits.
 *
 * <p>Data-driven from the code list {@code dream-benefit-codes}: each spell picks a benefit
 * <em>family</em> (the list's default benefit group, DRM-4) evenly, then a code of it, so every
 * family is reached whatever its number of codes. Spells last 1–52 weeks; about 60 % of the weeks
 * are blank. Rarely (about one series in twenty) a population exit (997 'Ikke bosiddende i
 * Danmark', 999 'Død') ends the series: it holds to the last week. With {@link #withVisitation()}
 * the series has a visitation category per quarter from 2014-Q1 (the DSA {@code visit} table),
 * changing now and then.
 *
 * <p>Defaults: the first week from 1991-W32 to 2025-W52 (weeks 53 included), 0–156 weeks, a CPR or
 * a running-number key, visitation about half the time. Shrinks towards fewer, shorter, blank
 * spells. Kept simple for property tests: a generator of large DREAM files belongs with the
 * readers.
 */
public final class DreamSeriesGen implements Gen<DreamSeries> {

  private static final Supplier<Families> FAMILIES = Suppliers.memoize(Families::load);

  /** Visitation per quarter: sometimes, always, never. */
  private enum Visitation {
    SOMETIMES,
    ALWAYS,
    NEVER
  }

  private final Gen<IsoWeek> firstWeeks;
  private final int minWeeks;
  private final int maxWeeks;
  private final Visitation visitation;
  private final Gen<PersonKey> keys;

  private DreamSeriesGen(
      Gen<IsoWeek> firstWeeks,
      int minWeeks,
      int maxWeeks,
      Visitation visitation,
      Gen<PersonKey> keys) {
    checkArgument(
        minWeeks >= 0 && maxWeeks >= minWeeks, "weeks must be 0 <= %s <= %s", minWeeks, maxWeeks);
    this.firstWeeks = firstWeeks;
    this.minWeeks = minWeeks;
    this.maxWeeks = maxWeeks;
    this.visitation = visitation;
    this.keys = keys;
  }

  static DreamSeriesGen defaults() {
    return new DreamSeriesGen(
        DfdgGenerators.isoWeeks().between(IsoWeekGen.FIRST_DREAM_WEEK, IsoWeek.of(2025, 52)),
        0,
        156,
        Visitation.SOMETIMES,
        DfdgGenerators.personKeys());
  }

  /**
   * Series of a length.
   *
   * @param min the fewest weeks, at least 0
   * @param max the most weeks
   * @return the generator
   * @throws IllegalArgumentException if the lengths are negative or reversed
   */
  public DreamSeriesGen weeks(int min, int max) {
    return new DreamSeriesGen(firstWeeks, min, max, visitation, keys);
  }

  /**
   * Series whose first week lies in a range.
   *
   * @param first the earliest first week
   * @param last the latest first week
   * @return the generator
   */
  public DreamSeriesGen startingBetween(IsoWeek first, IsoWeek last) {
    return new DreamSeriesGen(
        DfdgGenerators.isoWeeks().between(first, last), minWeeks, maxWeeks, visitation, keys);
  }

  /**
   * Series that always carry visitation categories (for the quarters from 2014-Q1 they cover).
   *
   * @return the generator
   */
  public DreamSeriesGen withVisitation() {
    return new DreamSeriesGen(firstWeeks, minWeeks, maxWeeks, Visitation.ALWAYS, keys);
  }

  /**
   * Series without visitation categories.
   *
   * @return the generator
   */
  public DreamSeriesGen withoutVisitation() {
    return new DreamSeriesGen(firstWeeks, minWeeks, maxWeeks, Visitation.NEVER, keys);
  }

  /**
   * Series keyed by the given generator (e.g. running numbers only, for research extracts).
   *
   * @param personKeys the keys
   * @return the generator
   */
  public DreamSeriesGen withPersonKeys(Gen<PersonKey> personKeys) {
    return new DreamSeriesGen(
        firstWeeks, minWeeks, maxWeeks, visitation, requireNonNull(personKeys));
  }

  /**
   * The benefit families a spell chooses among: the default benefit group of each code (DRM-4),
   * every group but 'Ingen ydelse', with its codes.
   *
   * @return group → codes
   */
  public static Map<BenefitGroup, List<Short>> families() {
    return FAMILIES.get().byGroup;
  }

  @Override
  public DreamSeries generate(Source source) {
    Families f = FAMILIES.get();
    PersonKey person = keys.generate(source);
    IsoWeek first = firstWeeks.generate(source);
    int n = source.intBetween(minWeeks, maxWeeks);
    short[] codes = new short[n];
    int i = 0;
    while (i < n) {
      int kind = source.weightedIndex(60, 39, 1); // blank, benefit, population exit
      if (kind == 2) {
        short exit = f.exits.get(source.index(f.exits.size()));
        Arrays.fill(codes, i, n, exit);
        break;
      }
      int length = Math.min(n - i, source.intBetween(1, 52));
      short code = DreamSeries.BLANK;
      if (kind == 1) {
        List<Short> family = f.families.get(source.index(f.families.size()));
        code = family.get(source.index(family.size()));
      }
      Arrays.fill(codes, i, i + length, code);
      i += length;
    }
    boolean withVisitation =
        switch (visitation) {
          case ALWAYS -> true;
          case NEVER -> false;
          case SOMETIMES -> source.coin(0.5);
        };
    Map<YearQuarter, VisitationCategory> visit = Map.of();
    if (withVisitation && n > 0) {
      visit = visitation(source, first, first.plusWeeks(n - 1L));
    }
    return DreamSeries.of(person, first, codes, visit);
  }

  private static Map<YearQuarter, VisitationCategory> visitation(
      Source source, IsoWeek first, IsoWeek last) {
    YearQuarter from = first.quarter();
    YearQuarter start = YearQuarter.of(2014, 1);
    if (from.compareTo(start) < 0) {
      from = start;
    }
    ImmutableMap.Builder<YearQuarter, VisitationCategory> out = ImmutableMap.builder();
    Gen<VisitationCategory> categories = Gens.enumValues(VisitationCategory.class);
    VisitationCategory current = categories.generate(source);
    for (YearQuarter q = from; q.compareTo(last.quarter()) <= 0; q = q.plusQuarters(1)) {
      if (source.coin(0.2)) {
        current = categories.generate(source);
      }
      out.put(q, current);
    }
    return out.buildOrThrow();
  }

  /** The code list, arranged for drawing. */
  private static final class Families {
    private final Map<BenefitGroup, List<Short>> byGroup;
    private final List<List<Short>> families;
    private final List<Short> exits;

    private Families(Map<BenefitGroup, List<Short>> byGroup, List<Short> exits) {
      this.byGroup = byGroup;
      this.families = ImmutableList.copyOf(byGroup.values());
      this.exits = exits;
    }

    static Families load() {
      Map<BenefitGroup, ImmutableList.Builder<Short>> groups = new EnumMap<>(BenefitGroup.class);
      ImmutableList.Builder<Short> exits = ImmutableList.builder();
      for (Code c : CodeLists.get(CodeLists.DREAM_BENEFIT_CODES).codes()) {
        short code = Short.parseShort(c.id().orElseThrow());
        BenefitGroup group = BenefitGroup.valueOf(c.attribute("group").orElseThrow());
        if (group == BenefitGroup.NO_BENEFIT) {
          exits.add(code);
        } else {
          groups.computeIfAbsent(group, g -> ImmutableList.builder()).add(code);
        }
      }
      ImmutableMap.Builder<BenefitGroup, List<Short>> byGroup = ImmutableMap.builder();
      groups.forEach((g, codes) -> byGroup.put(g, codes.build()));
      return new Families(byGroup.buildOrThrow(), exits.build());
    }
  }
}
