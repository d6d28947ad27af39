/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;

/**
 * ISO weeks ({@link IsoWeek}), and their DREAM column names ({@code y_YYWW}).
 *
 * <p>Defaults: from 1991-W32, the first DREAM week, to 2030-W52. About one week in ten is a week 53
 * (of 1992, 1998, 2004, 2009, 2015, 2020, 2026), the rare week DREAM code must not forget; the
 * first and the last week and every week 53 in range are edge cases. Shrinks towards the first
 * week.
 */
public final class IsoWeekGen implements Gen<IsoWeek> {

  /** The first DREAM week (Monday 1991-08-05). */
  public static final IsoWeek FIRST_DREAM_WEEK = IsoWeek.of(1991, 32);

  private final IsoWeek first;
  private final IsoWeek last;
  private final Gen<IsoWeek> gen;

  private IsoWeekGen(IsoWeek first, IsoWeek last) {
    checkArgument(!last.isBefore(first), "last week %s is before the first %s", last, first);
    this.first = first;
    this.last = last;
    long span = first.weeksUntil(last);
    Gen<IsoWeek> uniform = Gens.longs(0, span).map(first::plusWeeks);
    java.util.List<IsoWeek> week53s = new java.util.ArrayList<>();
    for (int y = first.weekBasedYear(); y <= last.weekBasedYear(); y++) {
      if (IsoWeek.weeksInYear(y) == 53) {
        IsoWeek w = IsoWeek.of(y, 53);
        if (!w.isBefore(first) && !w.isAfter(last)) {
          week53s.add(w);
        }
      }
    }
    this.gen =
        week53s.isEmpty()
            ? uniform
            : Gens.frequency(Gens.weighted(9, uniform), Gens.weighted(1, Gens.elements(week53s)));
  }

  static IsoWeekGen defaults() {
    return new IsoWeekGen(FIRST_DREAM_WEEK, IsoWeek.of(2030, 52));
  }

  /**
   * Weeks in a range, both included.
   *
   * @param firstWeek the first week
   * @param lastWeek the last week
   * @return the generator
   * @throws IllegalArgumentException if the range is reversed
   */
  public IsoWeekGen between(IsoWeek firstWeek, IsoWeek lastWeek) {
    return new IsoWeekGen(firstWeek, lastWeek);
  }

  /**
   * The weeks' DREAM column names, {@code y_YYWW}; the range is cut to 1990–2089, which the form
   * can express.
   *
   * @return the generator
   */
  public Gen<String> asDreamColumns() {
    IsoWeek from = first.isBefore(IsoWeek.of(1990, 1)) ? IsoWeek.of(1990, 1) : first;
    IsoWeek to = last.isAfter(IsoWeek.of(2089, 52)) ? IsoWeek.of(2089, 52) : last;
    return new IsoWeekGen(from, to).map(IsoWeek::toDreamColumn);
  }

  @Override
  public IsoWeek generate(Source source) {
    return gen.generate(source);
  }
}
