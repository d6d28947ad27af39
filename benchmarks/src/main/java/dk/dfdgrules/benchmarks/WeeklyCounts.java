/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigures;
import java.util.Arrays;
import java.util.Objects;

/**
 * The counts of the benchmark job in one comparable shape: for every week t (index from the data's
 * first week), group at t and follow-up at t+52 (group, left the population, or beyond the data),
 * the number of persons.
 */
final class WeeklyCounts {

  static final int G = FollowUp.GROUP_COUNT;
  static final int F = FollowUp.COUNT;

  final int weeks;
  final long[] counts;

  WeeklyCounts(int weeks) {
    this.weeks = weeks;
    this.counts = new long[weeks * G * F];
  }

  void add(int week, int group, int followUp, long n) {
    counts[(week * G + group) * F + followUp] += n;
  }

  static WeeklyCounts of(KeyFigures k) {
    WeeklyCounts c = new WeeklyCounts(k.periodCount());
    for (int t = 0; t < k.periodCount(); t++) {
      for (BenefitGroup g : BenefitGroup.values()) {
        for (int f = 0; f < F; f++) {
          c.add(t, g.ordinal(), f, k.persons(t, g, FollowUp.ofIndex(f)));
        }
      }
    }
    return c;
  }

  /**
   * A copy without the cells whose group at t is "Ingen ydelse" (the long form has no blank rows).
   */
  WeeklyCounts receiversOnly() {
    WeeklyCounts c = new WeeklyCounts(weeks);
    System.arraycopy(counts, 0, c.counts, 0, counts.length);
    for (int t = 0; t < weeks; t++) {
      for (int f = 0; f < F; f++) {
        c.counts[(t * G + BenefitGroup.NO_BENEFIT.ordinal()) * F + f] = 0;
      }
    }
    return c;
  }

  long total() {
    return Arrays.stream(counts).sum();
  }

  /** The first difference, or null when equal. */
  String firstDifference(WeeklyCounts o) {
    if (weeks != o.weeks) {
      return "weeks " + weeks + " vs " + o.weeks;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != o.counts[i]) {
        int f = i % F;
        int g = (i / F) % G;
        int t = i / F / G;
        return "week "
            + t
            + " "
            + BenefitGroup.values()[g]
            + " → "
            + FollowUp.ofIndex(f)
            + ": "
            + counts[i]
            + " vs "
            + o.counts[i];
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyCounts w && weeks == w.weeks && Arrays.equals(counts, w.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weeks, Arrays.hashCode(counts));
  }
}
