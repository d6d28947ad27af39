/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dk.dfdgrules.codelists.internal.Masking;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bundled code-list resource, strictly.
 *
 * <p>The format (UTF-8, tab-separated):
 *
 * <ol>
 *   <li>metadata lines {@code # name: value}, with the names {@code key}, {@code title}, {@code
 *       englishTitle}, {@code source} (required), {@code version}, {@code note}, {@code partial}
 *       and {@code acceptsOtherIds} ({@code true}/{@code false}, default false), each at most once;
 *       {@code key} must be the file's name without {@code .tsv};
 *   <li>the column header: {@code id name validFrom validTo aliases description}, then one column
 *       per attribute (a name without whitespace);
 *   <li>one line per value, with exactly as many fields as the header. An empty field is absent.
 *       Dates are ISO ({@code 2021-12-06}); {@code validTo} is the last valid day; aliases are
 *       separated by {@code |}. No field may start or end with whitespace.
 * </ol>
 *
 * <p>Lines starting with {@code ##} are comments, anywhere. Anything else — an unknown or repeated
 * metadata name, a blank line, a wrong number of fields, a bad date, a duplicate id or name, a
 * blank name — fails with a {@link CodeListFormatException} naming the file and line.
 */
final class CodeListLoader {

  static final String SUFFIX = ".tsv";
  static final ImmutableList<String> FIXED_COLUMNS =
      ImmutableList.of("id", "name", "validFrom", "validTo", "aliases", "description");

  private static final Pattern METADATA = Pattern.compile("# ([A-Za-z]+): (\\S.*)");
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final ImmutableSet<String> METADATA_NAMES =
      ImmutableSet.of(
          "key",
          "title",
          "englishTitle",
          "source",
          "version",
          "note",
          "partial",
          "acceptsOtherIds");
  private static final ImmutableSet<String> REQUIRED_METADATA =
      ImmutableSet.of("key", "title", "englishTitle", "source");
  private static final Splitter TABS = Splitter.on('\t');
  private static final Splitter BARS = Splitter.on('|');

  private CodeListLoader() {}

  /**
   * Loads the resource {@code name} from this package.
   *
   * @param name a resource name relative to this package, ending in {@code .tsv}
   * @return the list
   * @throws CodeListFormatException if the resource is missing or malformed
   */
  static CodeList load(String name) {
    URL url;
    try {
      url = Resources.getResource(CodeListLoader.class, name);
    } catch (IllegalArgumentException e) {
      throw new CodeListFormatException(name, 0, "resource not found", e);
    }
    List<String> lines;
    try {
      lines = Resources.readLines(url, UTF_8);
    } catch (IOException e) {
      throw new CodeListFormatException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
    return parse(name, lines);
  }

  /**
   * Parses the lines of a resource.
   *
   * @param name the resource name, for messages and the key check
   * @param lines the lines, without line terminators
   * @return the list
   * @throws CodeListFormatException if the lines are malformed
   */
  static CodeList parse(String name, List<String> lines) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    Map<String, String> metadata = new HashMap<>();
    Map<String, Integer> metadataLine = new HashMap<>();
    List<String> header = null;
    int headerLine = 0;
    CodeList.Builder list = null;
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.startsWith("##")) {
        continue;
      }
      if (header == null) {
        if (line.startsWith("#")) {
          Matcher m = METADATA.matcher(line);
          if (!m.matches()) {
            throw error(
                name, lineNo, "metadata must read '# name: value', was " + Masking.quoted(line));
          }
          String key = m.group(1);
          String value = m.group(2);
          if (!METADATA_NAMES.contains(key)) {
            throw error(
                name,
                lineNo,
                "unknown metadata " + Masking.quoted(key) + "; known: " + METADATA_NAMES);
          }
          if (metadata.containsKey(key)) {
            throw error(name, lineNo, "metadata " + Masking.quoted(key) + " given twice");
          }
          if (!value.equals(value.strip())) {
            throw error(name, lineNo, "metadata " + Masking.quoted(key) + " ends with whitespace");
          }
          metadata.put(key, value);
          metadataLine.put(key, lineNo);
          continue;
        }
        header = parseHeader(name, lineNo, line);
        headerLine = lineNo;
        list = startList(name, fileName, metadata, metadataLine, headerLine);
        continue;
      }
      if (line.startsWith("#")) {
        throw error(name, lineNo, "metadata after the column header");
      }
      if (line.isBlank()) {
        throw error(name, lineNo, "blank line");
      }
      List<String> fields = TABS.splitToList(line);
      if (fields.size() != header.size()) {
        throw error(
            name,
            lineNo,
            "expected " + header.size() + " tab-separated fields, found " + fields.size());
      }
      try {
        list.add(parseCode(fields, header));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new CodeListFormatException(name, lineNo, e.getMessage(), e);
      }
      rows++;
    }
    if (header == null || list == null) {
      throw error(name, 0, "no column header");
    }
    if (rows == 0) {
      throw error(name, headerLine, "no values after the column header");
    }
    try {
      return list.build();
    } catch (IllegalStateException e) {
      throw new CodeListFormatException(name, 0, e.getMessage(), e);
    }
  }

  private static List<String> parseHeader(String name, int lineNo, String line) {
    List<String> header = TABS.splitToList(line);
    if (header.size() < FIXED_COLUMNS.size()
        || !header.subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
      throw error(
          name,
          lineNo,
          "the column header must start with "
              + String.join(" ", FIXED_COLUMNS)
              + ", was "
              + Masking.quoted(line));
    }
    Set<String> seen = new HashSet<>();
    for (String column : header.subList(FIXED_COLUMNS.size(), header.size())) {
      if (!ATTRIBUTE_NAME.matcher(column).matches()
          || FIXED_COLUMNS.contains(column)
          || !seen.add(column)) {
        throw error(name, lineNo, "bad or repeated attribute column " + Masking.quoted(column));
      }
    }
    return header;
  }

  private static CodeList.Builder startList(
      String name,
      String fileName,
      Map<String, String> metadata,
      Map<String, Integer> metadataLine,
      int headerLine) {
    for (String required : REQUIRED_METADATA) {
      if (!metadata.containsKey(required)) {
        throw error(name, headerLine, "metadata '" + required + "' missing before the header");
      }
    }
    String key = metadata.get("key");
    if (!fileName.equals(key + SUFFIX)) {
      throw error(
          name,
          metadataLine.get("key"),
          "key " + Masking.quoted(key) + " does not match the file name");
    }
    CodeList.Builder list;
    try {
      list =
          CodeList.builder(key)
              .title(metadata.get("title"))
              .englishTitle(metadata.get("englishTitle"))
              .source(metadata.get("source"));
      if (metadata.containsKey("version")) {
        list.version(metadata.get("version"));
      }
      if (metadata.containsKey("note")) {
        list.note(metadata.get("note"));
      }
    } catch (IllegalArgumentException e) {
      throw new CodeListFormatException(name, metadataLine.get("key"), e.getMessage(), e);
    }
    list.partial(flag(name, metadata, metadataLine, "partial"));
    list.acceptsOtherIds(flag(name, metadata, metadataLine, "acceptsOtherIds"));
    return list;
  }

  private static boolean flag(
      String name, Map<String, String> metadata, Map<String, Integer> metadataLine, String key) {
    String value = metadata.getOrDefault(key, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw error(
          name,
          metadataLine.get(key),
          "metadata "
              + Masking.quoted(key)
              + " must be true or false, was "
              + Masking.quoted(value));
    }
    return value.equals("true");
  }

  private static Code parseCode(List<String> fields, List<String> header) {
    if (fields.get(1).isBlank()) {
      throw new IllegalArgumentException("blank name");
    }
    for (int c = 0; c < fields.size(); c++) {
      String field = fields.get(c);
      if (!field.equals(field.strip())) {
        throw new IllegalArgumentException(
            "field "
                + Masking.quoted(header.get(c))
                + " starts or ends with whitespace: "
                + Masking.quoted(field));
      }
    }
    Code.Builder code = Code.builder(fields.get(1));
    ifPresent(fields.get(0), code::id);
    ifPresent(fields.get(2), v -> code.validFrom(date("validFrom", v)));
    ifPresent(fields.get(3), v -> code.validTo(date("validTo", v)));
    ifPresent(fields.get(4), v -> code.aliases(BARS.split(v)));
    ifPresent(fields.get(5), code::description);
    for (int c = FIXED_COLUMNS.size(); c < fields.size(); c++) {
      String column = header.get(c);
      ifPresent(fields.get(c), v -> code.attribute(column, v));
    }
    return code.build();
  }

  private static LocalDate date(String column, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      // not chained: the parser's message quotes the value unmasked
      throw new IllegalArgumentException(
          column + " " + Masking.quoted(value) + " is not an ISO date (yyyy-mm-dd)");
    }
  }

  private static void ifPresent(String field, Consumer<String> action) {
    if (!field.isEmpty()) {
      action.accept(field);
    }
  }

  private static CodeListFormatException error(String name, int line, String problem) {
    return new CodeListFormatException(name, line, problem, null);
  }
}
