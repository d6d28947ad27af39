/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the numbers of an HTML report (as written, or as a browser's DOM) to the CSV of the same
 * run: every element with {@code data-k} (the key of a CSV row: its first four fields) and {@code
 * data-f} ({@code n} or {@code share}) must show that row's count or share — the count with or
 * without digit grouping, the share as a percentage with one decimal of the CSV's four, a
 * suppressed count as the CSV's {@code <N}, a suppressed or baseless share as {@code ·} or {@code
 * –}. A shown text of the form {@code label: value} (a chart's tooltip) is checked by its value.
 *
 * <p>Independent of the renderers: it parses text, it does not call {@link CellText}.
 *
 * <p>{@code java ... ReportCheck PAGE.html REPORT.csv} prints each difference and exits 1 if there
 * is one (used by {@code cli/report-check.sh}).
 */
public final class ReportCheck {

  /** A number on the page. */
  public record Shown(String key, String field, String text) {}

  private static final Pattern NUMBER =
      Pattern.compile(
          "<(\\w+)\\b[^>]*?\\sdata-k=\"([^\"]*)\"[^>]*?\\sdata-f=\"(n|share)\"[^>]*>([^<]*)<");

  private ReportCheck() {}

  /**
   * The numbers on a page.
   *
   * @param html the page
   * @return every element with {@code data-k} and {@code data-f}, in page order
   */
  public static List<Shown> numbers(String html) {
    List<Shown> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(html);
    while (m.find()) {
      String text = unescape(m.group(4)).strip();
      int colon = text.lastIndexOf(": ");
      if (colon >= 0) {
        text = text.substring(colon + 2);
      }
      out.add(new Shown(unescape(m.group(2)), m.group(3), text));
    }
    return out;
  }

  /**
   * The cells of a CSV by key. A key-figure CSV ({@code table;period;group;detail;persons;share}):
   * key {@code table;period;group;detail} → {persons, share}. A table of counts per week ({@code
   * week;CATEGORY…}, as {@code dfdg yr refusion --counts} and {@code dfdg visitation courses
   * --counts} write it): key {@code WEEK;CATEGORY} → {count, ""}.
   *
   * @param csv the CSV
   * @return key → {count, share}
   */
  public static Map<String, String[]> csvRows(String csv) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    String[] header = null;
    for (String line : csv.split("\n")) {
      if (line.startsWith("#") || line.startsWith("table;") || line.isBlank()) {
        continue;
      }
      String[] f = line.split(";", -1);
      if (f[0].equals("week")) {
        header = f;
      } else if (header != null) {
        for (int i = 1; i < f.length; i++) {
          rows.put(f[0] + ";" + header[i], new String[] {f[i], ""});
        }
      } else {
        rows.put(f[0] + ";" + f[1] + ";" + f[2] + ";" + f[3], new String[] {f[4], f[5]});
      }
    }
    return rows;
  }

  /**
   * The differences between a page and the CSV.
   *
   * @param html the page
   * @param csv the CSV of the same run
   * @return one line per difference; empty when every number equals the CSV's
   */
  public static List<String> problems(String html, String csv) {
    Map<String, String[]> rows = csvRows(csv);
    List<String> problems = new ArrayList<>();
    for (Shown s : numbers(html)) {
      String[] row = rows.get(s.key());
      if (row == null) {
        problems.add("no CSV row " + s.key() + " for '" + s.text() + "'");
        continue;
      }
      String problem = s.field().equals("n") ? count(s.text(), row[0]) : share(s.text(), row);
      if (problem != null) {
        problems.add(s.key() + " " + s.field() + ": " + problem);
      }
    }
    return problems;
  }

  /**
   * The CSV rows (key and field) of those chosen that the page does not show.
   *
   * @param html the page
   * @param csv the CSV
   * @param rowsToShow which rows must be shown (by key and persons)
   * @param fields the fields each must show, e.g. {@code n} and {@code share}
   * @return the missing ones
   */
  public static List<String> missing(
      String html,
      String csv,
      Predicate<Map.Entry<String, String[]>> rowsToShow,
      String... fields) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    numbers(html).forEach(s -> shown.add(s.key() + "|" + s.field()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String[]> e : csvRows(csv).entrySet()) {
      if (rowsToShow.test(e)) {
        for (String f : fields) {
          if (!shown.contains(e.getKey() + "|" + f)) {
            out.add(e.getKey() + "|" + f);
          }
        }
      }
    }
    return out;
  }

  private static String count(String shown, String csv) {
    if (csv.startsWith("<")) {
      return shown.equals(csv) ? null : "shows '" + shown + "', the CSV " + csv;
    }
    String digits = shown.replaceAll("[.,\\s\\u00a0\\u202f]", "");
    if (!digits.matches("\\d+")) {
      return "shows '" + shown + "', the CSV " + csv;
    }
    return Long.parseLong(digits) == Long.parseLong(csv)
        ? null
        : "shows " + shown + ", the CSV " + csv;
  }

  private static String share(String shown, String[] row) {
    String csv = row[1];
    if (csv.isEmpty()) {
      boolean ok = row[0].startsWith("<") ? shown.equals("·") : shown.matches("[·–]");
      return ok ? null : "shows '" + shown + "', the CSV no share (persons " + row[0] + ")";
    }
    BigDecimal expected = new BigDecimal(csv).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    String number = shown.replace("%", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
    if (!number.matches("\\d+\\.\\d")) {
      return "shows '" + shown + "', the CSV " + csv;
    }
    return new BigDecimal(number).compareTo(expected) == 0
        ? null
        : "shows " + shown + ", the CSV " + csv + " (" + expected + " %)";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u00a0")
        .replace("&amp;", "&");
  }

  /**
   * Compares a page with a CSV.
   *
   * @param args the page and the CSV
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String html = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String csv = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    List<String> problems = problems(html, csv);
    problems.forEach(System.out::println);
    System.out.println(
        numbers(html).size() + " numbers on the page, " + problems.size() + " differ from the CSV");
    System.exit(problems.isEmpty() && !numbers(html).isEmpty() ? 0 : 1);
  }
}
