/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.CsvLine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses blocks of a long DREAM file (person, week, code rows) into per-person weekly series.
 * Streaming mode: rows are grouped by person (sorted by key: numeric order for all-digit keys, byte
 * order otherwise) and each person is handed on when the key changes; a key smaller than the one
 * before stops the read with a clear error. In-memory mode ({@code map != null}): any order,
 * persons held in memory until the end.
 *
 * <p>A person is handed on with the visitation categories of the DSA {@code visit} table, merged in
 * step from the block's {@link VisitChunk} (or looked up in memory); a person of the visit table
 * without rows in the {@code y} table is handed on too, every week blank.
 *
 * <p>The common row — another week of the same person, {@code key;YYYY-Www;ddd} — is read in a
 * tight loop with 8-byte loads; anything else goes the careful way, which says what is wrong.
 */
final class LongParser implements BlockPipeline.Worker {

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** "-W" as the bytes 4 and 5 of a little-endian long. */
  private static final long DASH_W = ('-' & 0xffL) | (('W' & 0xffL) << 8);

  private final LongLayout layout;
  private final GroupTables tables;
  private final @Nullable PersonHandler handler;
  private final @Nullable WeeklyLongCounter fused;
  private final short[] codes;
  private final int[] touched;
  private int touchedCount;
  private final byte[] visit;
  private final int[] fieldStart;
  private final int[] fieldEnd;
  private final @Nullable Map<String, short[]> map;
  private short[] target;
  private String targetKey = "";
  private final UnlistedCounter unlisted = new UnlistedCounter();

  /** In-memory reads: per stored unlisted code, the persons holding it. */
  private final Map<Integer, java.util.Set<String>> unlistedPersons = new HashMap<>();

  private final boolean plain;
  private byte[] key = new byte[64];
  private int keyLen = -1;
  private long keyW0;
  private long keyW1;
  private long keyMask0;
  private long keyMask1;
  private int cachedYear = -1; // the 4 year bytes of the last week read, little-endian
  private int cachedYearBase; // week index of week 0 of that year
  private int cachedYearWeeks;
  long merged;

  /**
   * A parser.
   *
   * @param layout the columns and the data's weeks
   * @param tables the code tables
   * @param handler receives each person with dense codes (the general kernel), or null when {@code
   *     fused} counts
   * @param fused the weekly kernel, or null
   * @param map the in-memory persons, or null for streaming
   */
  LongParser(
      LongLayout layout,
      GroupTables tables,
      @Nullable PersonHandler handler,
      @Nullable WeeklyLongCounter fused,
      @Nullable Map<String, short[]> map) {
    if ((handler == null) == (fused == null)) {
      throw new IllegalArgumentException("exactly one of a handler and a fused kernel");
    }
    this.layout = layout;
    this.tables = tables;
    this.handler = handler;
    this.fused = fused;
    this.codes = new short[layout.weeks];
    this.touched = new int[layout.weeks];
    this.visit = new byte[layout.quarters];
    this.fieldStart = new int[layout.columns];
    this.fieldEnd = new int[layout.columns];
    this.map = map;
    this.target = codes;
    this.plain =
        layout.columns == 3 && layout.keyCol == 0 && layout.weekCol == 1 && layout.codeCol == 2;
  }

  /** Byte-level first field value of the key column of the line starting at {@code start}. */
  static int[] keyOf(byte[] b, int start, int len, int keyCol, byte delim) {
    int pos = start;
    int col = 0;
    int fs = start;
    while (pos <= len) {
      byte y = pos < len ? b[pos] : (byte) '\n';
      if (y == delim || y == '\n' || y == '\r') {
        if (col == keyCol) {
          return new int[] {fs, pos - fs};
        }
        if (y != delim) {
          return new int[] {pos, 0};
        }
        col++;
        fs = pos + 1;
      }
      pos++;
    }
    return new int[] {len, 0};
  }

  static int compareKeys(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    // keys of one length: numeric order is byte order; of two lengths, all-digit keys are numbers
    if (aLen != bLen && allDigits(a, aOff, aLen) && allDigits(b, bOff, bLen)) {
      return Integer.compare(aLen, bLen);
    }
    return Arrays.compareUnsigned(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
  }

  private static boolean allDigits(byte[] a, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (a[i] < '0' || a[i] > '9') {
        return false;
      }
    }
    return len > 0;
  }

