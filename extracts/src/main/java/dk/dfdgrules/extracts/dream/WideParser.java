/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.extracts.csv.CsvLine;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Parses blocks of a wide DREAM file at byte level — no String per cell, one pass per row — and
 * hands each valid row to a {@link PersonHandler}. A row with a quote takes a careful slow path.
 * One instance per worker thread.
 */
final class WideParser extends WideRowWorker {

  private static final int MAX_KEY = 64;

  private final WideLayout layout;
  private final boolean[] known;
  private final GroupTables tables;
  private final UnlistedCounter unlisted;
  private final PersonHandler handler;
  private final short[] codes;
  private final byte[] visit;
  private final int[] kind;
  private final byte delim;
  private final int columns;

  WideParser(WideLayout layout, GroupTables tables, PersonHandler handler) {
    this(layout, tables, handler, new UnlistedCounter());
  }

  /**
   * A parser.
   *
   * @param unlisted counts the unlisted codes of the rows used (shared with a fused kernel that
   *     hands its careful rows to this parser)
   */
  WideParser(
      WideLayout layout, GroupTables tables, PersonHandler handler, UnlistedCounter unlisted) {
    this.layout = layout;
    this.known = tables.known;
    this.tables = tables;
    this.unlisted = unlisted;
    this.handler = handler;
    this.codes = new short[layout.weeks];
    Arrays.fill(codes, (short) -1);
    this.visit = new byte[layout.quarters];
    this.kind = layout.kind;
    this.delim = layout.delim;
    this.columns = layout.columns;
  }

  /**
   * Parses one line.
   *
   * @param b the bytes
   * @param start where the line starts
   * @param end just after its line feed (or the end of the data)
   * @return the result: one line, used or rejected
   */
  BlockPipeline.BlockResult processLine(byte[] b, int start, int end) {
    BlockPipeline.BlockResult r = new BlockPipeline.BlockResult();
    err = null;
    row(b, start, end);
    if (err != null) {
      r.rejects.add(new RejectedRow(0, err, errDetail));
    } else {
      r.used++;
    }
    r.lines = 1;
    return r;
  }

  private int fail(byte[] b, int pos, int len, RejectReason reason, String detail) {
    err = reason;
    errDetail = detail;
    while (pos < len && b[pos] != '\n') {
      pos++;
    }
    return Math.min(pos + 1, len);
  }

  @Override
  UnlistedCounter unlisted() {
    return unlisted;
  }

  @Override
  int row(byte[] b, final int start, final int len) {
    unlisted.discard();
    int pos = start;
    byte first = b[pos];
    if (first == '\n' || (first == '\r' && (pos + 1 == len || b[pos + 1] == '\n'))) {
      return fail(b, pos, len, RejectReason.EMPTY_ROW, "");
    }
    final byte d = delim;
    final int[] kind = this.kind;
    final short[] codes = this.codes;
    int col = 0;
    int keyOff = start;
    int keyLen = 0;
    boolean hasVisit = false;
    if (layout.hasVisit) {
      Arrays.fill(visit, (byte) 0);
    }
    while (true) {
      if (col >= columns) {
        return fail(b, pos, len, RejectReason.FIELD_COUNT, "more than " + columns + " fields");
      }
      int k = kind[col];
      byte x = pos < len ? b[pos] : (byte) '\n';
      if (k >= 0) {
        if (x == d || x == '\n' || x == '\r') {
          codes[k] = 0;
        } else {
          if (pos + 3 <= len) {
            int d0 = x - '0';
            int d1 = b[pos + 1] - '0';
            int d2 = b[pos + 2] - '0';
            if ((d0 | d1 | d2) >= 0 && d0 <= 9 && d1 <= 9 && d2 <= 9) {
              int after = pos + 3;
              byte y = after < len ? b[after] : (byte) '\n';
              if (y == d || y == '\n' || y == '\r') {
                int code = d0 * 100 + d1 * 10 + d2;
                if (!known[code]) {
                  int stored = tables.store(code);
                  if (stored < 0) {
                    return fail(b, pos, len, RejectReason.UNKNOWN_CODE, unknown(col, code));
                  }
                  unlisted.cell(stored);
                  code = stored;
                }
                codes[k] = (short) code;
                pos = after;
                // fall through to the terminator
              } else {
                return malformed(b, start, pos, len, col);
              }
            } else {
              return malformed(b, start, pos, len, col);
            }
          } else {
            return malformed(b, start, pos, len, col);
          }
        }
      } else {
        int fs = pos;
        while (pos < len) {
          byte y = b[pos];
          if (y == d || y == '\n' || y == '\r') {
            break;
          }
          if (y == '"') {
            return slow(b, start, len);
          }
          pos++;
        }
        if (k == WideLayout.KEY) {
          keyOff = fs;
          keyLen = pos - fs;
        } else if (k <= WideLayout.VISIT_BASE) {
          int v = Visitations.parse(new String(b, fs, pos - fs, StandardCharsets.UTF_8));
          if (v < 0) {
            return fail(b, pos, len, RejectReason.UNKNOWN_VISITATION, layout.names[col]);
          }
          if (v > 0) {
            visit[WideLayout.VISIT_BASE - k] = (byte) v;
            hasVisit = true;
          }
        }
      }
      col++;
      if (pos >= len) {
        break;
      }
      byte y = b[pos];
      if (y == d) {
        pos++;
        continue;
      }
      if (y == '\n') {
        pos++;
        break;
      }
      // '\r'
      pos++;
      if (pos < len && b[pos] == '\n') {
        pos++;
      }
      break;
    }
    if (col != columns) {
      err = RejectReason.FIELD_COUNT;
      errDetail = col + " of " + columns + " fields";
      return pos;
    }
    if (!validKey(b, keyOff, keyLen)) {
      err = RejectReason.MALFORMED_KEY;
      errDetail = keyLen == 0 ? "blank" : "length " + keyLen;
      return pos;
    }
    hand(b, keyOff, keyLen, hasVisit);
    return pos;
  }

