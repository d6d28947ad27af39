/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.util.List;
import java.util.Locale;

/**
 * A report as a person reads it: a title, warnings (shown first), facts about the run (data range,
 * rows read, tables used), sections of charts and tables, and closing notes. Built by a job's
 * command, rendered by {@link TerminalRenderer} or {@link HtmlRenderer}.
 *
 * @param title the title
 * @param locale the language of its labels and numbers (Danish or English)
 * @param suppression how small counts are shown, the same in every section
 * @param warnings warnings, e.g. STAR's caveat that DREAM is not for stock counts
 * @param facts facts about the run, as label and value
 * @param sections the charts and tables
 * @param notes closing notes, e.g. where the full output can be had
 */
public record Report(
    String title,
    Locale locale,
    Suppression suppression,
    List<String> warnings,
    List<Fact> facts,
    List<Section> sections,
    List<String> notes) {

  /** Copies the lists. */
  public Report {
    warnings = List.copyOf(warnings);
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
    notes = List.copyOf(notes);
  }

  /**
   * A fact about the run.
   *
   * @param label what it is, e.g. "Data"
   * @param value its value, e.g. "2019-W01 .. 2026-W47"
   */
  public record Fact(String label, String value) {}

  /** A part of a report: a chart or a table. Every chart is also shown as a table. */
  public sealed interface Section permits LineChart, StackedBars, Table {
    /**
     * The heading.
     *
     * @return the heading
     */
    String title();
  }

  /**
   * A table.
   *
   * @param title the heading
   * @param description a sentence under the heading, or empty
   * @param columns the column headings
   * @param rows the rows, each as long as {@code columns}
   */
  public record Table(String title, String description, List<String> columns, List<List<Cell>> rows)
      implements Section {
    /** Copies the lists. */
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Lines of counts over the periods, e.g. persons per benefit group.
   *
   * @param title the heading
   * @param description a sentence under the heading (also the chart's description)
   * @param xTitle the heading of the periods' column, e.g. "Periode"
   * @param periods the labels along the x axis
   * @param series the lines, each with one count per period
   */
  public record LineChart(
      String title, String description, String xTitle, List<String> periods, List<Series> series)
      implements Section {
    /** Copies the lists. */
    public LineChart {
      periods = List.copyOf(periods);
      series = List.copyOf(series);
    }
  }

  /**
   * A line.
   *
   * @param name its name, e.g. a benefit group
   * @param points one count per period
   */
  public record Series(String name, List<Cell> points) {
    /** Copies the list. */
    public Series {
      points = List.copyOf(points);
    }
  }

  /**
   * Bars of shares, one per row, each split into segments, e.g. the receiver statuses 52 weeks
   * later of each benefit group. The segments of a bar may add up to more than 100 % (a person can
   * be counted in more than one of them within a period).
   *
   * @param title the heading
   * @param description a sentence under the heading (also the chart's description)
   * @param labelTitle the heading of the bars' labels, e.g. "Ydelsesgruppe"
   * @param totalTitle the heading of the bars' totals, e.g. "Borgere"
   * @param segments the segments' names
   * @param bars the bars
   */
  public record StackedBars(
      String title,
      String description,
      String labelTitle,
      String totalTitle,
      List<String> segments,
      List<Bar> bars)
      implements Section {
    /** Copies the lists. */
    public StackedBars {
      segments = List.copyOf(segments);
      bars = List.copyOf(bars);
    }
  }

  /**
   * A bar.
   *
   * @param label its label
   * @param total its base count
   * @param shares one share per segment (numerator: the segment's count; denominator: the total)
   */
  public record Bar(String label, Cell total, List<Cell> shares) {
    /** Copies the list. */
    public Bar {
      shares = List.copyOf(shares);
    }
  }
}