  @Override
  public BlockPipeline.BlockResult process(byte[] b, int len) {
    return process(b, len, null);
  }

  @Override
  public BlockPipeline.BlockResult process(byte[] b, int len, @Nullable Object attachment) {
    VisitChunk chunk = (VisitChunk) attachment;
    BlockPipeline.BlockResult r = new BlockPipeline.BlockResult();
    keyLen = -1;
    long used = 0;
    int pos = 0;
    int line = 0;
    final byte d = layout.delim;
    final int cols = layout.columns;
    final boolean[] known = tables.known;
    final int[] rank = tables.rank;
    final int weeks = layout.weeks;
    final boolean track = map == null;
    while (pos < len) {
      final int curLen = keyLen;
      if (plain && curLen > 0 && curLen <= 16) {
        // the common row: another week of the same person, key;YYYY-Www;ddd
        final short[] t = target;
        final int[] tch = touched;
        int tn = touchedCount;
        final int need = curLen + 14;
        while (pos + need <= len) {
          if ((((long) LONG.get(b, pos)) & keyMask0) != keyW0
              || (curLen > 8 && (((long) LONG.get(b, pos + 8)) & keyMask1) != keyW1)
              || b[pos + curLen] != d) {
            break;
          }
          int q = pos + curLen + 1;
          long w = (long) LONG.get(b, q);
          if ((int) w != cachedYear && !cacheYear((int) w)) {
            break;
          }
          int w0 = (int) ((w >>> 48) & 0xff) - '0';
          int w1 = (int) (w >>> 56) - '0';
          if (((w >>> 32) & 0xffff) != DASH_W || w0 < 0 || w0 > 9 || w1 < 0 || w1 > 9) {
            break;
          }
          int wk = w0 * 10 + w1;
          int idx = cachedYearBase + wk;
          int c4 = (int) INT.get(b, q + 8);
          int d0 = ((c4 >>> 8) & 0xff) - '0';
          int d1 = ((c4 >>> 16) & 0xff) - '0';
          int d2 = (c4 >>> 24) - '0';
          if (wk < 1
              || wk > cachedYearWeeks
              || idx < 0
              || idx >= weeks
              || (c4 & 0xff) != d
              || (d0 | d1 | d2) < 0
              || d0 > 9
              || d1 > 9
              || d2 > 9
              || b[q + 12] != '\n') {
            break;
          }
          int code = d0 * 100 + d1 * 10 + d2;
          if (!known[code]) {
            break;
          }
          int old = t[idx];
          if (old == 0) {
            t[idx] = (short) code;
            if (track) {
              tch[tn++] = idx;
            }
          } else if (old != code) {
            merged++;
            if (rank[code] < rank[old]) {
              t[idx] = (short) code;
            }
          }
          used++;
          line++;
          pos = q + 13;
        }
        touchedCount = tn;
        if (pos >= len) {
          break;
        }
      }
      int start = pos;
      if (plain) {
        int next = fastRow(b, pos, len);
        if (next >= 0) {
          if (!accept(r, chunk, line, b, fastKeyOff, fastKeyLen, fastWeek, fastCode, fastSame)) {
            return r;
          }
          line++;
          pos = next;
          continue;
        }
      }
      // split the line into fields
      int col = 0;
      int fs = pos;
      boolean quoted = false;
      boolean tooMany = false;
      while (true) {
        byte y = pos < len ? b[pos] : (byte) '\n';
        if (y == d || y == '\n' || y == '\r') {
          if (col < cols) {
            fieldStart[col] = fs;
            fieldEnd[col] = pos;
          } else {
            tooMany = true;
          }
          col++;
          if (y == d) {
            pos++;
            fs = pos;
            continue;
          }
          if (y == '\r') {
            pos++;
          }
          if (pos < len && b[pos] == '\n') {
            pos++;
          }
          break;
        }
        if (y == '"') {
          quoted = true;
        }
        pos++;
      }
      int next = pos;
      RejectReason reason = null;
      String detail = "";
      byte[] kb = b;
      int ko;
      int kl;
      byte[] wb = b;
      int wo;
      int wl;
      byte[] cb = b;
      int co;
      int cl;
      if (next - start <= 2 && (b[start] == '\n' || b[start] == '\r')) {
        reason = RejectReason.EMPTY_ROW;
        ko = kl = wo = wl = co = cl = 0;
      } else if (quoted) {
        int stop = next;
        while (stop > start && (b[stop - 1] == '\n' || b[stop - 1] == '\r')) {
          stop--;
        }
        List<String> fields =
            CsvLine.split(new String(b, start, stop - start, StandardCharsets.UTF_8), (char) d);
        if (fields == null) {
          reason = RejectReason.UNTERMINATED_QUOTE;
          ko = kl = wo = wl = co = cl = 0;
        } else if (fields.size() != cols) {
          reason = RejectReason.FIELD_COUNT;
          detail = fields.size() + " of " + cols + " fields";
          ko = kl = wo = wl = co = cl = 0;
        } else {
          kb = fields.get(layout.keyCol).getBytes(StandardCharsets.UTF_8);
          ko = 0;
          kl = kb.length;
          wb = fields.get(layout.weekCol).strip().getBytes(StandardCharsets.UTF_8);
          wo = 0;
          wl = wb.length;
          cb = fields.get(layout.codeCol).strip().getBytes(StandardCharsets.UTF_8);
          co = 0;
          cl = cb.length;
        }
      } else if (tooMany || col != cols) {
        reason = RejectReason.FIELD_COUNT;
        detail = col + " of " + cols + " fields";
        ko = kl = wo = wl = co = cl = 0;
      } else {
        ko = fieldStart[layout.keyCol];
        kl = fieldEnd[layout.keyCol] - ko;
        wo = fieldStart[layout.weekCol];
        wl = fieldEnd[layout.weekCol] - wo;
        co = fieldStart[layout.codeCol];
        cl = fieldEnd[layout.codeCol] - co;
      }
      if (reason == null && !WideParser.validKey(kb, ko, kl)) {
        reason = RejectReason.MALFORMED_KEY;
        detail = kl == 0 ? "blank" : "length " + kl;
      }
      int weekIndex = -1;
      if (reason == null) {
        long e = layout.parseWeek(wb, wo, wl);
        if (e == Long.MIN_VALUE) {
          reason = RejectReason.MALFORMED_WEEK;
          detail = column(layout.weekCol, wl);
        } else {
          long i = e - layout.firstEpoch;
          if (i < 0 || i >= layout.weeks) {
            reason = RejectReason.WEEK_OUT_OF_RANGE;
            detail = IsoWeek.ofEpochWeek(e).toString();
          } else {
            weekIndex = (int) i;
          }
        }
      }
      int code = 0;
      if (reason == null && cl > 0) {
        if (cl == 3) {
          int d0 = cb[co] - '0';
          int d1 = cb[co + 1] - '0';
          int d2 = cb[co + 2] - '0';
          if ((d0 | d1 | d2) >= 0 && d0 <= 9 && d1 <= 9 && d2 <= 9) {
            code = d0 * 100 + d1 * 10 + d2;
            if (!tables.known[code]) {
              int stored = tables.store(code);
              if (stored < 0) {
                reason = RejectReason.UNKNOWN_CODE;
                detail = String.format(java.util.Locale.ROOT, "%03d", code);
              } else {
                code = stored;
              }
            }
          } else {
            reason = RejectReason.MALFORMED_CODE;
            detail = column(layout.codeCol, cl);
          }
        } else {
          reason = RejectReason.MALFORMED_CODE;
          detail = column(layout.codeCol, cl);
        }
      }
      if (reason != null) {
        r.rejects.add(new RejectedRow(line, reason, detail));
      } else if (!accept(r, chunk, line, kb, ko, kl, weekIndex, code, false)) {
        return r;
      }
      line++;
      pos = next;
    }
    if (map == null && keyLen >= 0) {
      emit(chunk);
      r.lastKey = Arrays.copyOf(key, keyLen);
    }
    if (chunk != null) {
      while (chunk.next < chunk.n) {
        emitVisitOnly(chunk, chunk.next++);
      }
      r.absoluteRejects.addAll(chunk.rejects);
    }
    r.lines = line;
    r.used += used;
    return r;
  }

