/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.report.Cell;
import dk.dfdgrules.cli.report.ReadFacts;
import dk.dfdgrules.cli.report.Report;
import dk.dfdgrules.cli.report.Suppression;
import dk.dfdgrules.cli.report.WeekCounts;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.ReadSummary;
import dk.dfdgrules.rules.refusion.RefusionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The persons per refusion step per week as a {@link Report}: the terminal summary (the latest
 * week's persons per step) and the full report (a line per step over the weeks, the latest week,
 * the facts of the run). Every count carries the key {@code WEEK;STEP} of its cell in the CSV of
 * {@code dfdg yr refusion --counts}.
 */
final class RefusionReport {

  private RefusionReport() {}

  /** The terminal summary. */
  static Report summary(WeekCounts c, ReadSummary read, String kinds, Locale l, Suppression s) {
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(new Report.Fact(text("report.fact.weeks", l), weeks(c, l)));
    facts.add(new Report.Fact(text("report.fact.rows", l), ReadFacts.rows(read, l)));
    facts.add(new Report.Fact(text("report.yr.kinds", l), kinds));
    if (s.below() > 1) {
      facts.add(ReadFacts.suppression(s, l));
    }
    List<Report.Section> sections = new ArrayList<>();
    if (!c.weeks().isEmpty()) {
      sections.add(latest(c, "", l));
    }
    return new Report(
        c.weeks().isEmpty()
            ? text("report.yr.refusion.title", l)
            : text("report.yr.refusion.summary", l, "week", c.weeks().last()),
        l,
        s,
        List.of(text("report.yr.caveat", l)),
        facts,
        sections,
        List.of(text("report.yr.refusion.full", l)));
  }

  /** The full report, for HTML. */
  static Report full(WeekCounts c, ReadSummary read, String kinds, Locale l, Suppression s) {
    List<Report.Section> sections = new ArrayList<>();
    if (!c.weeks().isEmpty()) {
      sections.add(
          c.chart(
              text("report.yr.refusion.chart", l),
              text("report.yr.refusion.chart.desc", l),
              text("report.week", l)));
      sections.add(latest(c, text("report.yr.refusion.latest", l, "week", c.weeks().last()), l));
    }
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(new Report.Fact(text("report.fact.weeks", l), weeks(c, l)));
    facts.add(new Report.Fact(text("report.fact.rows", l), ReadFacts.rows(read, l)));
    facts.add(new Report.Fact(text("report.fact.rejected", l), ReadFacts.rejects(read, l)));
    facts.add(new Report.Fact(text("report.yr.kinds", l), kinds));
    facts.add(new Report.Fact(text("report.fact.source", l), text("report.yr.source", l)));
    if (s.below() > 1) {
      facts.add(ReadFacts.suppression(s, l));
    }
    return new Report(
        text("report.yr.refusion.title", l),
        l,
        s,
        List.of(text("report.yr.caveat", l)),
        facts,
        sections,
        List.of(text("report.yr.refusion.full", l)));
  }

  /** The latest week: a row per step with its weeks of the count, its rates and its persons. */
  private static Report.Table latest(WeekCounts c, String title, Locale l) {
    IsoWeek week = c.weeks().last();
    List<List<Cell>> rows = new ArrayList<>();
    for (RefusionStep step : RefusionStep.values()) {
      rows.add(
          List.of(
              Cell.text(step.label()),
              Cell.text(
                  step.firstWeek()
                      + "–"
                      + (step.lastWeek() == Integer.MAX_VALUE ? "" : step.lastWeek())),
              Cell.text(step.coFinancingRate() + (l.getLanguage().equals("en") ? "%" : " %")),
              c.cell(week, step.ordinal())));
    }
    return new Report.Table(
        title,
        title.isEmpty() ? "" : text("report.yr.refusion.latest.desc", l),
        List.of(
            text("report.yr.step", l),
            text("report.yr.stepWeeks", l),
            text("report.yr.coFinancing", l),
            text("report.persons", l) + " " + week),
        rows);
  }

  private static String weeks(WeekCounts c, Locale l) {
    if (c.weeks().isEmpty()) {
      return text("report.fact.weeks.none", l);
    }
    return c.weeks().first() + " .. " + c.weeks().last();
  }

  private static String text(String key, Locale l, Object... args) {
    return CliMessages.text(key, l, args);
  }
}
