/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.BenefitGroup;

/**
 * The counting kernel of DRM-5 … DRM-8: adds one person's weekly groups and follow-ups to the
 * counts of a {@link PeriodGrid}, a person counting once per cell however many weeks of the period
 * put them there (DRM-7, FLIS-DREAM §7.1.1: "kun at tælle den unikke forekomst af borgeren i
 * data").
 *
 * <p>Not thread-safe: each worker thread has its own accumulator; {@link #merge} sums them, which
 * is exact because a person is always added whole to one accumulator.
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2).
 */
public final class KeyFigureAccumulator {

  /** A week without data for the person (no column, or outside the person's rows). */
  public static final byte ABSENT = -1;

  static final int G = FollowUp.GROUP_COUNT;
  static final int F = FollowUp.COUNT;
  static final int S = StatusOutcome.values().length;
  static final int SEL = SelectedOutcome.values().length;
  static final int PAIRS = G * F;
  private static final int NO_BENEFIT = BenefitGroup.NO_BENEFIT.ordinal();

  private final PeriodGrid grid;
  private final boolean weekly;
  private final int[] periodOf;
  final int[] pairs;
  final int[] groups;
  final int[] status;
  final int[] selected;
  final int[] selectedAny;
  final int[] periodPersons;
  // periods other than weeks: the persons whose period has exactly one (group, follow-up) pair —
  // most of them — per pair; their groups, statuses and selected benefits are derived at the end,
  // as a week's are
  final int[] single;
  long persons;
  private final int[] seen = new int[64];

  /**
   * An empty accumulator.
   *
   * @param grid the periods to count
   */
  public KeyFigureAccumulator(PeriodGrid grid) {
    this.grid = requireNonNull(grid, "grid");
    this.weekly = grid.type() == PeriodType.WEEK;
    this.periodOf = grid.periodOfArray();
    int p = grid.periodCount();
    this.pairs = new int[p * PAIRS];
    this.groups = new int[p * G];
    this.status = new int[p * G * S];
    this.selected = new int[p * SEL];
    this.selectedAny = new int[p];
    this.periodPersons = new int[p];
    this.single = new int[weekly ? 0 : p * PAIRS];
  }

  /**
   * The grid.
   *
   * @return the grid
   */
  public PeriodGrid grid() {
    return grid;
  }

  /**
   * Adds one person.
   *
   * @param group per data week (index 0 = the data's first week), the ordinal of the DRM-4 group,
   *     or {@link #ABSENT}; at least {@code grid.toIndex() + 1} long
   * @param followUp per data week, the {@link FollowUp#index()} of that week as seen from 52 weeks
   *     earlier (the group, or {@link FollowUp#LEFT_POPULATION_INDEX} for 997/999, or {@link
   *     FollowUp#BEYOND_DATA_INDEX} for an absent week); at least {@code grid.toIndex() + 53} long,
   *     the weeks after the data holding {@link FollowUp#BEYOND_DATA_INDEX}
   */
  public void addPerson(byte[] group, byte[] followUp) {
    add(group, followUp, 1);
  }

  /**
   * Takes out a person added before (a row found, after it was counted, to be a second row of a
   * person already counted).
   *
   * @param group as given to {@link #addPerson}
   * @param followUp as given to {@link #addPerson}
   */
  public void removePerson(byte[] group, byte[] followUp) {
    add(group, followUp, -1);
  }

  private void add(byte[] group, byte[] followUp, int delta) {
    persons += delta;
    final int from = grid.fromIndex();
    final int to = grid.toIndex();
    if (weekly) {
      final int[] c = pairs;
      int base = 0;
      for (int t = from; t <= to; t++, base += PAIRS) {
        int g = group[t];
        if (g >= 0) {
          c[base + g * F + followUp[t + ReceiverStatusRule.WEEKS_LATER]] += delta;
        }
      }
      return;
    }
    int cur = -1;
    int n = 0;
    for (int t = from; t <= to; t++) {
      int g = group[t];
      if (g < 0) {
        continue;
      }
      int p = periodOf[t - from];
      if (p != cur) {
        if (cur >= 0) {
          flush(cur, n, delta);
        }
        cur = p;
        n = 0;
      }
      int pair = g * F + followUp[t + ReceiverStatusRule.WEEKS_LATER];
      if (n > 0 && seen[n - 1] == pair) {
        continue; // the same as the week before: the common case
      }
      boolean found = false;
      for (int i = 0; i < n; i++) {
        if (seen[i] == pair) {
          found = true;
          break;
        }
      }
      if (!found) {
        seen[n++] = pair;
      }
    }
    if (cur >= 0) {
      flush(cur, n, delta);
    }
  }

