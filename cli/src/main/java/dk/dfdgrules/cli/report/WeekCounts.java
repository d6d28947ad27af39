/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.IsoWeek;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * Counts per ISO week and category — persons per refusion step, citizens per visitation category —
 * with their CSV ({@code week;CATEGORY…}, a row per week) and their report sections: a line per
 * category over the weeks, and the latest week. Every count shown carries the key {@code
 * WEEK;CATEGORY} of its CSV cell ({@link #key}), so that a check can hold the page to the CSV.
 */
public final class WeekCounts {

  private final List<String> categories;
  private final TreeMap<IsoWeek, long[]> counts = new TreeMap<>();

  /**
   * Empty counts.
   *
   * @param categories the categories' names, the CSV's column headings after {@code week}
   * @throws IllegalArgumentException if there is none or a name is blank or has a {@code ;}
   */
  public WeekCounts(List<String> categories) {
    this.categories = List.copyOf(categories);
    checkArgument(!this.categories.isEmpty(), "no categories");
    for (String c : this.categories) {
      checkArgument(!c.isBlank() && c.indexOf(';') < 0, "a category name must be plain text");
    }
  }

  /**
   * Adds to a count.
   *
   * @param week the week
   * @param category the category's index in {@link #categories()}
   * @param n how many, ≥ 0
   * @throws IllegalArgumentException if {@code n} is negative or the index is out of range
   */
  public void add(IsoWeek week, int category, long n) {
    requireNonNull(week, "week");
    checkArgument(n >= 0, "n must be >= 0");
    checkArgument(category >= 0 && category < categories.size(), "no category %s", category);
    counts.computeIfAbsent(week, k -> new long[categories.size()])[category] += n;
  }

  /**
   * The categories.
   *
   * @return their names
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * The weeks with a count (possibly 0 in every category).
   *
   * @return the weeks, in order
   */
  public NavigableSet<IsoWeek> weeks() {
    return Collections.unmodifiableNavigableSet(counts.navigableKeySet());
  }

  /**
   * A count.
   *
   * @param week the week
   * @param category the category's index
   * @return the count, 0 for a week without any
   */
  public long count(IsoWeek week, int category) {
    long[] c = counts.get(week);
    return c == null ? 0 : c[category];
  }

  /**
   * A count as a report cell, keyed to its CSV cell.
   *
   * @param week the week
   * @param category the category's index
   * @return the cell
   */
  public Cell cell(IsoWeek week, int category) {
    return Cell.count(count(week, category), key(week, categories.get(category)));
  }

  /**
   * The key of a CSV cell: its row's week and its column's heading.
   *
   * @param week the week
   * @param category the column heading
   * @return e.g. {@code 2024-W10;80 %}
   */
  public static String key(IsoWeek week, String category) {
    return week + ";" + category;
  }

  /**
   * Writes the CSV: the header {@code week;CATEGORY…}, then a row per week; a suppressed count as
   * {@code <N}, never as 0.
   *
   * @param w where to
   * @param s the suppression ({@link Suppression#NONE} for every count as it is)
   * @throws IOException if writing fails
   */
  public void writeCsv(Writer w, Suppression s) throws IOException {
    StringBuilder h = new StringBuilder("week");
    categories.forEach(c -> h.append(';').append(c));
    w.write(h.append('\n').toString());
    StringBuilder row = new StringBuilder(64);
    for (var e : counts.entrySet()) {
      row.setLength(0);
      row.append(e.getKey());
      for (long n : e.getValue()) {
        row.append(';').append(s.hides(n) ? s.hiddenCount() : Long.toString(n));
      }
      w.write(row.append('\n').toString());
    }
  }

  /**
   * A line per category over the weeks.
   *
   * @param title the heading
   * @param description the sentence under it
   * @param xTitle the weeks' column heading
   * @return the chart (its table has a row per week)
   */
  public Report.LineChart chart(String title, String description, String xTitle) {
    List<String> labels = new ArrayList<>();
    counts.keySet().forEach(wk -> labels.add(wk.toString()));
    List<Report.Series> series = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      List<Cell> points = new ArrayList<>();
      for (IsoWeek wk : counts.keySet()) {
        points.add(cell(wk, c));
      }
      series.add(new Report.Series(categories.get(c), points));
    }
    return new Report.LineChart(title, description, xTitle, labels, series);
  }
}
