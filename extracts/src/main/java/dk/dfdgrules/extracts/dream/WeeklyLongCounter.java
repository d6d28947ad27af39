/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigureAccumulator;
import dk.dfdgrules.rules.dream.PeriodGrid;
import dk.dfdgrules.rules.dream.ReceiverStatusRule;

/**
 * The fused kernel for weekly counts of a long file (the DSA {@code y} table): a person's work is
 * proportional to their rows, not to the weeks of the data. Only the pairs (group at t, follow-up
 * at t+52) that are not "Ingen ydelse" → "Ingen ydelse" (or → unknown, in the last 52 weeks) are
 * counted person by person — those of the weeks with a code, and of the weeks 52 before them; the
 * rest of every week's persons are filled in at the end (DRM-5, FLIS-DREAM §6.1.6; DRM-7,
 * FLIS-DREAM §7.1.1 "kun at tælle den unikke forekomst af borgeren i data": a person has exactly
 * one pair per week, so distinct counts are sums).
 *
 * <p>The groups are DRM-4's, through {@link GroupTables}, the visitation category of the week's
 * quarter deciding job-ready versus activity-ready where known; the one implementation of that rule
 * is {@link dk.dfdgrules.rules.dream.BenefitGroupRule#byVisitation}.
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2).
 */
final class WeeklyLongCounter {

  private static final int F = FollowUp.COUNT;
  private static final int G = FollowUp.GROUP_COUNT;
  private static final int LAG = ReceiverStatusRule.WEEKS_LATER;
  private static final int BEYOND = FollowUp.BEYOND_DATA_INDEX;
  private static final int NB = BenefitGroup.NO_BENEFIT.ordinal();

  private final byte[] now;
  private final byte[] later;
  private final byte[][] byVisit;
  private final int[] quarterOfWeek;
  private final int[] slot; // week → its column in counts (the scratch column when not counted)
  private final int[]
      counts; // pair-major: counts[pair * stride + column], so a spell's weeks are adjacent
  private final int stride;
  private final int weeks;
  private final int counted;
  private final int fromIndex;
  private long persons;

  WeeklyLongCounter(LongLayout layout, GroupTables t, PeriodGrid grid) {
    if (NB != 0) {
      throw new IllegalStateException("the kernel needs 'Ingen ydelse' as group 0");
    }
    this.now = t.now;
    this.later = t.later;
    this.byVisit = t.visit;
    this.quarterOfWeek = layout.quarterOfWeek;
    this.weeks = layout.weeks;
    int pairs = KeyFigureAccumulator.pairsPerWeek();
    this.counted = grid.weekCount();
    this.fromIndex = grid.fromIndex();
    this.stride = counted + 1;
    this.counts = new int[stride * pairs];
    this.slot = new int[weeks];
    for (int w = 0; w < weeks; w++) {
      slot[w] = w >= grid.fromIndex() && w <= grid.toIndex() ? w - grid.fromIndex() : counted;
    }
  }

  /**
   * Counts one person.
   *
   * @param codes per data week the code, 0 for blank; only the weeks in {@code touched} are not 0
   * @param touched the weeks with a code
   * @param n how many of {@code touched} are used
   * @param visit per quarter 0 (unknown) or 1 + the visitation category's ordinal
   * @param hasVisit whether any quarter is known
   */
  void person(short[] codes, int[] touched, int n, byte[] visit, boolean hasVisit) {
    persons++;
    final int[] counts = this.counts;
    final int[] slot = this.slot;
    final int stride = this.stride;
    for (int i = 0; i < n; i++) {
      int w = touched[i];
      int c = codes[w];
      int g = now[c];
      int fw = later[c]; // week w seen from w - 52
      if (hasVisit) {
        int v = visit[quarterOfWeek[w]];
        g = byVisit[g][v];
        if (fw < G) {
          fw = byVisit[fw][v];
        }
      }
      // the pair at t = w
      int f;
      int w2 = w + LAG;
      if (w2 < weeks) {
        int c2 = codes[w2];
        f = later[c2];
        if (hasVisit && c2 != 0 && f < G) {
          f = byVisit[f][visit[quarterOfWeek[w2]]];
        }
      } else {
        f = BEYOND;
      }
      if (g != NB || (f != NB && f != BEYOND)) {
        counts[(g * F + f) * stride + slot[w]]++;
      }
      // the pair at t = w - 52, when that week is blank (else it is counted from there)
      int t = w - LAG;
      if (t >= 0 && fw != NB && codes[t] == 0) {
        counts[fw * stride + slot[t]]++; // pair NB * F + fw
      }
    }
  }

  /** Fills in the pairs not counted person by person and adds the counts to an accumulator. */
  void addTo(KeyFigureAccumulator acc) {
    int pairs = KeyFigureAccumulator.pairsPerWeek();
    int[] weekMajor = new int[counted * pairs];
    for (int k = 0; k < counted; k++) {
      long sum = 0;
      for (int pair = 0; pair < pairs; pair++) {
        int c = counts[pair * stride + k];
        weekMajor[k * pairs + pair] = c;
        sum += c;
      }
      int t = fromIndex + k;
      int rest = t + LAG < weeks ? NB * F + NB : NB * F + BEYOND;
      weekMajor[k * pairs + rest] += (int) (persons - sum);
    }
    acc.addWeeklyPairs(weekMajor, persons);
  }
}
