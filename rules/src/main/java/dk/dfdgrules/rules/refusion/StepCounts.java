/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.IsoWeek;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * The number of persons on each refusion step per week — the slides' view ("Udvikling ift. YRs
 * trappetrin": "80 % = 11 personer"). A person has at most one step a week, so each count is of
 * distinct persons. Add each person's weeks once.
 *
 * <p>Not thread-safe: one accumulator per thread, then {@link #addAll(StepCounts)}.
 */
public final class StepCounts {

  private static final RefusionStep[] STEPS = RefusionStep.values();

  private final TreeMap<IsoWeek, long[]> counts = new TreeMap<>();

  /** An empty accumulator. */
  public StepCounts() {}

  /**
   * Adds one person's weeks.
   *
   * @param weeks the person's weeks ({@link RefusionCount#weeks(WeeklyKinds)})
   */
  public void add(List<RefusionWeek> weeks) {
    for (RefusionWeek w : weeks) {
      if (w.step().isPresent()) {
        counts.computeIfAbsent(w.week(), k -> new long[STEPS.length])[w.step().get().ordinal()]++;
      }
    }
  }

  /**
   * Adds another accumulator's counts.
   *
   * @param other the other accumulator (of other persons)
   */
  public void addAll(StepCounts other) {
    requireNonNull(other, "other");
    other.counts.forEach(
        (w, c) -> {
          long[] mine = counts.computeIfAbsent(w, k -> new long[STEPS.length]);
          for (int i = 0; i < c.length; i++) {
            mine[i] += c[i];
          }
        });
  }

  /**
   * The weeks with at least one person on a step.
   *
   * @return the weeks, in order
   */
  public NavigableSet<IsoWeek> weeks() {
    return java.util.Collections.unmodifiableNavigableSet(counts.navigableKeySet());
  }

  /**
   * The persons on a step in a week.
   *
   * @param week the week
   * @param step the step
   * @return the number of persons, 0 for a week without any
   */
  public long count(IsoWeek week, RefusionStep step) {
    long[] c = counts.get(week);
    return c == null ? 0 : c[step.ordinal()];
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("StepCounts{");
    counts.forEach((w, c) -> s.append(w).append('=').append(Arrays.toString(c)).append(' '));
    return s.append('}').toString();
  }
}
