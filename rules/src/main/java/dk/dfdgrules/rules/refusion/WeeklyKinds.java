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

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.Arrays;
import java.util.List;

/**
 * The facts of REF-1 … REF-3: one person's weekly series as {@linkplain WeekKind kinds of week},
 * each benefit week marked when its benefit is under co-financing. Holds no person key: the
 * refusion steps need none.
 *
 * <p>Built from a {@link DreamSeries} through a {@link WeekKindTable} ({@link #from(DreamSeries)}),
 * or directly from kinds ({@link #builder(IsoWeek)}). Immutable.
 */
public final class WeeklyKinds {

  private static final WeekKind[] KINDS = WeekKind.values();

  private final IsoWeek firstWeek;
  private final byte[] kinds;
  private final boolean[] coFinanced;
  private final short[] codes;

  private WeeklyKinds(IsoWeek firstWeek, byte[] kinds, boolean[] coFinanced, short[] codes) {
    this.firstWeek = firstWeek;
    this.kinds = kinds;
    this.coFinanced = coFinanced;
    this.codes = codes;
  }

  /**
   * A DREAM series read through the standard table ({@link WeekKindTable#standard()}).
   *
   * @param series the series
   * @return the kinds
   */
  public static WeeklyKinds from(DreamSeries series) {
    return from(series, WeekKindTable.standard());
  }

  /**
   * A DREAM series read through a table.
   *
   * @param series the series
   * @param table the mapping from code to kind
   * @return the kinds, with the series' codes kept
   */
  public static WeeklyKinds from(DreamSeries series, WeekKindTable table) {
    requireNonNull(table, "table");
    int n = series.length();
    byte[] ks = new byte[n];
    boolean[] cf = new boolean[n];
    short[] cs = new short[n];
    for (int i = 0; i < n; i++) {
      short c = series.codeAtIndex(i);
      cs[i] = c;
      ks[i] = (byte) table.kindOf(c).ordinal();
      cf[i] = table.isCoFinanced(c);
    }
    return new WeeklyKinds(series.firstWeek(), ks, cf, cs);
  }

  /**
   * A series of kinds, none co-financed.
   *
   * @param firstWeek the week of the first kind
   * @param kinds one kind per week
   * @return the series
   */
  public static WeeklyKinds of(IsoWeek firstWeek, List<WeekKind> kinds) {
    Builder b = builder(firstWeek);
    kinds.forEach(k -> b.add(k, 1));
    return b.build();
  }

  /**
   * Starts a series.
   *
   * @param firstWeek the week of the first kind added
   * @return a builder
   */
  public static Builder builder(IsoWeek firstWeek) {
    return new Builder(firstWeek);
  }

  /**
   * The first week.
   *
   * @return the week of index 0
   */
  public IsoWeek firstWeek() {
    return firstWeek;
  }

  /**
   * The number of weeks.
   *
   * @return the length
   */
  public int length() {
    return kinds.length;
  }

  /**
   * The week at an index.
   *
   * @param index 0 for the first week
   * @return the week
   */
  public IsoWeek weekAt(int index) {
    return firstWeek.plusWeeks(index);
  }

  /**
   * The kind at an index.
   *
   * @param index 0 … {@code length() - 1}
   * @return the kind
   */
  public WeekKind kindAt(int index) {
    return KINDS[kinds[index]];
  }

  /**
   * Tells whether the week at an index has a benefit under co-financing.
   *
   * @param index 0 … {@code length() - 1}
   * @return true for a co-financed benefit week
   */
  public boolean isCoFinancedAt(int index) {
    return coFinanced[index];
  }

  /**
   * The DREAM code at an index.
   *
   * @param index 0 … {@code length() - 1}
   * @return the code, or 0 for a blank week or a series built from kinds
   */
  public int codeAt(int index) {
    return codes[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyKinds w
        && firstWeek.equals(w.firstWeek)
        && Arrays.equals(kinds, w.kinds)
        && Arrays.equals(coFinanced, w.coFinanced)
        && Arrays.equals(codes, w.codes);
  }

  @Override
  public int hashCode() {
    return firstWeek.hashCode() * 31 + Arrays.hashCode(kinds);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("WeeklyKinds{").append(firstWeek).append(": ");
    for (int i = 0; i < kinds.length; i++) {
      s.append(kindAt(i).name().charAt(0));
    }
    return s.append('}').toString();
  }

  /**
   * The last week a series can hold: the last ISO week a {@link IsoWeek} can be, so that a count of
   * weeks given as a number of a few bytes never makes a series of a billion weeks.
   */
  public static final IsoWeek LAST_WEEK = IsoWeek.of(9999, 52);

  /**
   * The weeks a series from a first week can hold, that week and {@link #LAST_WEEK} included.
   *
   * @param firstWeek the first week
   * @return the number of weeks, ≥ 1
   */
  static long weeksFrom(IsoWeek firstWeek) {
    return firstWeek.weeksUntil(LAST_WEEK) + 1;
  }

  /** Builds a {@link WeeklyKinds} week by week. */
  public static final class Builder {
    private final IsoWeek firstWeek;
    private byte[] kinds = new byte[64];
    private boolean[] coFinanced = new boolean[64];
    private int size;

    private final long room;

    private Builder(IsoWeek firstWeek) {
      this.firstWeek = requireNonNull(firstWeek, "firstWeek");
      this.room = weeksFrom(firstWeek);
    }

    /**
     * Adds weeks of a kind, not co-financed.
     *
     * @param kind the kind
     * @param weeks how many, ≥ 0
     * @return this builder
     * @throws IllegalArgumentException if {@code weeks} is negative, or the series would go on past
     *     {@link WeeklyKinds#LAST_WEEK}
     */
    public Builder add(WeekKind kind, int weeks) {
      return add(kind, weeks, false);
    }

    /**
     * Adds benefit weeks under co-financing (§ 5, stk. 3).
     *
     * @param weeks how many, ≥ 0
     * @return this builder
     * @throws IllegalArgumentException if {@code weeks} is negative, or the series would go on past
     *     {@link WeeklyKinds#LAST_WEEK}
     */
    public Builder addCoFinanced(int weeks) {
      return add(WeekKind.BENEFIT, weeks, true);
    }

    private Builder add(WeekKind kind, int weeks, boolean cf) {
      requireNonNull(kind, "kind");
      checkArgument(weeks >= 0, "weeks must be >= 0, was %s", Masking.lazy(weeks));
      checkArgument(
          size + (long) weeks <= room,
          "the series would go on past %s: %s weeks after %s weeks from %s",
          LAST_WEEK,
          Masking.lazy(weeks),
          size,
          firstWeek);
      if (size + weeks > kinds.length) {
        int cap = Math.max(kinds.length * 2, size + weeks);
        kinds = Arrays.copyOf(kinds, cap);
        coFinanced = Arrays.copyOf(coFinanced, cap);
      }
      for (int i = 0; i < weeks; i++) {
        kinds[size] = (byte) kind.ordinal();
        coFinanced[size] = cf;
        size++;
      }
      return this;
    }

    /**
     * The series.
     *
     * @return the series
     */
    public WeeklyKinds build() {
      return new WeeklyKinds(
          firstWeek, Arrays.copyOf(kinds, size), Arrays.copyOf(coFinanced, size), new short[size]);
    }
  }
}
