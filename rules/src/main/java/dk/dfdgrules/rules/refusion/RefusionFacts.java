/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.List;
import java.util.Objects;

/**
 * The facts of the area {@code refusion-steps} (REF-1 … REF-3) as a caseworker writes them: the
 * first week and runs of weeks of one kind, e.g. 30 benefit weeks, 52 self-support weeks, 5 benefit
 * weeks. The same series as a {@link WeeklyKinds}, in a shape that reads and writes as JSON or
 * YAML.
 *
 * @param firstWeek the first week, ISO ({@code 2017-W01})
 * @param weeks the runs, in order
 */
public record RefusionFacts(String firstWeek, List<Run> weeks) {

  /**
   * A run of weeks of one kind.
   *
   * @param kind the kind
   * @param weeks how many, ≥ 1
   * @param coFinanced true for benefit weeks under co-financing (§ 5, stk. 3)
   */
  public record Run(WeekKind kind, int weeks, boolean coFinanced) {

    /**
     * Checks the run.
     *
     * @throws IllegalArgumentException if {@code weeks} is below 1, or a non-benefit is co-financed
     */
    public Run {
      requireNonNull(kind, "kind");
      checkArgument(weeks >= 1, "a run has at least one week, had %s", weeks);
      checkArgument(!coFinanced || kind == WeekKind.BENEFIT, "only benefit weeks are co-financed");
    }
  }

  /**
   * Checks the first week and copies the runs.
   *
   * @throws IllegalArgumentException if the first week or the runs are missing, a run is null, the
   *     first week is not an ISO week like {@code 2017-W01}, or the runs go on past the last week a
   *     series can hold ({@link WeeklyKinds#LAST_WEEK})
   */
  public RefusionFacts {
    checkArgument(
        weeks != null, "weeks is required: the runs of weeks in order (a list, [] for none)");
    checkArgument(firstWeek != null, "firstWeek is required: the first week, e.g. 2017-W01");
    checkArgument(weeks.stream().allMatch(Objects::nonNull), "weeks: a run is null");
    IsoWeek first = IsoWeek.parse(firstWeek);
    weeks = ImmutableList.copyOf(weeks);
    long total = 0;
    for (Run r : weeks) {
      total += r.weeks();
    }
    long room = WeeklyKinds.weeksFrom(first);
    checkArgument(
        total <= room,
        "the runs hold %s weeks, more than the %s weeks from the first week to %s",
        Masking.lazy(total),
        room,
        WeeklyKinds.LAST_WEEK);
  }

  /**
   * The runs of a DREAM series read through a table.
   *
   * @param series the series
   * @param table the code → kind table
   * @return the facts
   */
  public static RefusionFacts from(DreamSeries series, WeekKindTable table) {
    WeeklyKinds k = WeeklyKinds.from(series, table);
    ImmutableList.Builder<Run> runs = ImmutableList.builder();
    int i = 0;
    while (i < k.length()) {
      int j = i;
      while (j < k.length()
          && k.kindAt(j) == k.kindAt(i)
          && k.isCoFinancedAt(j) == k.isCoFinancedAt(i)) {
        j++;
      }
      runs.add(new Run(k.kindAt(i), j - i, k.isCoFinancedAt(i)));
      i = j;
    }
    return new RefusionFacts(series.firstWeek().toString(), runs.build());
  }

  /**
   * The series of kinds.
   *
   * @return the weeks, one per week of the runs
   */
  public WeeklyKinds toWeeklyKinds() {
    WeeklyKinds.Builder b = WeeklyKinds.builder(IsoWeek.parse(firstWeek));
    for (Run r : weeks) {
      if (r.coFinanced()) {
        b.addCoFinanced(r.weeks());
      } else {
        b.add(r.kind(), r.weeks());
      }
    }
    return b.build();
  }
}
