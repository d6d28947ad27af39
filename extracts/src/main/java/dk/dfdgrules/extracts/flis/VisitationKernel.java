/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.CsvLine;
import dk.dfdgrules.extracts.csv.DelimitedReader;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.flis.VisitationCourseJob.Output;
import dk.dfdgrules.extracts.flis.VisitationCourseJob.Parsed;
import dk.dfdgrules.extracts.flis.VisitationCourseJob.Problem;
import dk.dfdgrules.rules.flis.VisitationCourses.DropReason;
import dk.dfdgrules.rules.flis.VisitationWeeks;
import dk.dfdgrules.rules.flis.VisitationWeeks.NoWeeks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@link VisitationCourseJob} over a file sorted by citizen: rows are read as
 * bytes, a citizen's registrations held as primitives (start second, category, line), and VIS-1 …
 * VIS-3 done on them — the same decisions as {@link dk.dfdgrules.rules.flis.VisitationCourses},
 * which a property test checks. A line the fast reader does not take as it is (a quote, another
 * date form, another spelling of a category, a bad value) goes through the careful reading of
 * {@link VisitationCourseJob#parseFields}, so its outcome and reason are the same either way.
 */
final class VisitationKernel {

  private static final int BUFFER = 1 << 20;

  /** The longest line held: UTF-8 takes up to four bytes a character. */
  private static final int MAX_LINE_BYTES = DelimitedReader.MAX_LINE_CHARS * 4;

  private static final VisitationCategory[] CATEGORIES = VisitationCategory.values();
  private static final byte[][] NAMES = new byte[CATEGORIES.length][];

  static {
    for (VisitationCategory c : CATEGORIES) {
      NAMES[c.ordinal()] = c.officialName().getBytes(StandardCharsets.UTF_8);
    }
  }

  private final List<String> citizenColumns;
  private final List<String> startColumns;
  private final List<String> timeColumns;
  private final List<String> categoryColumns;
  private final @Nullable YearMonth loadMonth;
  private final Output out;
  private final long horizonDay;

  private int citizenCol;
  private int startCol;
  private int timeCol;
  private int categoryCol;
  private int maxCol;
  private byte delimiter;

  private long line = 1;
  private long read;
  private long used;
  private long dropped;
  private long citizens;
  private long courses;
  private long weekRows;
  private long withoutWeeks;
  private final EnumMap<Problem, Long> rejected = new EnumMap<>(Problem.class);

  // the current citizen
  private long currentKey = -1;
  private @Nullable CprNumber current;
  private int n;
  private long[] second = new long[64];
  private byte[] category = new byte[64];
  private long[] lines = new long[64];
  private final int[] fieldStart = new int[64];
  private final int[] fieldEnd = new int[64];

  VisitationKernel(
      List<String> citizenColumns,
      List<String> startColumns,
      List<String> timeColumns,
      List<String> categoryColumns,
      @Nullable YearMonth loadMonth,
      Output out) {
    this.citizenColumns = citizenColumns;
    this.startColumns = startColumns;
    this.timeColumns = timeColumns;
    this.categoryColumns = categoryColumns;
    this.loadMonth = loadMonth;
    this.out = out;
    this.horizonDay =
        loadMonth == null ? Long.MAX_VALUE : VisitationWeeks.horizon(loadMonth).toEpochDay();
  }

  VisitationCourseJob.Summary run(InputStream in) throws IOException {
    byte[] buf = new byte[BUFFER];
    int len = 0;
    int pos = 0;
    boolean headerDone = false;
    boolean eof = false;
    boolean skipping = false; // inside a line too long to hold
    while (true) {
      int nl = indexOf(buf, pos, len, (byte) '\n');
      if (nl < 0) {
        if (eof) {
          if (skipping) {
            tooLong();
          } else if (pos < len) {
            line(buf, pos, len, headerDone);
            headerDone = true;
          }
          break;
        }
        if (skipping) {
          pos = 0;
          len = 0;
        } else if (pos > 0) {
          System.arraycopy(buf, pos, buf, 0, len - pos);
          len -= pos;
          pos = 0;
        }
        if (len == buf.length) {
          if (buf.length >= MAX_LINE_BYTES) {
            if (!headerDone) {
              throw new InputFileException(
                  "the header row is longer than "
                      + DelimitedReader.MAX_LINE_CHARS
                      + " characters; is this a text file?");
            }
            skipping = true;
            len = 0;
          } else {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
        }
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          eof = true;
        } else {
          len += r;
        }
        continue;
      }
      if (skipping) {
        tooLong();
        skipping = false;
      } else {
        int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
        line(buf, pos, end, headerDone);
        headerDone = true;
      }
      pos = nl + 1;
    }
    if (!headerDone) {
      throw new InputFileException("the file is empty: there is no header row");
    }
    flush();
    long rejectedRows = rejected.values().stream().mapToLong(Long::longValue).sum();
    YearMonth load = loadMonth;
    return new VisitationCourseJob.Summary(
        new RowAccount(read, used, dropped, rejectedRows),
        citizens,
        courses,
        weekRows,
        withoutWeeks,
        rejected,
        load == null ? Optional.empty() : Optional.of(VisitationWeeks.horizon(load)));
  }

  private void line(byte[] buf, int from, int to, boolean headerDone) throws IOException {
    if (headerDone) {
      row(buf, from, to);
    } else {
      header(buf, from, to);
    }
  }

  /** A line longer than {@link #MAX_LINE_BYTES}, skipped to its end: one bad row. */
  private void tooLong() {
    line++;
    read++;
    reject(
        Problem.MALFORMED,
        "the line is longer than " + DelimitedReader.MAX_LINE_CHARS + " characters");
  }

  private void header(byte[] buf, int from, int to) throws IOException {
    DelimitedReader h =
        DelimitedReader.open(new ByteArrayInputStream(Arrays.copyOfRange(buf, from, to)));
    citizenCol = h.require("citizen", citizenColumns);
    startCol = h.require("start", startColumns);
    categoryCol = h.require("category", categoryColumns);
    timeCol = h.find(timeColumns);
    delimiter = (byte) h.delimiter();
    maxCol = Math.max(Math.max(citizenCol, startCol), Math.max(categoryCol, timeCol));
  }

  private void row(byte[] b, int from, int to) {
    line++;
    read++;
    // split the fields up to the last one needed; a quote or too few fields: the careful path
    int f = 0;
    int start = from;
    for (int i = from; i <= to && f <= maxCol && f < fieldStart.length; i++) {
      if (i == to || b[i] == delimiter) {
        fieldStart[f] = start;
        fieldEnd[f] = i;
        f++;
        start = i + 1;
      } else if (b[i] == '"') {
        careful(b, from, to);
        return;
      }
    }
    if (f <= maxCol) {
      careful(b, from, to);
      return;
    }
    long key = cprKey(b, fieldStart[citizenCol], fieldEnd[citizenCol]);
    long secondOf = startSecond(b, fieldStart[startCol], fieldEnd[startCol]);
    int cat = categoryOf(b, fieldStart[categoryCol], fieldEnd[categoryCol]);
    boolean noTime = timeCol < 0 || fieldStart[timeCol] == fieldEnd[timeCol];
    if (key < 0 || secondOf == Long.MIN_VALUE || cat < 0 || !noTime) {
      careful(b, from, to);
      return;
    }
    if (key != currentKey) {
      CprNumber who;
      try {
        who =
            CprNumber.parse(new String(b, fieldStart[citizenCol], 10, StandardCharsets.ISO_8859_1));
      } catch (IllegalArgumentException e) {
        careful(b, from, to);
        return;
      }
      next(key, who);
    }
    add(secondOf, cat);
  }

  /** The careful reading of one line, with the same reasons as the plain job. */
  private void careful(byte[] b, int from, int to) {
    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (text.length() > DelimitedReader.MAX_LINE_CHARS) {
      reject(
          Problem.MALFORMED,
          "the line is longer than " + DelimitedReader.MAX_LINE_CHARS + " characters");
      return;
    }
    List<String> fields = text.isEmpty() ? List.of() : CsvLine.split(text, (char) delimiter);
    if (fields == null) {
      reject(Problem.MALFORMED, "a quote is not closed");
      return;
    }
    if (fields.stream().allMatch(String::isBlank)) {
      reject(Problem.BLANK, "the row is empty");
      return;
    }
    Parsed p =
        VisitationCourseJob.parseFields(
            field(fields, citizenCol),
            field(fields, startCol),
            field(fields, timeCol),
            field(fields, categoryCol));
    if (p.problem() != null) {
      reject(p.problem(), p.reason());
      return;
    }
    var reg = p.registration();
    CprNumber who = reg.getCitizen();
    long key = Long.parseLong(who.unmaskedValue());
    if (key != currentKey) {
      next(key, who);
    }
    LocalDate d = reg.getStart().toLocalDate();
    add(
        d.toEpochDay() * 86_400 + reg.getStart().toLocalTime().toSecondOfDay(),
        reg.getCategory().ordinal());
  }

  private static String field(List<String> fields, int col) {
    return col < 0 || col >= fields.size() ? "" : fields.get(col).strip();
  }

  private void next(long key, CprNumber who) {
    if (currentKey >= 0 && key < currentKey) {
      throw new InputFileException(
          "line "
              + line
              + ": the file is not sorted by citizen (this citizen sorts before the one"
              + " above); sort it by the citizen column, or read it in any order"
              + " (--any-order)");
    }
    flush();
    currentKey = key;
    current = who;
  }

  private void add(long at, int cat) {
    if (n == second.length) {
      second = Arrays.copyOf(second, n * 2);
      category = Arrays.copyOf(category, n * 2);
      lines = Arrays.copyOf(lines, n * 2);
    }
    second[n] = at;
    category[n] = (byte) cat;
    lines[n] = line;
    n++;
  }

  private void reject(Problem p, String reason) {
    rejected.merge(p, 1L, Long::sum);
    out.rejected(new BadRow(line, reason), p);
  }

  /** VIS-1 … VIS-4 on the current citizen's registrations. */
  private void flush() {
    if (n == 0) {
      return;
    }
    // sort by (start second, category): insertion sort, a citizen has few registrations
    for (int i = 1; i < n; i++) {
      long m = second[i];
      byte c = category[i];
      long l = lines[i];
      int j = i - 1;
      while (j >= 0 && (second[j] > m || (second[j] == m && category[j] > c))) {
        second[j + 1] = second[j];
        category[j + 1] = category[j];
        lines[j + 1] = lines[j];
        j--;
      }
      second[j + 1] = m;
      category[j + 1] = c;
      lines[j + 1] = l;
    }
    // VIS-2: the last of each day is kept; keep the kept ones in place at the front
    int k = 0;
    int i = 0;
    while (i < n) {
      long day = Math.floorDiv(second[i], 86_400);
      int j = i;
      while (j + 1 < n && Math.floorDiv(second[j + 1], 86_400) == day) {
        j++;
      }
      for (int x = i; x < j; x++) {
        DropReason why =
            second[x] != second[j]
                ? DropReason.EARLIER_SAME_DAY
                : category[x] == category[j] ? DropReason.DUPLICATE : DropReason.SAME_START_TIME;
        dropped++;
        out.dropped(lines[x], why, lines[j]);
      }
      second[k] = day; // from here on: the day
      category[k] = category[j];
      lines[k] = lines[j];
      k++;
      i = j + 1;
    }
    citizens++;
    CprNumber who = current;
    for (int c = 0; c < k; c++) {
      used++;
      courses++;
      VisitationCourse.Builder b =
          VisitationCourse.builder()
              .citizen(who)
              .category(CATEGORIES[category[c]])
              .start(LocalDate.ofEpochDay(second[c]));
      if (c + 1 < k) {
        b.end(LocalDate.ofEpochDay(second[c + 1]));
      }
      VisitationCourse course = b.build();
      out.course(course, lines[c]);
      if (loadMonth != null) {
        weeks(course, second[c], c + 1 < k ? second[c + 1] : Long.MAX_VALUE, lines[c]);
      }
    }
    n = 0;
  }

  /**
   * VIS-4 on days since the epoch, as {@link VisitationWeeks#unroll} does it on dates: the weeks
   * whose Thursday is in [start, end) and on or before the horizon.
   */
  private void weeks(VisitationCourse course, long start, long end, long line) {
    long firstThursday = start + Math.floorMod(3 - Math.floorMod(start + 3, 7), 7);
    long lastDay = Math.min(end - 1, horizonDay);
    if (firstThursday > lastDay) {
      withoutWeeks++;
      out.withoutWeeks(
          course, firstThursday < end ? NoWeeks.AFTER_HORIZON : NoWeeks.NO_THURSDAY, line);
      return;
    }
    long lastThursday = lastDay - Math.floorMod(Math.floorMod(lastDay + 3, 7) - 3, 7);
    weekRows += (lastThursday - firstThursday) / 7 + 1;
    out.weeks(
        course,
        IsoWeek.from(LocalDate.ofEpochDay(firstThursday)),
        IsoWeek.from(LocalDate.ofEpochDay(lastThursday)));
  }

  /** Ten ASCII digits (or six, a hyphen and four) as a number; -1 for anything else. */
  private static long cprKey(byte[] b, int from, int to) {
    int len = to - from;
    if (len != 10) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * {@code YYYY-MM-DD}, optionally {@code T} or a blank and {@code HH:MM} or {@code HH:MM:SS}, as
   * seconds since the epoch; {@link Long#MIN_VALUE} for anything else (the careful path decides).
   */
  private static long startSecond(byte[] b, int from, int to) {
    int len = to - from;
    if (len != 10 && len != 16 && len != 19) {
      return Long.MIN_VALUE;
    }
    if (b[from + 4] != '-' || b[from + 7] != '-') {
      return Long.MIN_VALUE;
    }
    int y = digits(b, from, 4);
    int m = digits(b, from + 5, 2);
    int d = digits(b, from + 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) {
      return Long.MIN_VALUE;
    }
    boolean leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    int monthLength = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    if (d > monthLength) {
      return Long.MIN_VALUE;
    }
    long day = epochDay(y, m, d);
    if (len == 10) {
      return day * 86_400;
    }
    byte sep = b[from + 10];
    if ((sep != ' ' && sep != 'T') || b[from + 13] != ':') {
      return Long.MIN_VALUE;
    }
    int hh = digits(b, from + 11, 2);
    int mm = digits(b, from + 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) {
      return Long.MIN_VALUE;
    }
    int ss = 0;
    if (len == 19) {
      ss = digits(b, from + 17, 2);
      if (b[from + 16] != ':' || ss < 0 || ss > 59) {
        return Long.MIN_VALUE;
      }
    }
    return day * 86_400 + hh * 3600L + mm * 60L + ss;
  }

  /** Days since 1970-01-01 of a valid date (the proleptic Gregorian calendar), without objects. */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** The category whose official name the field is, byte for byte; -1 otherwise. */
  private static int categoryOf(byte[] b, int from, int to) {
    int len = to - from;
    for (int c = 0; c < NAMES.length; c++) {
      byte[] name = NAMES[c];
      if (name.length == len && Arrays.equals(b, from, to, name, 0, len)) {
        return c;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int from, int to, byte x) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