  /** The year bytes of a week ("2019"), little-endian: caches its first week's index. */
  private boolean cacheYear(int yearBytes) {
    int y0 = (yearBytes & 0xff) - '0';
    int y1 = ((yearBytes >>> 8) & 0xff) - '0';
    int y2 = ((yearBytes >>> 16) & 0xff) - '0';
    int y3 = (yearBytes >>> 24) - '0';
    if ((y0 | y1 | y2 | y3) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9) {
      return false;
    }
    int year = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - layout.baseYear;
    if (year < 0 || year >= layout.weeksInYear.length) {
      return false;
    }
    cachedYear = yearBytes;
    cachedYearBase = (int) (layout.week1Epoch[year] - 1 - layout.firstEpoch);
    cachedYearWeeks = layout.weeksInYear[year];
    return true;
  }

  /** Hands the current person on, with their visitation categories, and clears their weeks. */
  private void emit(@Nullable VisitChunk chunk) {
    boolean hasVisit = false;
    if (chunk != null) {
      while (chunk.next < chunk.n) {
        int cmp = chunk.compareKey(chunk.next, key, 0, keyLen);
        if (cmp < 0) {
          emitVisitOnly(chunk, chunk.next++);
          continue;
        }
        if (cmp == 0) {
          if (chunk.has[chunk.next]) {
            chunk.copyTo(chunk.next, visit);
            hasVisit = true;
          }
          chunk.next++;
        }
        break;
      }
    }
    deliver(key, 0, keyLen, hasVisit);
  }

