/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigureAccumulator;
import dk.dfdgrules.rules.dream.ReceiverStatusRule;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The fused reader for months, quarters and years of a wide file that suits {@link
 * WeeklyWideCounter} (weekly columns contiguous, in week order, no visitation columns): one pass
 * per row parses each cell straight into its group (DRM-4) and its follow-up as seen from 52 weeks
 * before (DRM-5), runs of eight blank cells and repeated codes at once as the weekly kernel does,
 * and hands the person to the {@link KeyFigureAccumulator}, which counts the distinct persons of
 * each period (DRM-7). It replaces {@link WideParser}'s codes and {@link CountingHandler}'s mapping
 * for such files; a row that is anything but plain goes through {@link WideParser}'s careful path,
 * which reports the reason.
 */
final class PeriodWideCounter extends WideRowWorker {

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int LAG = ReceiverStatusRule.WEEKS_LATER;

  private final KeyFigureAccumulator acc;
  private final boolean[] known;
  private final byte[] now; // code → group ordinal
  private final byte[] later; // code → follow-up index
  private final byte[] g; // per week of the row: group ordinal
  private final byte[] fol; // per week of the row: follow-up index; beyond the data after it
  private final byte delim;
  private final long eightDelims;
  private final int weeks;
  private final OuterColumns outer;
  private final WideParser slow;
  private final short[] slowCodes;

  PeriodWideCounter(WideLayout layout, GroupTables t, KeyFigureAccumulator acc) {
    if (t.now[0] != 0 || t.later[0] != 0) {
      throw new IllegalStateException("the kernel needs a blank week to be 'Ingen ydelse'");
    }
    this.acc = acc;
    this.known = t.known;
    this.weeks = layout.weeks;
    this.now = t.now;
    this.later = t.later;
    this.g = new byte[weeks + 8];
    this.fol = new byte[weeks + LAG + 8];
    Arrays.fill(fol, weeks, fol.length, (byte) FollowUp.BEYOND_DATA_INDEX);
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
            });
  }

  @Override
  int row(final byte[] b, final int start, final int len) {
    // the columns before the weeks (the key, other variables)
    int pos = outer.before(b, start, len);
    if (pos < 0) {
      return slowRow(b, start, len);
    }
    final byte d = delim;
    // the weeks but the last, each ending in a delimiter
    final byte[] g = this.g;
    final byte[] fol = this.fol;
    final int last = weeks - 1;
    int w = 0;
    long repeat = 0; // the previous code cell ("111,") twice: a run of the same code
    byte repeatGroup = 0;
    byte repeatFollowUp = 0;
    while (w < last) {
      byte x = b[pos];
      if (x == d) {
        if (w + 8 <= last && pos + 8 <= len && (long) LONG.get(b, pos) == eightDelims) {
          LONG.set(g, w, 0L);
          LONG.set(fol, w, 0L);
          pos += 8;
          w += 8;
          continue;
        }
        g[w] = 0;
        fol[w] = 0;
        pos++;
        w++;
        continue;
      }
      if (w + 2 <= last && pos + 8 <= len && (long) LONG.get(b, pos) == repeat) {
        // two more weeks of the same code
        g[w] = repeatGroup;
        g[w + 1] = repeatGroup;
        fol[w] = repeatFollowUp;
        fol[w + 1] = repeatFollowUp;
        pos += 8;
        w += 2;
        continue;
      }
      if (pos + 4 > len) {
        return slowRow(b, start, len);
      }
      int d0 = x - '0';
      int d1 = b[pos + 1] - '0';
      int d2 = b[pos + 2] - '0';
      if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || b[pos + 3] != d) {
        return slowRow(b, start, len);
      }
      int code = d0 * 100 + d1 * 10 + d2;
      if (!known[code]) {
        return slowRow(b, start, len);
      }
      repeatGroup = now[code];
      repeatFollowUp = later[code];
      g[w] = repeatGroup;
      fol[w] = repeatFollowUp;
      long cell = (int) INT.get(b, pos) & 0xffffffffL;
      repeat = cell | (cell << 32);
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
        return slowRow(b, start, len);
      }
      int d0 = x - '0';
      int d1 = b[pos + 1] - '0';
      int d2 = b[pos + 2] - '0';
      byte y = pos + 3 < len ? b[pos + 3] : (byte) '\n';
      if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || (y != d && y != '\n' && y != '\r')) {
        return slowRow(b, start, len);
      }
      code = d0 * 100 + d1 * 10 + d2;
      if (!known[code]) {
        return slowRow(b, start, len);
      }
      pos += 3;
    }
    g[w] = now[code];
    fol[w] = later[code];
    // the columns after the weeks, the line end
    pos = outer.after(b, pos, len);
    if (pos < 0) {
      return slowRow(b, start, len);
    }
    acc.addPerson(g, fol);
    keyCode = KeySet.code(b, outer.keyOff, outer.keyLen);
    keyCheck = KeySet.check(b, outer.keyOff, outer.keyLen);
    return pos;
  }

  /** The careful path: {@link WideParser} reads the row (and says why it is rejected). */
  /** The unlisted codes of the rows used: such a row always takes the careful path. */
  @Override
  UnlistedCounter unlisted() {
    return slow.unlisted();
  }

  private int slowRow(byte[] b, int start, int len) {
    int next = lineEnd(b, start, len);
    BlockPipeline.BlockResult one = slow.processLine(b, start, next);
    if (!one.rejects.isEmpty()) {
      err = one.rejects.get(0).reason();
      errDetail = one.rejects.get(0).detail();
      return next;
    }
    for (int w = 0; w < weeks; w++) {
      int c = slowCodes[w];
      if (c < 0) {
        g[w] = KeyFigureAccumulator.ABSENT;
        fol[w] = (byte) FollowUp.BEYOND_DATA_INDEX;
      } else {
        g[w] = now[c];
        fol[w] = later[c];
      }
    }
    acc.addPerson(g, fol);
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
