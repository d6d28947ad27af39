/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.extracts.csv.CsvLine;
import dk.dfdgrules.rules.dream.DreamCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DSA {@code visit} table (person, quarter, visitation category; FLIS-DREAM §9.2, from Q1
 * 2014) for DRM-4, on the reading thread: in step with the {@code y} table — both sorted by person,
 * the rows of the persons of each {@code y} block gathered into a {@link VisitChunk} — or whole,
 * into memory, in any order.
 *
 * <ul>
 *   <li>Quarters as {@link DreamCalendar#parseQuarter(String)} reads them ({@code 2014-Q1}, {@code
 *       2014K1}, {@code 2014_1} …); a quarter with no week of the data is read and has no effect.
 *   <li>Categories by their official name or constant name, in any case ({@code Jobparat}, {@code
 *       ACTIVITY_READY} …); blank = not known.
 *   <li>A second row for the same person and quarter with another category is rejected ({@link
 *       RejectReason#CONFLICTING_VISITATION}): the first row stands. With the same category it is
 *       used and changes nothing.
 *   <li>A key smaller than the one before (streaming) stops the read: {@link DreamInputException}.
 * </ul>
 *
 * <p>Every row is accounted for: read = used + rejected. Rejected rows carry their line number in
 * the visit file and {@link RejectedRow.Table#VISIT}, never the person key.
 */
final class VisitReader {

  /** The accepted names of the quarter column. */
  static final List<String> DEFAULT_QUARTER_COLUMNS =
      List.of("kvartal", "quarter", "aarkvt", "aar_kvt", "periode", "tid");

  /** The accepted names of the category column. */
  static final List<String> DEFAULT_CATEGORY_COLUMNS =
      List.of("visit", "visitation", "visitationskategori", "kategori", "category");

  private final InputStream in;
  private final byte delim;
  private final int columns;
  private final int keyCol;
  private final int quarterCol;
  private final int catCol;
  private final YearQuarter firstQuarter;
  private final int quarters;
  private final String quarterName;
  private final String categoryName;

  private byte[] buf;
  private int pos;
  private int len;
  private boolean eof;
  private long line = 1;
  private long bytes;

  private long read;
  private long used;
  private long rejected;
  private long persons;
  private final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
  private List<RejectedRow> sink = new ArrayList<>();

  private byte[] prevKey = new byte[64];
  private int prevKeyLen = -1;
  private boolean inMemory;

  // the last row read and parsed (valid), not yet applied
  private boolean pending;
  private byte[] rowKey = new byte[64];
  private int rowKeyLen;
  private int rowQuarter;
  private int rowCategory;
  private long rowLine;

  private final int[] fs;
  private final int[] fe;

  /**
   * Opens the table: reads its header.
   *
   * @param in the visit table
   * @param names the accepted names of the key, quarter and category columns, lower case
   * @param firstQuarter the quarter of the data's first week
   * @param quarters the number of quarters of the data
   * @throws DreamInputException if the table is empty or a column is missing
   */
  VisitReader(InputStream in, List<List<String>> names, YearQuarter firstQuarter, int quarters) {
    this.in = in;
    this.firstQuarter = firstQuarter;
    this.quarters = quarters;
    KeyFigureJob.Header h;
    try {
      h = KeyFigureJob.readHeader(in, 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the visit table: " + e.getMessage(), e);
    } catch (DreamInputException e) {
      throw new DreamInputException("the visit table: " + e.getMessage());
    }
    int[] cols = LongLayout.columns(h.fields(), names);
    if (cols == null) {
      throw new DreamInputException(
          "the visit table: line 1: not a visit table (columns "
              + names.get(0)
              + ", "
              + names.get(1)
              + ", "
              + names.get(2)
              + ")");
    }
    this.delim = (byte) h.delim();
    this.columns = h.fields().size();
    this.keyCol = cols[0];
    this.quarterCol = cols[1];
    this.catCol = cols[2];
    this.quarterName = h.fields().get(quarterCol).strip();
    this.categoryName = h.fields().get(catCol).strip();
    this.buf = Arrays.copyOf(h.rest(), Math.max(1 << 16, h.restLen()));
    this.len = h.restLen();
    this.bytes = h.restLen();
    this.fs = new int[columns];
    this.fe = new int[columns];
  }

  /**
   * Reads the rows of the persons up to a key (inclusive), in step with the {@code y} table.
   *
   * @param lastKey the last key of the {@code y} block, or null for every remaining row
   * @param lastKeyLen its length
   * @return the persons and the rejected rows
   * @throws DreamInputException if the table is not sorted by person
   */
  VisitChunk readUpTo(byte @Nullable [] lastKey, int lastKeyLen) {
    VisitChunk c = new VisitChunk(quarters);
    sink = c.rejects;
    while (true) {
      if (!pending && !next()) {
        return c;
      }
      if (lastKey != null
          && LongParser.compareKeys(rowKey, 0, rowKeyLen, lastKey, 0, lastKeyLen) > 0) {
        return c;
      }
      pending = false;
      if (c.n == 0
          || !Arrays.equals(
              c.keys,
              c.keyOff[c.n - 1],
              c.keyOff[c.n - 1] + c.keyLen[c.n - 1],
              rowKey,
              0,
              rowKeyLen)) {
        c.add(rowKey, 0, rowKeyLen);
      }
      int before = rowQuarter < 0 || rowCategory == 0 ? 0 : c.set(rowQuarter, rowCategory);
      apply(before);
    }
  }

  /**
   * Reads the whole table into memory, in any order.
   *
   * @param rejects where rejected rows go, in file order
   * @return key → category per quarter
   */
  Map<String, byte[]> readAll(List<RejectedRow> rejects) {
    sink = rejects;
    Map<String, byte[]> out = new HashMap<>();
    while (next()) {
      pending = false;
      byte[] cats =
          out.computeIfAbsent(
              new String(rowKey, 0, rowKeyLen, StandardCharsets.UTF_8), k -> new byte[quarters]);
      int before = 0;
      if (rowQuarter >= 0 && rowCategory != 0) {
        before = cats[rowQuarter];
        if (before == 0) {
          cats[rowQuarter] = (byte) rowCategory;
        }
      }
      apply(before);
    }
    persons = out.size();
    return out;
  }

  private void apply(int before) {
    if (before != 0 && before != rowCategory) {
      reject(
          rowLine,
          RejectReason.CONFLICTING_VISITATION,
          firstQuarter.plusQuarters(rowQuarter)
              + ": "
              + Visitations.of(rowCategory).orElseThrow().officialName()
              + " / "
              + Visitations.of(before).orElseThrow().officialName());
    } else {
      used++;
    }
  }

  private void reject(long at, RejectReason reason, String detail) {
    rejected++;
    byReason.merge(reason, 1L, Long::sum);
    sink.add(new RejectedRow(at, reason, detail, RejectedRow.Table.VISIT));
  }

  /** Reads rows until a valid one is pending; false at the end of the table. */
  private boolean next() {
    while (true) {
      int end = nextLine();
      if (end < 0) {
        return false;
      }
      line++;
      read++;
      int stop = end;
      if (stop > lineStart && buf[stop - 1] == '\r') {
        stop--;
      }
      if (parse(lineStart, stop)) {
        pending = true;
        return true;
      }
    }
  }

  private int lineStart;

  /**
   * Finds the next line, from {@code lineStart} to the returned end (its line feed); -1 at the end.
   */
  private int nextLine() {
    int scan = pos;
    while (true) {
      for (int i = scan; i < len; i++) {
        if (buf[i] == '\n') {
          lineStart = pos;
          pos = i + 1;
          return i;
        }
      }
      if (eof) {
        if (pos < len) {
          lineStart = pos;
          pos = len;
          return len;
        }
        return -1;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
      }
      scan = len;
      if (len == buf.length) {
        if (buf.length >= BlockPipeline.MAX_BLOCK) {
          throw new DreamInputException(
              "the visit table: a line is longer than " + BlockPipeline.MAX_BLOCK + " bytes");
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      try {
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          eof = true;
        } else {
          len += r;
          bytes += r;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the visit table: " + e.getMessage(), e);
      }
    }
  }

  /** Parses a row; a valid one is left in the row fields, a bad one reported. */
  private boolean parse(int start, int stop) {
    if (stop == start) {
      reject(line, RejectReason.EMPTY_ROW, "");
      return false;
    }
    boolean quoted = false;
    int col = 0;
    int f = start;
    for (int i = start; i <= stop; i++) {
      byte y = i < stop ? buf[i] : delim;
      if (y == '"') {
        quoted = true;
        break;
      }
      if (y == delim) {
        if (col < columns) {
          fs[col] = f;
          fe[col] = i;
        }
        col++;
        f = i + 1;
      }
    }
    byte[] kb = buf;
    int ko;
    int kl;
    int quarter; // quarter index from year 0, or -1
    int category;
    if (quoted) {
      List<String> fields =
          CsvLine.split(new String(buf, start, stop - start, StandardCharsets.UTF_8), (char) delim);
      if (fields == null) {
        reject(line, RejectReason.UNTERMINATED_QUOTE, "");
        return false;
      }
      if (fields.size() != columns) {
        reject(line, RejectReason.FIELD_COUNT, fields.size() + " of " + columns + " fields");
        return false;
      }
      kb = fields.get(keyCol).getBytes(StandardCharsets.UTF_8);
      ko = 0;
      kl = kb.length;
      quarter =
          DreamCalendar.parseQuarter(fields.get(quarterCol))
              .map(q -> q.year() * 4 + q.quarter() - 1)
              .orElse(-1);
      category = Visitations.parse(fields.get(catCol));
    } else {
      if (col != columns) {
        reject(line, RejectReason.FIELD_COUNT, col + " of " + columns + " fields");
        return false;
      }
      ko = fs[keyCol];
      kl = fe[keyCol] - ko;
      quarter = quarter(buf, fs[quarterCol], fe[quarterCol]);
      category = Visitations.parse(buf, fs[catCol], fe[catCol]);
    }
    if (!WideParser.validKey(kb, ko, kl)) {
      reject(line, RejectReason.MALFORMED_KEY, kl == 0 ? "blank" : "length " + kl);
      return false;
    }
    if (quarter < 0) {
      reject(line, RejectReason.MALFORMED_QUARTER, quarterName);
      return false;
    }
    if (category < 0) {
      reject(line, RejectReason.UNKNOWN_VISITATION, categoryName);
      return false;
    }
    if (prevKeyLen >= 0) {
      int cmp =
          prevKeyLen == kl && Arrays.equals(prevKey, 0, kl, kb, ko, ko + kl)
              ? 0
              : LongParser.compareKeys(prevKey, 0, prevKeyLen, kb, ko, kl);
      if (cmp != 0) {
        persons++;
      }
      if (cmp > 0 && !inMemory) {
        throw new DreamInputException(
            "the visit table: line "
                + line
                + ": not sorted by person (a key smaller than the one before);"
                + " sort it by person or read it in memory");
      }
    } else {
      persons++;
    }
    if (prevKey.length < kl) {
      prevKey = new byte[kl];
      rowKey = new byte[kl];
    }
    System.arraycopy(kb, ko, prevKey, 0, kl);
    prevKeyLen = kl;
    System.arraycopy(kb, ko, rowKey, 0, kl);
    rowKeyLen = kl;
    int qi = quarter - (firstQuarter.year() * 4 + firstQuarter.quarter() - 1);
    rowQuarter = qi >= 0 && qi < quarters ? qi : -1;
    rowCategory = category;
    rowLine = line;
    return true;
  }

  /**
   * A quarter at byte level, by the grammar of {@link DreamCalendar#parseQuarter(String)}: four
   * digits of the year, an optional {@code -}, {@code _} or space, an optional {@code Q} or {@code
   * K} in either case, the quarter 1–4; spaces around.
   *
   * @return year * 4 + quarter - 1, or -1 if malformed
   */
  static int quarter(byte[] b, int s, int e) {
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    int n = e - s;
    if (n < 5 || n > 7) {
      return -1;
    }
    int year = 0;
    for (int i = s; i < s + 4; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      year = year * 10 + d;
    }
    int p = s + 4;
    if (p < e - 1 && (b[p] == '-' || b[p] == '_' || b[p] == ' ')) {
      p++;
    }
    if (p < e - 1 && (b[p] == 'Q' || b[p] == 'q' || b[p] == 'K' || b[p] == 'k')) {
      p++;
    }
    int q = b[p] - '0';
    if (p != e - 1 || q < 1 || q > 4 || year < 1) {
      return -1;
    }
    return year * 4 + q - 1;
  }

  /** Reads in any order (in-memory mode): no sortedness check. */
  VisitReader inMemory() {
    this.inMemory = true;
    return this;
  }

  /**
   * What the read did with every row.
   *
   * @return the summary; persons = distinct persons of the table
   */
  ReadSummary summary() {
    return new ReadSummary(read, used, rejected, persons, 0, bytes, byReason);
  }
}
