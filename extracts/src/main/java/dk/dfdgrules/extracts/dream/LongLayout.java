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
import java.util.List;
import java.util.Locale;

/**
 * The columns of a long DREAM file (the DSA {@code y} table FLIS delivers): person key, week and
 * benefit code, one row per person-week; other columns are skipped.
 */
final class LongLayout {

  final byte delim;
  final int columns;
  final int keyCol;
  final int weekCol;
  final int codeCol;
  final IsoWeek dataFirst;
  final int weeks;

  /** Epoch week of week 1 of each year from {@link #baseYear}; for fast week parsing. */
  final int baseYear;

  final long[] week1Epoch;
  final int[] weeksInYear;
  final long firstEpoch;

  /** The quarter of the first week (by its Thursday, DRM-2) and the number of quarters. */
  final YearQuarter firstQuarter;

  final int quarters;

  /** Week index → quarter index (from {@link #firstQuarter}), by the week's Thursday (DRM-2). */
  final int[] quarterOfWeek;

  LongLayout(
      char delim,
      int columns,
      int keyCol,
      int weekCol,
      int codeCol,
      IsoWeek dataFirst,
      IsoWeek dataLast) {
    this.delim = (byte) delim;
    this.columns = columns;
    this.keyCol = keyCol;
    this.weekCol = weekCol;
    this.codeCol = codeCol;
    this.dataFirst = dataFirst;
    this.weeks = (int) dataFirst.weeksUntil(dataLast) + 1;
    this.baseYear = 1900;
    int years = 2100 - baseYear;
    this.week1Epoch = new long[years];
    this.weeksInYear = new int[years];
    for (int y = 0; y < years; y++) {
      week1Epoch[y] = IsoWeek.of(baseYear + y, 1).epochWeek();
      weeksInYear[y] = IsoWeek.weeksInYear(baseYear + y);
    }
    this.firstEpoch = dataFirst.epochWeek();
    this.firstQuarter = dataFirst.quarter();
    this.quarters = WideLayout.quarterIndex(firstQuarter, dataLast.quarter()) + 1;
    this.quarterOfWeek = new int[weeks];
    IsoWeek w = dataFirst;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      quarterOfWeek[i] = WideLayout.quarterIndex(firstQuarter, w.quarter());
    }
  }

  /**
   * Finds the columns of a header.
   *
   * @param fields the header's fields
   * @param names the accepted names of the person, week and code columns, lower case, in preference
   *     order
   * @return {@code {key, week, code}}, or null when one is missing
   */
  static int[] columns(List<String> fields, List<List<String>> names) {
    int[] out = new int[3];
    for (int i = 0; i < 3; i++) {
      out[i] = -1;
      int best = Integer.MAX_VALUE;
      for (int c = 0; c < fields.size(); c++) {
        int pref = names.get(i).indexOf(fields.get(c).strip().toLowerCase(Locale.ROOT));
        if (pref >= 0 && pref < best) {
          best = pref;
          out[i] = c;
        }
      }
      if (out[i] < 0) {
        return null;
      }
    }
    return out;
  }

  IsoWeek lastWeek() {
    return dataFirst.plusWeeks(weeks - 1L);
  }

  /**
   * Parses a week at byte level: {@code 2019-W38}, {@code 2019W38}, {@code 201938}, {@code y_1938}.
   *
   * @return the epoch week, or Long.MIN_VALUE if malformed or not a real week
   */
  long parseWeek(byte[] b, int off, int len) {
    int year;
    int week;
    if (len == 6 && b[off] == 'y' && b[off + 1] == '_') {
      int yy = digits(b, off + 2, 2);
      week = digits(b, off + 4, 2);
      if (yy < 0) {
        return Long.MIN_VALUE;
      }
      year = yy < 90 ? 2000 + yy : 1900 + yy;
    } else if (len == 8 && b[off + 4] == '-' && (b[off + 5] == 'W' || b[off + 5] == 'w')) {
      year = digits(b, off, 4);
      week = digits(b, off + 6, 2);
    } else if (len == 7 && (b[off + 4] == 'W' || b[off + 4] == 'w')) {
      year = digits(b, off, 4);
      week = digits(b, off + 5, 2);
    } else if (len == 6) {
      year = digits(b, off, 4);
      week = digits(b, off + 4, 2);
    } else {
      return Long.MIN_VALUE;
    }
    if (year < baseYear || year >= baseYear + week1Epoch.length || week < 1) {
      return Long.MIN_VALUE;
    }
    if (week > weeksInYear[year - baseYear]) {
      return Long.MIN_VALUE;
    }
    return week1Epoch[year - baseYear] + week - 1;
  }

  private static int digits(byte[] b, int off, int n) {
    int v = 0;
    for (int i = off; i < off + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
