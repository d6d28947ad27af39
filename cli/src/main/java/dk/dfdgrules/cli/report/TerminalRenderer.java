/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Report} as text for a terminal: the title, the warnings, the facts, each section
 * as an aligned table (a chart as its table; text left-aligned, numbers right-aligned), the notes.
 */
public final class TerminalRenderer {

  /** The width prose is wrapped at. */
  static final int WIDTH = 96;

  private TerminalRenderer() {}

  /**
   * The text.
   *
   * @param r the report
   * @return lines separated by {@code \n}, ending with one
   */
  public static String render(Report r) {
    StringBuilder b = new StringBuilder();
    b.append(r.title()).append('\n');
    for (String w : r.warnings()) {
      wrap(b, "! ", w);
    }
    if (!r.facts().isEmpty()) {
      b.append('\n');
      int width = r.facts().stream().mapToInt(f -> f.label().length()).max().orElse(0);
      for (Report.Fact f : r.facts()) {
        b.append(pad(f.label() + ":", width + 1, false)).append(' ').append(f.value()).append('\n');
      }
    }
    for (Report.Section s : r.sections()) {
      b.append('\n');
      if (!s.title().isBlank()) {
        b.append(s.title()).append('\n');
      }
      Report.Table t = Tables.of(s);
      table(b, r, t);
    }
    if (!r.notes().isEmpty()) {
      b.append('\n');
      for (String n : r.notes()) {
        wrap(b, "", n);
      }
    }
    return b.toString();
  }

  private static void table(StringBuilder b, Report r, Report.Table t) {
    List<String[]> lines = new ArrayList<>();
    lines.add(t.columns().toArray(String[]::new));
    boolean[] numeric = new boolean[t.columns().size()];
    for (List<Cell> row : t.rows()) {
      String[] line = new String[row.size()];
      for (int i = 0; i < row.size(); i++) {
        line[i] = CellText.of(row.get(i), r.locale(), r.suppression());
        numeric[i] |= row.get(i).kind() != Cell.Kind.TEXT;
      }
      lines.add(line);
    }
    int[] width = new int[t.columns().size()];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    for (int l = 0; l < lines.size(); l++) {
      String[] line = lines.get(l);
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        if (i > 0) {
          row.append("  ");
        }
        row.append(pad(line[i], width[i], numeric[i]));
      }
      b.append(row.toString().stripTrailing()).append('\n');
      if (l == 0) {
        int total = 0;
        for (int w : width) {
          total += w;
        }
        b.append("─".repeat(total + 2 * (width.length - 1))).append('\n');
      }
    }
  }

  /** Prose wrapped at {@value #WIDTH} columns, at spaces; later lines indented like the first. */
  private static void wrap(StringBuilder b, String prefix, String text) {
    String indent = " ".repeat(prefix.length());
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        b.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    b.append(line).append('\n');
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
