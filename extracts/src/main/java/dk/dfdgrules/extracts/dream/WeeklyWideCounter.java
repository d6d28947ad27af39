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
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fused kernel for the commonest job — weekly counts of a wide file whose weekly columns are
 * contiguous, in week order, without gaps and without visitation columns: one pass per row parses
 * each cell, maps it to its group (DRM-4) and counts the week 52 weeks before it (DRM-5) at once.
 *
 * <ul>
 *   <li>Runs of eight blank cells, and two more cells of the code before, are recognised with one
 *       8-byte compare (SWAR).
 *   <li>A pair "Ingen ydelse" at t and at t+52 is not counted cell by cell: it is the persons of
 *       the week minus every other pair, filled in at the end.
 *   <li>A row that is anything but plain (a quote, a malformed or unknown code, a wrong field
 *       count) has its counts taken back and goes through {@link WideParser}'s careful path, which
 *       reports the reason, and is counted from its codes.
 * </ul>
 */
final class WeeklyWideCounter extends WideRowWorker {

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int F = FollowUp.COUNT;
  private static final int LAG = ReceiverStatusRule.WEEKS_LATER;
  private static final int BEYOND = FollowUp.BEYOND_DATA_INDEX;
  private static final int NB = BenefitGroup.NO_BENEFIT.ordinal();

  private final boolean[] known;
  private final GroupTables tables;
  private final UnlistedCounter unlisted = new UnlistedCounter();
  private final byte[] now; // code → group ordinal
  private final byte[] later; // code → follow-up index
  private final int[]
      base; // week → offset of its block in counts (a scratch block when not counted)
  private final byte[] g; // per week of the row: group ordinal
  private final byte[] fol; // per week of the row: follow-up index
  private final int[] counts;
  private final byte delim;
  private final long eightDelims;
  private final int weeks;
  private final OuterColumns outer;
  private final int counted;
  private final WideParser slow;
  private final short[] slowCodes;
  private long persons;

  WeeklyWideCounter(WideLayout layout, GroupTables t, PeriodGrid grid) {
    if (NB != 0) {
      throw new IllegalStateException("the kernel needs 'Ingen ydelse' as group 0");
    }
    this.known = t.known;
    this.tables = t;
    this.weeks = layout.weeks;
    this.now = t.now;
    this.later = t.later;
    int pairs = KeyFigureAccumulator.pairsPerWeek();
    this.counted = grid.weekCount();
    this.counts = new int[(counted + 1) * pairs];
    this.base = new int[weeks];
    for (int w = 0; w < weeks; w++) {
      base[w] =
          w >= grid.fromIndex() && w <= grid.toIndex()
              ? (w - grid.fromIndex()) * pairs
              : counted * pairs;
    }
    this.g = new byte[weeks + 8];
    this.fol = new byte[weeks + 8];
    this.delim = layout.delim;
    this.eightDelims = (delim & 0xffL) * 0x0101010101010101L;
    this.outer = new OuterColumns(layout);
    this.slowCodes = new short[weeks];
    this.slow =
        new WideParser(
            layout,
            t,
            (kb, ko, kl, codes, visit, hasVisit) -> {
              System.arraycopy(codes, 0, slowCodes, 0, weeks);
              return true;
            },
            unlisted);
  }

  /**
   * Tells whether a layout suits this kernel.
   *
   * @param layout a wide layout
   * @return true if the weekly columns are contiguous, in week order, without gaps, and there is no
   *     visitation column
   */
  static boolean suits(WideLayout layout) {
    if (layout.hasVisit || layout.weeks < 2) {
      return false;
    }
    int first = -1;
    for (int c = 0; c < layout.columns; c++) {
      if (layout.kind[c] == 0) {
        first = c;
      }
    }
    if (first < 0 || first + layout.weeks > layout.columns) {
      return false;
    }
    for (int w = 0; w < layout.weeks; w++) {
      if (layout.kind[first + w] != w) {
        return false;
      }
    }
    return true;
  }

  /** Fills in the pairs "Ingen ydelse" → "Ingen ydelse" and adds the counts to an accumulator. */
  void addTo(KeyFigureAccumulator acc) {
    int pairs = KeyFigureAccumulator.pairsPerWeek();
    for (int t = 0; t < counted; t++) {
      long sum = 0;
      for (int i = t * pairs; i < (t + 1) * pairs; i++) {
        sum += counts[i];
      }
      counts[t * pairs + NB * F + NB] += (int) (persons - sum);
    }
    acc.addWeeklyPairs(counts, persons);
  }

  /** Takes back the counts of the weeks {@code LAG .. reached-1} of a row. */
  private void undo(int reached) {
    for (int w = LAG; w < reached; w++) {
      int t = w - LAG;
      int gt = g[t];
      int f = fol[w];
      if ((gt | f) != 0) {
        counts[base[t] + gt * F + f]--;
      }
    }
  }

  /** The unlisted codes of the rows used (the careful path's included). */
  @Override
  UnlistedCounter unlisted() {
    return unlisted;
  }

