/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.rules.dream.DreamCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a wide DREAM file (STAR's file, research extracts): a person key column, {@code
 * y_YYWW} columns in any order, optional quarterly visitation columns ({@code visit_2014_1}, {@code
 * visit2014q1}, {@code visit_2014k1}) and other variables, which are skipped.
 */
final class WideLayout {

  static final int OTHER = -1;
  static final int KEY = -2;

  /** Visit columns are {@code VISIT_BASE - quarterIndex}. */
  static final int VISIT_BASE = -3;

  private static final Pattern VISIT =
      Pattern.compile("visit_?(\\d{4})_?[qk]?([1-4])", Pattern.CASE_INSENSITIVE);

  final byte delim;
  final int columns;
  final int[] kind;
  final String[] names;
  final IsoWeek dataFirst;
  final int weeks;
  final YearQuarter firstQuarter;
  final int quarters;
  final int[] quarterOfWeek;
  final boolean hasVisit;

  private WideLayout(
      byte delim,
      int[] kind,
      String[] names,
      IsoWeek dataFirst,
      int weeks,
      YearQuarter firstQuarter,
      int quarters,
      boolean hasVisit) {
    this.delim = delim;
    this.columns = kind.length;
    this.kind = kind;
    this.names = names;
    this.dataFirst = dataFirst;
    this.weeks = weeks;
    this.firstQuarter = firstQuarter;
    this.quarters = quarters;
    this.hasVisit = hasVisit;
    this.quarterOfWeek = new int[weeks];
    IsoWeek w = dataFirst;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      quarterOfWeek[i] = quarterIndex(firstQuarter, w.quarter());
    }
  }

  static int quarterIndex(YearQuarter first, YearQuarter q) {
    return (q.year() - first.year()) * 4 + q.quarter() - first.quarter();
  }

  /**
   * Tells whether a header names weekly columns.
   *
   * @param fields the header's fields
   * @return true if a field is {@code y_YYWW}
   */
  static boolean isWide(List<String> fields) {
    return fields.stream().anyMatch(f -> WEEK_COLUMN.matcher(f.strip()).matches());
  }

  /** The shape of a weekly column, {@code y_YYWW}, a real week or not. */
  private static final Pattern WEEK_COLUMN = Pattern.compile("y_\\d{4}");

  /**
   * Reads a header.
   *
   * @param fields the header's fields
   * @param delim the delimiter
   * @param keyColumns the accepted names of the key column, lower case, in preference order
   * @return the layout
   * @throws DreamInputException if there is no key column or no weekly column, a week repeats, a
   *     column of the form {@code y_YYWW} names no real DREAM week (e.g. {@code y_1953}: 2019 has
   *     no week 53), or a column of the form {@code visit_YYYY_Q} names no quarter ({@code
   *     visit_0000_1})
   */
  static WideLayout of(List<String> fields, char delim, List<String> keyColumns) {
    int n = fields.size();
    int[] kind = new int[n];
    String[] names = new String[n];
    List<IsoWeek> weeks = new ArrayList<>();
    int keyCol = -1;
    int keyPref = Integer.MAX_VALUE;
    for (int c = 0; c < n; c++) {
      String name = fields.get(c).strip();
      names[c] = name;
      kind[c] = OTHER;
      int pref = keyColumns.indexOf(name.toLowerCase(Locale.ROOT));
      if (pref >= 0 && pref < keyPref) {
        keyCol = c;
        keyPref = pref;
      }
      Optional<IsoWeek> week = DreamCalendar.parseColumn(name);
      if (week.isEmpty() && WEEK_COLUMN.matcher(name).matches()) {
        throw new DreamInputException(
            "line 1: column "
                + name
                + " names no DREAM week (week 00, a week 53 its year does not have, or before"
                + " 1991-W32)");
      }
      weeks.add(week.orElse(null));
    }
    if (keyCol < 0) {
      throw new DreamInputException(
          "line 1: no person key column (expected one of " + keyColumns + ")");
    }
    IsoWeek min = null;
    IsoWeek max = null;
    for (IsoWeek w : weeks) {
      if (w != null) {
        min = min == null || w.isBefore(min) ? w : min;
        max = max == null || w.isAfter(max) ? w : max;
      }
    }
    if (min == null) {
      throw new DreamInputException("line 1: no weekly column y_YYWW");
    }
    int span = (int) min.weeksUntil(max) + 1;
    boolean[] seen = new boolean[span];
    for (int c = 0; c < n; c++) {
      IsoWeek w = weeks.get(c);
      if (w != null) {
        int i = (int) min.weeksUntil(w);
        if (seen[i]) {
          throw new DreamInputException("line 1: week column " + names[c] + " repeats");
        }
        seen[i] = true;
        kind[c] = i;
      }
    }
    kind[keyCol] = KEY;
    YearQuarter firstQ = min.quarter();
    YearQuarter lastQ = max.quarter();
    int quarters = quarterIndex(firstQ, lastQ) + 1;
    boolean hasVisit = false;
    for (int c = 0; c < n; c++) {
      if (kind[c] != OTHER) {
        continue;
      }
      Matcher m = VISIT.matcher(names[c]);
      if (m.matches()) {
        YearQuarter q;
        try {
          q = YearQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) { // year 0000: no quarter
          throw new DreamInputException(
              "line 1: column " + names[c] + " names no quarter (" + e.getMessage() + ")");
        }
        int qi = quarterIndex(firstQ, q);
        if (qi >= 0 && qi < quarters) {
          kind[c] = VISIT_BASE - qi;
          hasVisit = true;
        }
      }
    }
    return new WideLayout((byte) delim, kind, names, min, span, firstQ, quarters, hasVisit);
  }

  IsoWeek lastWeek() {
    return dataFirst.plusWeeks(weeks - 1L);
  }

  Optional<String> columnName(int c) {
    return c >= 0 && c < names.length ? Optional.of(names[c]) : Optional.empty();
  }
}