  /** Hands on a person of the visit table without rows in this table: every week blank. */
  private void emitVisitOnly(VisitChunk chunk, int i) {
    boolean hasVisit = chunk.has[i];
    if (hasVisit) {
      chunk.copyTo(i, visit);
    }
    deliver(chunk.keys, chunk.keyOff[i], chunk.keyLen[i], hasVisit);
  }

  private void deliver(byte[] kb, int ko, int kl, boolean hasVisit) {
    if (fused != null) {
      fused.person(codes, touched, touchedCount, visit, hasVisit);
    } else {
      handler.person(kb, ko, kl, codes, visit, hasVisit);
    }
    for (int i = 0; i < touchedCount; i++) {
      codes[touched[i]] = 0;
    }
    touchedCount = 0;
    unlisted.commit();
  }

  /**
   * The unlisted codes of the rows used: each row a cell, each person once per code (in memory,
   * complete after {@link #flushMap}).
   */
  UnlistedCounter unlisted() {
    return unlisted;
  }

  /**
   * Uses a valid row.
   *
   * @return false when the read must stop (the input is not sorted)
   */
  private boolean accept(
      BlockPipeline.BlockResult r,
      @Nullable VisitChunk chunk,
      int line,
      byte[] kb,
      int ko,
      int kl,
      int weekIndex,
      int code,
      boolean sameKey) {
    if (!sameKey && (keyLen != kl || !Arrays.equals(key, 0, kl, kb, ko, ko + kl))) {
      if (map != null) {
        targetKey = new String(kb, ko, kl, StandardCharsets.UTF_8);
        target = map.computeIfAbsent(targetKey, k -> new short[layout.weeks]);
      } else if (keyLen >= 0) {
        if (compareKeys(key, 0, keyLen, kb, ko, kl) > 0) {
          r.fatalLine = line;
          r.fatalMessage =
              "the long input is not sorted by person (a key smaller than the one before);"
                  + " sort it by person or read it in memory";
          r.lines = line + 1;
          return false;
        }
        emit(chunk);
      } else {
        r.firstKey = Arrays.copyOfRange(kb, ko, ko + kl);
      }
      setKey(kb, ko, kl);
    }
    short[] t = target;
    if (code != 0) {
      if (tables.isUnlisted(code)) {
        if (map == null) {
          unlisted.cell(code);
        } else {
          unlisted.add(code, 1, 0);
          unlistedPersons.computeIfAbsent(code, c -> new java.util.HashSet<>()).add(targetKey);
        }
      }
      int old = t[weekIndex];
      if (old == 0) {
        t[weekIndex] = (short) code;
        if (map == null) {
          touched[touchedCount++] = weekIndex;
        }
      } else if (old != code) {
        merged++;
        if (tables.rank[code] < tables.rank[old]) {
          t[weekIndex] = (short) code;
        }
      }
    }
    r.used++;
    return true;
  }

  private void setKey(byte[] kb, int ko, int kl) {
    if (key.length < kl) {
      key = new byte[kl];
    }
    System.arraycopy(kb, ko, key, 0, kl);
    keyLen = kl;
    keyW0 = 0;
    keyW1 = 0;
    for (int i = 0; i < Math.min(kl, 16); i++) {
      long v = (key[i] & 0xffL) << ((i & 7) * 8);
      if (i < 8) {
        keyW0 |= v;
      } else {
        keyW1 |= v;
      }
    }
    keyMask0 = kl >= 8 ? -1L : (1L << (kl * 8)) - 1;
    keyMask1 = kl >= 16 ? -1L : kl <= 8 ? 0L : (1L << ((kl - 8) * 8)) - 1;
  }