  @Override
  int row(final byte[] b, final int start, final int len) {
    unlisted.discard();
    // the columns before the weeks (the key, other variables)
    int pos = outer.before(b, start, len);
    if (pos < 0) {
      return slowRow(b, start, len);
    }
    final byte d = delim;
    // the weeks but the last, each ending in a delimiter
    final byte[] g = this.g;
    final byte[] fol = this.fol;
    final int[] counts = this.counts;
    final int[] base = this.base;
    final int last = weeks - 1;
    int w = 0;
    long repeat = 0; // the previous code cell ("111,") twice: a run of the same code
    int repeatGroup = 0;
    int repeatFollowUp = 0;
    while (w < last) {
      byte x = b[pos];
      if (x == d) {
        if (w + 8 <= last && pos + 8 <= len && (long) LONG.get(b, pos) == eightDelims) {
          LONG.set(g, w, 0L);
          LONG.set(fol, w, 0L);
          if (w >= LAG) {
            int t = w - LAG;
            if ((long) LONG.get(g, t) != 0L) {
              for (int j = 0; j < 8; j++) {
                int gt = g[t + j];
                if (gt != 0) {
                  counts[base[t + j] + gt * F]++;
                }
              }
            }
          } else if (w + 8 > LAG) {
            for (int j = LAG - w; j < 8; j++) {
              int t = w + j - LAG;
              int gt = g[t];
              if (gt != 0) {
                counts[base[t] + gt * F]++;
              }
            }
          }
          pos += 8;
          w += 8;
          continue;
        }
        g[w] = 0;
        fol[w] = 0;
        if (w >= LAG) {
          int gt = g[w - LAG];
          if (gt != 0) {
            counts[base[w - LAG] + gt * F]++;
          }
        }
        pos++;
        w++;
        continue;
      }
      if (w + 2 <= last && pos + 8 <= len && (long) LONG.get(b, pos) == repeat) {
        // two more weeks of the same code
        byte gr = (byte) repeatGroup;
        byte fr = (byte) repeatFollowUp;
        g[w] = gr;
        g[w + 1] = gr;
        fol[w] = fr;
        fol[w + 1] = fr;
        for (int j = 0; j < 2; j++) {
          int t = w + j - LAG;
          if (t >= 0) {
            int gt = g[t];
            if ((gt | repeatFollowUp) != 0) {
              counts[base[t] + gt * F + repeatFollowUp]++;
            }
          }
        }
        pos += 8;
        w += 2;
        continue;
      }
      if (pos + 4 > len) {
        undo(w);
        return slowRow(b, start, len);
      }
      int d0 = x - '0';
      int d1 = b[pos + 1] - '0';
      int d2 = b[pos + 2] - '0';
      if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || b[pos + 3] != d) {
        undo(w);
        return slowRow(b, start, len);
      }
      int code = d0 * 100 + d1 * 10 + d2;
      if (known[code]) {
        long cell = (int) INT.get(b, pos) & 0xffffffffL;
        repeat = cell | (cell << 32);
      } else {
        code = tables.store(code);
        if (code < 0) {
          undo(w);
          return slowRow(b, start, len);
        }
        unlisted.cell(code);
        repeat = 0; // a run of an unlisted code goes cell by cell, each counted as such
      }
      int f = later[code];
      g[w] = now[code];
      fol[w] = (byte) f;
      repeatGroup = now[code];
      repeatFollowUp = f;
      if (w >= LAG) {
        int t = w - LAG;
        int gt = g[t];
        if ((gt | f) != 0) {
          counts[base[t] + gt * F + f]++;
        }
      }
      pos += 4;
      w++;
    }
    // the last week: blank or three digits, then a delimiter or the line end
    int code;
    byte x = pos < len ? b[pos] : (byte) '\n';
    if (x == d || x == '\n' || x == '\r') {
      code = 0;
    } else {
      if (pos + 3 > len) {
        undo(w);
        return slowRow(b, start, len);
      }
      int d0 = x - '0';
      int d1 = b[pos + 1] - '0';
      int d2 = b[pos + 2] - '0';
      byte y = pos + 3 < len ? b[pos + 3] : (byte) '\n';
      if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || (y != d && y != '\n' && y != '\r')) {
        undo(w);
        return slowRow(b, start, len);
      }
      code = d0 * 100 + d1 * 10 + d2;
      if (!known[code]) {
        code = tables.store(code);
        if (code < 0) {
          undo(w);
          return slowRow(b, start, len);
        }
        unlisted.cell(code);
      }
      pos += 3;
    }
    int f = later[code];
    g[w] = now[code];
    fol[w] = (byte) f;
    if (w >= LAG) {
      int t = w - LAG;
      int gt = g[t];
      if ((gt | f) != 0) {
        counts[base[t] + gt * F + f]++;
      }
    }
    w++;
    // the columns after the weeks, the line end
    pos = outer.after(b, pos, len);
    if (pos < 0) {
      undo(w);
      return slowRow(b, start, len);
    }
    for (int t = Math.max(0, weeks - LAG); t < weeks; t++) {
      counts[base[t] + g[t] * F + BEYOND]++;
    }
    persons++;
    unlisted.commit();
    keyCode = KeySet.code(b, outer.keyOff, outer.keyLen);
    keyCheck = KeySet.check(b, outer.keyOff, outer.keyLen);
    return pos;
  }

  /** The careful path: {@link WideParser} reads the row (and says why it is rejected). */
  private int slowRow(byte[] b, int start, int len) {
    int next = lineEnd(b, start, len);
    BlockPipeline.BlockResult one = slow.processLine(b, start, next);
    if (!one.rejects.isEmpty()) {
      err = one.rejects.get(0).reason();
      errDetail = one.rejects.get(0).detail();
      return next;
    }
    for (int t = 0; t < weeks; t++) {
      int gt = now[slowCodes[t]];
      int f = t + LAG < weeks ? later[slowCodes[t + LAG]] : BEYOND;
      if ((gt | f) != 0) {
        counts[base[t] + gt * F + f]++;
      }
    }
    persons++;
    keyCode = slow.keyCode;
    keyCheck = slow.keyCheck;
    return next;
  }

  private static int lineEnd(byte[] b, int start, int len) {
    int e = start;
    while (e < len && b[e] != '\n') {
      e++;
    }
    return Math.min(e + 1, len);
  }
}
