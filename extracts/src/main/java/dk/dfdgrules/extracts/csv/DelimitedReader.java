/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a delimited text file with a header row, one row at a time, for the batch jobs whose input
 * columns are found by name: UTF-8 (a byte-order mark is skipped), {@code ;}, {@code ,} or tab as
 * the delimiter (the most frequent of them in the header), LF or CRLF line ends, RFC 4180 quotes
 * within a line. Lines are numbered as an editor numbers them (the header is line 1).
 *
 * <p>A row's trouble is the caller's to report, with {@link #line()}: a line longer than {@link
 * #MAX_LINE_CHARS} is cut off ({@link #tooLong()}), an unclosed quote gives {@link #malformed()},
 * an empty line {@link #blank()}. Nothing here throws for a bad row; only the header can be missing
 * or unusable ({@link InputFileException}).
 *
 * <pre>{@code
 * try (DelimitedReader r = DelimitedReader.open(in)) {
 *   int cpr = r.require("citizen", List.of("cpr", "borger"));
 *   while (r.next()) {
 *     if (r.blank() || r.malformed()) { reject(r.line()); continue; }
 *     String citizen = r.get(cpr);
 *   }
 * }
 * }</pre>
 */
public final class DelimitedReader implements Closeable {

  /** The longest line read whole, in characters (1 MiB); a longer one is a bad row. */
  public static final int MAX_LINE_CHARS = 1 << 20;

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private final StringBuilder lineText = new StringBuilder(256);
  private final ImmutableList<String> header;
  private final char delimiter;
  private long line = 1;
  private long rows;
  private boolean eof;
  private boolean tooLong;
  private @Nullable List<String> fields = List.of();

  private DelimitedReader(Reader in) throws IOException {
    this.in = in;
    String first = readLine();
    if (first == null) {
      throw new InputFileException("the file is empty: there is no header row");
    }
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    if (tooLong) {
      throw new InputFileException(
          "the header row is longer than " + MAX_LINE_CHARS + " characters; is this a text file?");
    }
    this.delimiter = CsvLine.detectDelimiter(first);
    List<String> names = CsvLine.split(first, delimiter);
    if (names == null || first.isBlank()) {
      throw new InputFileException("the header row is empty or has an unclosed quote");
    }
    this.header =
        names.stream()
            .map(n -> n.strip().toLowerCase(Locale.ROOT))
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * Opens a stream and reads its header row. Malformed UTF-8 is read as U+FFFD, so that the row it
   * is in fails its own checks rather than the whole file.
   *
   * @param in the stream; closed by {@link #close()}
   * @return the reader, before the first row
   * @throws IOException if reading fails
   * @throws InputFileException if there is no usable header row
   */
  public static DelimitedReader open(InputStream in) throws IOException {
    requireNonNull(in, "in");
    Reader r =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return new DelimitedReader(r);
  }

  /**
   * The header's column names, stripped and lower case.
   *
   * @return the names, in file order
   */
  public List<String> header() {
    return header;
  }

  /**
   * The delimiter found in the header.
   *
   * @return {@code ;}, {@code ,} or tab
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The index of the first column whose name is one of {@code names} (case and surrounding blanks
   * ignored).
   *
   * @param names the accepted names, in order of preference
   * @return the column's index, or -1
   */
  public int find(List<String> names) {
    for (String n : names) {
      int i = header.indexOf(n.strip().toLowerCase(Locale.ROOT));
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of a column the job cannot do without.
   *
   * @param role what the column holds, for the message (e.g. {@code citizen})
   * @param names the accepted names, in order of preference
   * @return the column's index
   * @throws InputFileException naming the role, the accepted names and the header, if none is there
   */
  public int require(String role, List<String> names) {
    int i = find(names);
    if (i < 0) {
      throw new InputFileException(
          "no "
              + role
              + " column: expected one of "
              + names
              + " in the header "
              + Masking.mask(String.join(String.valueOf(delimiter), header), 200));
    }
    return i;
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the file
   * @throws IOException if reading fails
   */
  public boolean next() throws IOException {
    String text = readLine();
    if (text == null) {
      fields = List.of();
      return false;
    }
    line++;
    rows++;
    fields = text.isEmpty() ? List.of() : CsvLine.split(text, delimiter);
    return true;
  }

  /**
   * The current row's physical line number (the header is line 1).
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * The rows read so far, the current one included (the header is not a row).
   *
   * @return the count
   */
  public long rowsRead() {
    return rows;
  }

  /**
   * Tells whether the current line was longer than {@link #MAX_LINE_CHARS} (its fields are then
   * those of its first part and must not be used).
   *
   * @return true if cut off
   */
  public boolean tooLong() {
    return tooLong;
  }

  /**
   * Tells whether the current line has a quote that is not closed.
   *
   * @return true if malformed
   */
  public boolean malformed() {
    return fields == null;
  }

  /**
   * Tells whether the current line is empty or only blanks and delimiters.
   *
   * @return true if blank
   */
  public boolean blank() {
    List<String> f = fields;
    if (f == null) {
      return false;
    }
    for (String s : f) {
      if (!s.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of fields of the current row.
   *
   * @return the count (0 for an empty or malformed line)
   */
  public int size() {
    List<String> f = fields;
    return f == null ? 0 : f.size();
  }

  /**
   * A field of the current row, stripped.
   *
   * @param column a column index, or -1 for a column the file does not have
   * @return the field, or the empty string when the row has no such field
   */
  public String get(int column) {
    List<String> f = fields;
    if (f == null || column < 0 || column >= f.size()) {
      return "";
    }
    return f.get(column).strip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private @Nullable String readLine() throws IOException {
    if (eof) {
      return null;
    }
    lineText.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          return any ? finish() : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int room = MAX_LINE_CHARS - lineText.length();
      int len = pos - start;
      if (len > room) {
        tooLong = true;
        len = Math.max(room, 0);
      }
      lineText.append(buf, start, len);
      if (pos < limit) {
        pos++; // the '\n'
        return finish();
      }
    }
  }

  private String finish() {
    int n = lineText.length();
    if (n > 0 && lineText.charAt(n - 1) == '\r') {
      lineText.setLength(n - 1);
    }
    return lineText.toString();
  }
}
