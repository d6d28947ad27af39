/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.flis.BenchmarkModel.CellCount;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts the benchmark model's measures by its dimensions (SUP-2) over citizen-weeks given one at a
 * time, in any order, and publishes the cells with SUP-1's suppression. Distinct citizens: a
 * citizen counts once per cell however many of its rows fall in it (FLIS-DFDG §6.1). A week before
 * the YR link is left out (WIN-2), as is a week outside the query's range; {@link #add} says which.
 *
 * <p>A cell exists for each combination of members seen in the counted rows; each of the query's
 * measures is published for it, 0 where none of its rows qualify. Memory: the distinct citizens
 * (and courses) of each cell. Not thread-safe.
 *
 * <pre>{@code
 * BenchmarkAccumulator acc = BenchmarkAccumulator.of(query);
 * rows.forEach(acc::add);
 * List<BenchmarkCell> cells = acc.cells();
 * }</pre>
 */
public final class BenchmarkAccumulator {

  /** What {@link #add} did with a row. */
  public enum Fate {
    /** Counted. */
    USED,
    /** Left out: its week is before the YR link, 2020-01-01 (WIN-2). */
    BEFORE_YR_LINK,
    /** Left out: its week is outside the query's range. */
    OUTSIDE_PERIOD
  }

  private record CourseKey(CprNumber citizen, String course) {}

  /** The distinct citizens (and courses) of one cell. */
  private static final class Counts {
    final EnumMap<Measure, Set<CprNumber>> citizens = new EnumMap<>(Measure.class);
    final Set<CourseKey> courses = new HashSet<>();

    Set<CprNumber> of(Measure m) {
      return citizens.computeIfAbsent(m, k -> new HashSet<>());
    }
  }

  private final BenchmarkQuery query;
  private final boolean byTime;
  private @Nullable IsoWeek lastWeek;
  private final Map<List<String>, Counts> cells =
      new TreeMap<>(BenchmarkAccumulator::compareMembers);

  private BenchmarkAccumulator(BenchmarkQuery query) {
    this.query = query;
    this.byTime = query.by().contains(Dimension.TIME);
  }

  /**
   * An accumulator for a query.
   *
   * @param query the query
   * @return the empty accumulator
   * @throws IllegalArgumentException if SUP-2 does not allow a measure by a dimension of the query
   *     (check first with {@link BenchmarkQuery#check(LocalDate)} for the violations)
   */
  public static BenchmarkAccumulator of(BenchmarkQuery query) {
    requireNonNull(query, "query");
    checkArgument(
        query.isAllowed(),
        "SUP-2: a measure of %s is not available by a dimension of %s",
        query.measures(),
        query.by());
    return new BenchmarkAccumulator(query);
  }

  /**
   * Counts a citizen-week, or leaves it out.
   *
   * @param w the row
   * @return what was done with it
   */
  public Fate add(CitizenWeek w) {
    IsoWeek week = w.week();
    if (!CubeWindows.isInYrPeriod(week)) {
      return Fate.BEFORE_YR_LINK;
    }
    if (week.isBefore(query.from()) || week.isAfter(query.to())) {
      return Fate.OUTSIDE_PERIOD;
    }
    List<String> key = new ArrayList<>(query.by().size());
    for (Dimension d : query.by()) {
      key.add(member(d, w));
    }
    Counts c = cells.computeIfAbsent(List.copyOf(key), k -> new Counts());
    if (lastWeek == null || week.isAfter(lastWeek)) {
      lastWeek = week;
    }
    for (Measure m : query.measures()) {
      switch (m) {
        case CITIZENS_16_TO_66 -> {
          // by Tid the age is taken at the end of the week; otherwise at the end of the counted
          // weeks, which is known only at the end: every citizen is kept and filtered in cells()
          if (!byTime || isAged16To66(w.citizen(), week.sunday())) {
            c.of(m).add(w.citizen());
          } else {
            c.of(m);
          }
        }
        case BENEFIT_RECEIVERS -> {
          Set<CprNumber> s = c.of(m);
          if (w.isBenefitReceiver()) {
            s.add(w.citizen());
          }
        }
        case ACTIVATED -> {
          Set<CprNumber> s = c.of(m);
          if (w.isActivated()) {
            s.add(w.citizen());
          }
        }
        case ACTIVATION_COURSES -> {
          Set<CprNumber> s = c.of(m);
          if (w.activationCourse().isPresent()) {
            s.add(w.citizen());
            c.courses.add(new CourseKey(w.citizen(), w.activationCourse().get()));
          }
        }
      }
    }
    return Fate.USED;
  }

  /**
   * The published cells so far, ordered by their members (then by the query's measure order), each
   * measure's count passed through SUP-1.
   *
   * @return the cells
   */
  public List<BenchmarkCell> cells() {
    ImmutableList.Builder<BenchmarkCell> out = ImmutableList.builder();
    LocalDate end = measuredPeriodEnd();
    for (Map.Entry<List<String>, Counts> e : cells.entrySet()) {
      ImmutableMap.Builder<Dimension, String> members = ImmutableMap.builder();
      for (int i = 0; i < query.by().size(); i++) {
        members.put(query.by().get(i), e.getKey().get(i));
      }
      ImmutableMap<Dimension, String> ms = members.build();
      for (Measure m : query.measures()) {
        long citizens =
            m == Measure.CITIZENS_16_TO_66 && !byTime
                ? e.getValue().of(m).stream().filter(c -> isAged16To66(c, end)).count()
                : e.getValue().of(m).size();
        long value = m == Measure.ACTIVATION_COURSES ? e.getValue().courses.size() : citizens;
        CellValue shown =
            BenchmarkModel.published(new CellCount(value, citizens, query.suppression()));
        out.add(new BenchmarkCell(ms, m, shown));
      }
    }
    return out.build();
  }

  /**
   * The end of the measured period when not counted by Tid, the day on which the ages of {@link
   * Measure#CITIZENS_16_TO_66} are taken: the Sunday of the last week counted (of the query's
   * range, not after the last week with a counted row).
   *
   * @return the day
   */
  public LocalDate measuredPeriodEnd() {
    IsoWeek last = lastWeek;
    return (last == null || last.isAfter(query.to()) ? query.to() : last).sunday();
  }

  /**
   * The number of cells so far (combinations of members; each has one value per measure).
   *
   * @return the count
   */
  public int cellCount() {
    return cells.size();
  }

  /**
   * The member of a dimension a citizen-week belongs to.
   *
   * @param d the dimension
   * @param w the citizen-week
   * @return the member
   */
  public static String member(Dimension d, CitizenWeek w) {
    return switch (d) {
      case ACTIVATION -> w.activationType().orElse(BenchmarkModel.WITHOUT_ACTIVATION);
      case BENEFIT -> CubeWindows.benefitOf(w.yrBenefit());
      case TIME -> w.week().toString();
      case VISITATION_GROUP ->
          w.visitationCategory()
              .map(c -> c.officialName())
              .orElse(BenchmarkModel.WITHOUT_VISITATION);
      case MUNICIPALITY -> String.format("%03d", w.municipality());
    };
  }

  /**
   * Tells whether a citizen is 16 to 66 years old, both included, on a day.
   *
   * @param citizen the citizen
   * @param day the end of the measured period
   * @return true if aged 16–66 on the day
   */
  public static boolean isAged16To66(CprNumber citizen, LocalDate day) {
    return !day.isBefore(citizen.birthdayOfAge(16)) && day.isBefore(citizen.birthdayOfAge(67));
  }

  private static int compareMembers(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Comparator.<String>naturalOrder().compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
