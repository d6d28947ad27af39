package dk.dfdgrules.rules.dream.io;

import dk.dfdgrules.core.time.IsoWeek;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses blocks of a long DREAM file (person, week, code rows) into per-person weekly series.
 * Streaming mode: rows are grouped by person (sorted by key: numeric order for all-digit keys,
 * byte order otherwise) and each person is handed on when the key changes; a key smaller than the
 * one before stops the read with a clear error. In-memory mode ({@code map != null}): any order,
 * persons held in memory until the end.
 */
final class LongParser implements BlockPipeline.Worker {

  private final LongLayout layout;
  private final GroupTables tables;
  private final PersonHandler handler;
  private final short[] codes;
  private final byte[] visit = new byte[1];
  private final int[] fieldStart;
  private final int[] fieldEnd;
  private final Map<String, short[]> map;

  private final boolean plain;
  private byte[] key = new byte[64];
  private int keyLen = -1;
  long merged;

  LongParser(LongLayout layout, GroupTables tables, PersonHandler handler, Map<String, short[]> map) {
    this.layout = layout;
    this.tables = tables;
    this.handler = handler;
    this.codes = new short[layout.weeks];
    this.fieldStart = new int[layout.columns];
    this.fieldEnd = new int[layout.columns];
    this.map = map;
    this.plain = layout.columns == 3 && layout.keyCol == 0 && layout.weekCol == 1 && layout.codeCol == 2;
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
    if (allDigits(a, aOff, aLen) && allDigits(b, bOff, bLen) && aLen != bLen) {
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
    BlockPipeline.BlockResult r = new BlockPipeline.BlockResult();
    keyLen = -1;
    long used = 0;
    int pos = 0;
    int line = 0;
    final byte d = layout.delim;
    final int cols = layout.columns;
    while (pos < len) {
      int start = pos;
      if (plain) {
        int next = fastRow(b, pos, len);
        if (next >= 0 && fastSame) {
          // another week of the same person: the common case, inline
          int code = fastCode;
          if (code != 0) {
            int old = codes[fastWeek];
            if (old != 0 && old != code) {
              merged++;
              if (tables.rank[code] < tables.rank[old]) {
                codes[fastWeek] = (short) code;
              }
            } else {
              codes[fastWeek] = (short) code;
            }
          }
          used++;
          line++;
          pos = next;
          continue;
        }
        if (next >= 0) {
          if (!accept(r, line, b, fastKeyOff, fastKeyLen, fastWeek, fastCode, fastSame)) {
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
              reason = RejectReason.UNKNOWN_CODE;
              detail = Integer.toString(code);
            }
          } else {
            reason = RejectReason.MALFORMED_CODE;
          }
        } else {
          reason = RejectReason.MALFORMED_CODE;
        }
      }
      if (reason != null) {
        r.rejects.add(new RejectedRow(line, reason, detail));
      } else if (!accept(r, line, kb, ko, kl, weekIndex, code, false)) {
        return r;
      }
      line++;
      pos = next;
    }
    if (map == null && keyLen >= 0) {
      handler.person(key, 0, keyLen, codes, visit, false);
      r.lastKey = Arrays.copyOf(key, keyLen);
    }
    r.lines = line;
    r.used += used;
    return r;
  }

  /**
   * Uses a valid row.
   *
   * @return false when the read must stop (the input is not sorted)
   */
  private boolean accept(
      BlockPipeline.BlockResult r,
      int line,
      byte[] kb,
      int ko,
      int kl,
      int weekIndex,
      int code,
      boolean sameKey) {
    short[] target;
    if (map != null) {
      target =
          map.computeIfAbsent(
              new String(kb, ko, kl, StandardCharsets.UTF_8), k -> new short[layout.weeks]);
    } else {
      if (!sameKey && (keyLen != kl || !Arrays.equals(key, 0, kl, kb, ko, ko + kl))) {
        if (keyLen >= 0) {
          if (compareKeys(key, 0, keyLen, kb, ko, kl) > 0) {
            r.fatalLine = line;
            r.fatalMessage =
                "the long input is not sorted by person (a key smaller than the one before);"
                    + " sort it by person or read it in memory";
            r.lines = line + 1;
            return false;
          }
          handler.person(key, 0, keyLen, codes, visit, false);
        } else {
          r.firstKey = Arrays.copyOfRange(kb, ko, ko + kl);
        }
        if (key.length < kl) {
          key = new byte[kl];
        }
        System.arraycopy(kb, ko, key, 0, kl);
        keyLen = kl;
        Arrays.fill(codes, (short) 0);
      }
      target = codes;
    }
    if (code != 0) {
      int old = target[weekIndex];
      if (old != 0 && old != code) {
        merged++;
        if (tables.rank[code] < tables.rank[old]) {
          target[weekIndex] = (short) code;
        }
      } else {
        target[weekIndex] = (short) code;
      }
    }
    r.used++;
    return true;
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
    if ((y0 | y1 | y2 | y3 | w0 | w1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || w0 > 9 || w1 > 9) {
      return -1;
    }
    int year = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - layout.baseYear;
    int week = w0 * 10 + w1;
    if (year < 0 || year >= layout.weeksInYear.length || week < 1 || week > layout.weeksInYear[year]) {
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
        return -1;
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

  /** Hands every person held in memory on (in-memory mode), at the end of the read. */
  void flushMap() {
    for (Map.Entry<String, short[]> e : map.entrySet()) {
      byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
      handler.person(k, 0, k.length, e.getValue(), visit, false);
    }
  }

  static Map<String, short[]> newMap() {
    return new HashMap<>();
  }
}