  private int fastKeyOff;
  private int fastKeyLen;
  private int fastWeek;
  private int fastCode;
  private boolean fastSame;

  /**
   * The plain row {@code key;YYYY-Www;ddd} (or a blank code) at byte level.
   *
   * @return the start of the next line, or -1 when the row is not plain (the generic path then
   *     reads it and says what is wrong)
   */
  private int fastRow(byte[] b, int start, int len) {
    final byte d = layout.delim;
    int p = start;
    int kl = keyLen;
    boolean same = map == null && kl > 0 && start + kl < len && b[start + kl] == d;
    for (int i = 0; same && i < kl; i++) {
      same = b[start + i] == key[i];
    }
    if (same) {
      p = start + kl;
    } else {
      while (p < len) {
        byte y = b[p];
        if (y == d) {
          break;
        }
        if (y == '\n' || y == '\r' || y == '"') {
          return -1;
        }
        p++;
      }
      kl = p - start;
      if (kl == 0 || kl > 64 || !WideParser.validKey(b, start, kl)) {
        return -1;
      }
    }
    if (p + 10 > len) {
      return -1;
    }
    p++;
    if (b[p + 4] != '-' || b[p + 5] != 'W' || b[p + 8] != d) {
      return -1;
    }
    int y0 = b[p] - '0';
    int y1 = b[p + 1] - '0';
    int y2 = b[p + 2] - '0';
    int y3 = b[p + 3] - '0';
    int w0 = b[p + 6] - '0';
    int w1 = b[p + 7] - '0';
    if ((y0 | y1 | y2 | y3 | w0 | w1) < 0
        || y0 > 9
        || y1 > 9
        || y2 > 9
        || y3 > 9
        || w0 > 9
        || w1 > 9) {
      return -1;
    }
    int year = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - layout.baseYear;
    int week = w0 * 10 + w1;
    if (year < 0
        || year >= layout.weeksInYear.length
        || week < 1
        || week > layout.weeksInYear[year]) {
      return -1;
    }
    long index = layout.week1Epoch[year] + week - 1 - layout.firstEpoch;
    if (index < 0 || index >= layout.weeks) {
      return -1;
    }
    p += 9;
    int code;
    if (p >= len || b[p] == '\n') {
      code = 0;
    } else {
      if (p + 3 > len) {
        return -1;
      }
      int d0 = b[p] - '0';
      int d1 = b[p + 1] - '0';
      int d2 = b[p + 2] - '0';
      if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9) {
        return -1;
      }
      code = d0 * 100 + d1 * 10 + d2;
      if (!tables.known[code]) {
        code = tables.store(code);
        if (code < 0) {
          return -1;
        }
      }
      p += 3;
      if (p < len && b[p] != '\n') {
        return -1;
      }
    }
    fastKeyOff = start;
    fastKeyLen = kl;
    fastSame = same;
    fastWeek = (int) index;
    fastCode = code;
    return Math.min(p + 1, len);
  }

  /**
   * Hands every person held in memory on (in-memory mode), at the end of the read, with their
   * visitation categories; then the persons of the visit table without rows, every week blank.
   *
   * @param visits key → category per quarter (removed as used), or null without a visit table
   */
  void flushMap(@Nullable Map<String, byte[]> visits) {
    unlistedPersons.forEach((code, keys) -> unlisted.add(code, 0, keys.size()));
    unlistedPersons.clear();
    for (Map.Entry<String, short[]> e : map.entrySet()) {
      byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
      byte[] v = visits == null ? null : visits.remove(e.getKey());
      handler.person(k, 0, k.length, e.getValue(), v == null ? visit : v, v != null);
    }
    if (visits != null) {
      short[] blank = new short[layout.weeks];
      for (Map.Entry<String, byte[]> e : visits.entrySet()) {
        byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
        handler.person(k, 0, k.length, blank, e.getValue(), true);
      }
    }
  }

  static Map<String, short[]> newMap() {
    return new HashMap<>();
  }

  /**
   * Where a malformed value is, for a rejected row: its column (1-based) and, if blank, that; never
   * the value, which may be personal data in a shifted row.
   */
  private static String column(int col, int length) {
    return "column " + (col + 1) + (length == 0 ? ", blank" : "");
  }
}