  private void flush(int p, int n, int delta) {
    if (n == 1) {
      single[p * PAIRS + seen[0]] += delta;
      return;
    }
    periodPersons[p] += delta;
    int groupMask = 0;
    long statusLo = 0;
    long statusHi = 0;
    int selMask = 0;
    for (int i = 0; i < n; i++) {
      int pair = seen[i];
      pairs[p * PAIRS + pair] += delta;
      int g = pair / F;
      int f = pair % F;
      groupMask |= 1 << g;
      int s = ReceiverStatusRule.statusIndex(g, f);
      if (s >= 0) {
        int bit = g * S + s;
        if (bit < 64) {
          statusLo |= 1L << bit;
        } else {
          statusHi |= 1L << (bit - 64);
        }
      }
      int sel = SelectedBenefitsRule.outcomeIndex(g, f);
      if (sel >= 0) {
        selMask |= 1 << sel;
      }
    }
    // only the bits set (a person has one or two pairs in a period, not 17 groups' worth)
    for (int m = groupMask; m != 0; m &= m - 1) {
      groups[p * G + Integer.numberOfTrailingZeros(m)] += delta;
    }
    for (long m = statusLo; m != 0; m &= m - 1) {
      status[p * G * S + Long.numberOfTrailingZeros(m)] += delta;
    }
    for (long m = statusHi; m != 0; m &= m - 1) {
      status[p * G * S + 64 + Long.numberOfTrailingZeros(m)] += delta;
    }
    if (selMask != 0) {
      selectedAny[p] += delta;
      for (int m = selMask; m != 0; m &= m - 1) {
        selected[p * SEL + Integer.numberOfTrailingZeros(m)] += delta;
      }
    }
  }

  /**
   * Adds weekly pair counts computed by a fused kernel: {@code counts[(t - from) * 323 + group * 19
   * + followUp]} for each counted week t.
   *
   * @param counts the counts, at least {@code weekCount() * 323} long
   * @param addedPersons the persons they hold
   * @throws IllegalStateException if the grid is not weekly
   */
  public void addWeeklyPairs(int[] counts, long addedPersons) {
    if (!weekly) {
      throw new IllegalStateException("not a weekly grid");
    }
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] += counts[i];
    }
    persons += addedPersons;
  }

  /**
   * The number of counters per week: 17 groups × 19 follow-ups.
   *
   * @return 323
   */
  public static int pairsPerWeek() {
    return PAIRS;
  }

  /**
   * Adds another accumulator's counts (of other persons) to this one.
   *
   * @param other an accumulator over the same grid
   * @throws IllegalArgumentException if the grids differ
   */
  public void merge(KeyFigureAccumulator other) {
    if (other.pairs.length != pairs.length || other.weekly != weekly) {
      throw new IllegalArgumentException("accumulators of different grids");
    }
    add(pairs, other.pairs);
    add(groups, other.groups);
    add(status, other.status);
    add(selected, other.selected);
    add(selectedAny, other.selectedAny);
    add(periodPersons, other.periodPersons);
    add(single, other.single);
    persons += other.persons;
  }

  private static void add(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }

  /**
   * The number of persons added.
   *
   * @return the count
   */
  public long persons() {
    return persons;
  }

  /**
   * The counts so far, as an immutable result.
   *
   * @param definition the key figures to show
   * @return the counts
   */
  public KeyFigures toKeyFigures(KeyFigureDefinition definition) {
    int p = grid.periodCount();
    int[] pr = pairs.clone();
    int[] gr = groups.clone();
    int[] st = status.clone();
    int[] se = selected.clone();
    int[] sa = selectedAny.clone();
    int[] pp = periodPersons.clone();
    // a week's persons each have exactly one (group, follow-up): distinct counts are sums; so are
    // those of the persons with one pair in a longer period
    int[] one = weekly ? pairs : single;
    for (int q = 0; q < p; q++) {
      for (int g = 0; g < G; g++) {
        for (int f = 0; f < F; f++) {
          int c = one[q * PAIRS + g * F + f];
          if (c == 0) {
            continue;
          }
          if (!weekly) {
            pr[q * PAIRS + g * F + f] += c;
          }
          gr[q * G + g] += c;
          pp[q] += c;
          int s = ReceiverStatusRule.statusIndex(g, f);
          if (s >= 0) {
            st[q * G * S + g * S + s] += c;
          }
          int sel = SelectedBenefitsRule.outcomeIndex(g, f);
          if (sel >= 0) {
            se[q * SEL + sel] += c;
            sa[q] += c;
          }
        }
      }
    }
    return new KeyFigures(grid, definition, persons, pr, gr, st, se, sa, pp);
  }

  static int noBenefit() {
    return NO_BENEFIT;
  }
}
