/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The refusion steps of one person's weekly series (REF-1 … REF-3): a pure function that gives
 * every week its number in the count, its step and, on the week a count starts over, the reason.
 *
 * <ul>
 *   <li><b>REF-2</b> — a benefit week (a benefit paid for at least one day of it; DREAM's one-day
 *       rule) is the next week of the count; the count runs across benefit types: a switch from one
 *       benefit to another does not restart it. Wage-subsidy and other-support weeks do not count.
 *   <li><b>REF-1</b> — the week's number gives its step ({@link RefusionStep#ofWeek(int)}, §5).
 *   <li><b>REF-3</b> — the count starts over when the person, after the first week of the count,
 *       has had 52 self-support weeks within the latest 3 years, not necessarily in a row (§6).
 *       <em>Interpretation</em> (spec): evaluated week by week; the window of a week is the weeks
 *       whose Monday lies within the 3 years before that week's Monday; the condition is reached at
 *       the week after the 52nd self-support week, the count is then 0, and the next benefit week
 *       is week 1 and carries the {@link Restart}. Self-support weeks before the count's first
 *       benefit week (and before a restart) do not count towards the next restart.
 * </ul>
 *
 * <p>The act is in force from {@link Sources#REFUSION_ACT_IN_FORCE} (2016-01-04, ISO week 2016-W01;
 * Finansieringsloven §29). <em>Interpretation:</em> weeks before the week the count starts ({@link
 * #standard()}: 2016-W01) are not in force — no number, no step — and the count starts from zero
 * then; the act's transitional rules are not in the sources, so a caller that knows better gives
 * its own first week ({@link #countingFrom(IsoWeek)}).
 *
 * <p>Immutable and thread-safe; no clock.
 */
public final class RefusionCount {

  /** The self-support weeks that restart the count (§6: "sammenlagt 52 hele kalenderuger"). */
  public static final int SELF_SUPPORT_WEEKS = 52;

  /** The window of the self-support weeks, in years (§6: "inden for de seneste 3 år"). */
  public static final int WINDOW_YEARS = 3;

  /** The first week of the act: the week of {@link Sources#REFUSION_ACT_IN_FORCE}, 2016-W01. */
  public static final IsoWeek FIRST_WEEK_IN_FORCE = IsoWeek.from(Sources.REFUSION_ACT_IN_FORCE);

  private static final RefusionCount STANDARD = new RefusionCount(FIRST_WEEK_IN_FORCE);

  private final IsoWeek countFrom;

  private RefusionCount(IsoWeek countFrom) {
    this.countFrom = requireNonNull(countFrom, "countFrom");
  }

  /**
   * The count from the act's first week, 2016-W01.
   *
   * @return the count
   */
  public static RefusionCount standard() {
    return STANDARD;
  }

  /**
   * The count from a caller's first week (e.g. to follow a transitional rule).
   *
   * @param firstWeek the first week that can count
   * @return the count
   */
  public static RefusionCount countingFrom(IsoWeek firstWeek) {
    return new RefusionCount(firstWeek);
  }

  /**
   * The first week that can count.
   *
   * @return 2016-W01 for the standard count
   */
  public IsoWeek countFrom() {
    return countFrom;
  }

  /**
   * The steps of a DREAM series, its codes read through the standard table.
   *
   * @param series the series
   * @return one entry per week of the series, in order
   */
  public ImmutableList<RefusionWeek> weeks(DreamSeries series) {
    return weeks(WeeklyKinds.from(series));
  }

  /**
   * The steps of a series of kinds.
   *
   * @param facts the series
   * @return one entry per week of the series, in order
   */
  public ImmutableList<RefusionWeek> weeks(WeeklyKinds facts) {
    int n = facts.length();
    ImmutableList.Builder<RefusionWeek> out = ImmutableList.builderWithExpectedSize(n);
    int count = 0;
    // the self-support weeks since the count's first week, as indices: a ring of the last 52+
    int[] self = new int[Math.max(n, 1)];
    int head = 0;
    int tail = 0;
    Restart pending = null;
    IsoWeek first = facts.firstWeek();
    for (int i = 0; i < n; i++) {
      IsoWeek week = first.plusWeeks(i);
      WeekKind kind = facts.kindAt(i);
      if (week.isBefore(countFrom)) {
        out.add(new RefusionWeek(week, kind, false, 0, Optional.empty(), false, Optional.empty()));
        continue;
      }
      if (count > 0) {
        LocalDate floor = week.monday().minusYears(WINDOW_YEARS);
        while (head < tail && first.plusWeeks(self[head]).monday().isBefore(floor)) {
          head++;
        }
        if (tail - head >= SELF_SUPPORT_WEEKS) {
          pending =
              new Restart(
                  week, tail - head, first.plusWeeks(self[head]), first.plusWeeks(self[tail - 1]));
          count = 0;
          head = tail;
        }
      }
      switch (kind) {
        case BENEFIT -> {
          count++;
          boolean cf = facts.isCoFinancedAt(i);
          out.add(
              new RefusionWeek(
                  week,
                  kind,
                  true,
                  count,
                  Optional.of(RefusionStep.ofWeek(count)),
                  cf,
                  Optional.ofNullable(pending)));
          pending = null;
        }
        case SELF_SUPPORT -> {
          if (count > 0) {
            self[tail++] = i;
          }
          out.add(new RefusionWeek(week, kind, true, 0, Optional.empty(), false, Optional.empty()));
        }
        default ->
            out.add(
                new RefusionWeek(week, kind, true, 0, Optional.empty(), false, Optional.empty()));
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "RefusionCount{from " + countFrom + "}";
  }
}
