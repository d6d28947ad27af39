/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a count covers: the weeks t from {@link #first()} to {@link #last()}, grouped into
 * periods of a {@link PeriodType} by their Thursday (DRM-2). Week indices are dense, counted from
 * the first week of the <em>data</em> ({@link #dataFirst()}), so the counting kernels address weeks
 * by array index.
 */
public final class PeriodGrid {

  private final PeriodType type;
  private final IsoWeek dataFirst;
  private final int from;
  private final int to;
  private final int[] periodOf;
  private final ImmutableList<String> labels;
  private final ImmutableList<IsoWeek> firstWeeks;
  private final ImmutableList<IsoWeek> lastWeeks;

  private PeriodGrid(PeriodType type, IsoWeek dataFirst, int from, int to) {
    this.type = type;
    this.dataFirst = dataFirst;
    this.from = from;
    this.to = to;
    this.periodOf = new int[Math.max(0, to - from + 1)];
    List<String> ls = new ArrayList<>();
    List<IsoWeek> fs = new ArrayList<>();
    List<IsoWeek> es = new ArrayList<>();
    String prev = null;
    IsoWeek w = dataFirst.plusWeeks(from);
    for (int t = from; t <= to; t++, w = w.plusWeeks(1)) {
      String label = type.label(w);
      if (!label.equals(prev)) {
        ls.add(label);
        fs.add(w);
        es.add(w);
        prev = label;
      } else {
        es.set(es.size() - 1, w);
      }
      periodOf[t - from] = ls.size() - 1;
    }
    this.labels = ImmutableList.copyOf(ls);
    this.firstWeeks = ImmutableList.copyOf(fs);
    this.lastWeeks = ImmutableList.copyOf(es);
  }

  /**
   * A grid.
   *
   * @param type the period type
   * @param dataFirst the first week of the data (index 0)
   * @param first the first week t counted, not before {@code dataFirst}
   * @param last the last week t counted; before {@code first} for an empty grid
   * @return the grid
   */
  public static PeriodGrid of(PeriodType type, IsoWeek dataFirst, IsoWeek first, IsoWeek last) {
    long f = dataFirst.weeksUntil(first);
    long l = dataFirst.weeksUntil(last);
    checkArgument(f >= 0, "first week %s is before the data's first week %s", first, dataFirst);
    return new PeriodGrid(type, dataFirst, (int) f, (int) Math.max(l, f - 1));
  }

  /**
   * The period type.
   *
   * @return the type
   */
  public PeriodType type() {
    return type;
  }

  /**
   * The first week of the data: index 0.
   *
   * @return the week
   */
  public IsoWeek dataFirst() {
    return dataFirst;
  }

  /**
   * The first week counted.
   *
   * @return the week
   */
  public IsoWeek first() {
    return dataFirst.plusWeeks(from);
  }

  /**
   * The last week counted.
   *
   * @return the week
   */
  public IsoWeek last() {
    return dataFirst.plusWeeks(to);
  }

  /**
   * The index of the first week counted.
   *
   * @return the index from the data's first week
   */
  public int fromIndex() {
    return from;
  }

  /**
   * The index of the last week counted.
   *
   * @return the index from the data's first week
   */
  public int toIndex() {
    return to;
  }

  /**
   * The number of weeks counted.
   *
   * @return the count
   */
  public int weekCount() {
    return to - from + 1;
  }

  /**
   * The number of periods.
   *
   * @return the count
   */
  public int periodCount() {
    return labels.size();
  }

  /**
   * The period of a week.
   *
   * @param weekIndex an index from {@link #fromIndex()} to {@link #toIndex()}
   * @return the period's index
   */
  public int periodOf(int weekIndex) {
    return periodOf[weekIndex - from];
  }

  /**
   * The labels of the periods, e.g. {@code 2019-W38}, {@code 2019-09}, {@code 2019-Q3}, {@code
   * 2019}.
   *
   * @return the labels, in time order
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The first week counted in a period.
   *
   * @param period the period's index
   * @return the week
   */
  public IsoWeek firstWeekOf(int period) {
    return firstWeeks.get(period);
  }

  /**
   * The last week counted in a period.
   *
   * @param period the period's index
   * @return the week
   */
  public IsoWeek lastWeekOf(int period) {
    return lastWeeks.get(period);
  }

  int[] periodOfArray() {
    return periodOf;
  }
}