  private void hand(byte[] kb, int ko, int kl, boolean hasVisit) {
    keyCode = KeySet.code(kb, ko, kl);
    keyCheck = KeySet.check(kb, ko, kl);
    if (!handler.person(kb, ko, kl, codes, visit, hasVisit)) {
      err = RejectReason.DUPLICATE_KEY;
      errDetail = "";
    } else {
      unlisted.commit();
    }
  }

  private String unknown(int col, int code) {
    return layout.names[col] + ": " + String.format(java.util.Locale.ROOT, "%03d", code);
  }

  private int malformed(byte[] b, int start, int pos, int len, int col) {
    if (b[pos] == '"') {
      return slow(b, start, len);
    }
    return fail(b, pos, len, RejectReason.MALFORMED_CODE, layout.names[col]);
  }

  static boolean validKey(byte[] b, int off, int len) {
    if (len == 0 || len > MAX_KEY) {
      return false;
    }
    for (int i = off; i < off + len; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return true;
      }
    }
    return false;
  }

  /** The careful path for a row with quotes. */
  private int slow(byte[] b, int start, int len) {
    unlisted.discard(); // what the fast path met before the quote is read again
    int end = start;
    while (end < len && b[end] != '\n') {
      end++;
    }
    int next = Math.min(end + 1, len);
    int stop = end > start && b[end - 1] == '\r' ? end - 1 : end;
    List<String> fields =
        CsvLine.split(new String(b, start, stop - start, StandardCharsets.UTF_8), (char) delim);
    if (fields == null) {
      err = RejectReason.UNTERMINATED_QUOTE;
      errDetail = "";
      return next;
    }
    if (fields.size() != columns) {
      err = RejectReason.FIELD_COUNT;
      errDetail = fields.size() + " of " + columns + " fields";
      return next;
    }
    if (layout.hasVisit) {
      Arrays.fill(visit, (byte) 0);
    }
    boolean hasVisit = false;
    byte[] key = new byte[0];
    for (int c = 0; c < columns; c++) {
      String f = fields.get(c);
      int k = kind[c];
      if (k >= 0) {
        String s = f.strip();
        if (s.isEmpty()) {
          codes[k] = 0;
        } else if (s.length() == 3 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          int code = Integer.parseInt(s);
          if (!known[code]) {
            int stored = tables.store(code);
            if (stored < 0) {
              err = RejectReason.UNKNOWN_CODE;
              errDetail = unknown(c, code);
              return next;
            }
            unlisted.cell(stored);
            code = stored;
          }
          codes[k] = (short) code;
        } else {
          err = RejectReason.MALFORMED_CODE;
          errDetail = layout.names[c];
          return next;
        }
      } else if (k == WideLayout.KEY) {
        key = f.getBytes(StandardCharsets.UTF_8);
      } else if (k <= WideLayout.VISIT_BASE) {
        int v = Visitations.parse(f);
        if (v < 0) {
          err = RejectReason.UNKNOWN_VISITATION;
          errDetail = layout.names[c];
          return next;
        }
        if (v > 0) {
          visit[WideLayout.VISIT_BASE - k] = (byte) v;
          hasVisit = true;
        }
      }
    }
    if (!validKey(key, 0, key.length)) {
      err = RejectReason.MALFORMED_KEY;
      errDetail = key.length == 0 ? "blank" : "length " + key.length;
      return next;
    }
    hand(key, 0, key.length, hasVisit);
    return next;
  }
}
