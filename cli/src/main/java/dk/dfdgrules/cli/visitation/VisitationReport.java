/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.visitation;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.report.Cell;
import dk.dfdgrules.cli.report.ReadFacts;
import dk.dfdgrules.cli.report.Report;
import dk.dfdgrules.cli.report.Suppression;
import dk.dfdgrules.cli.report.WeekCounts;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.flis.VisitationCourseJob;
import dk.dfdgrules.rules.flis.VisitationWeeks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The citizens per visitation category per week as a {@link Report}: the terminal summary (the
 * latest week's citizens per category) and the full report (a line per category over the weeks, the
 * latest week, the facts of the run). The counts are the job's week rows (VIS-4) counted per week
 * and category; every count carries the key {@code WEEK;CATEGORY} of its cell in the CSV of {@code
 * dfdg visitation courses --counts}.
 */
final class VisitationReport {

  private VisitationReport() {}

  /** The terminal summary. */
  static Report summary(
      WeekCounts c, VisitationCourseJob.Summary s, YearMonth load, Locale l, Suppression sup) {
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(new Report.Fact(text("report.vis.fact.load", l), load(s, load, l)));
    facts.add(new Report.Fact(text("report.fact.weeks", l), weeks(c, l)));
    facts.add(new Report.Fact(text("report.fact.rows", l), rows(s, l)));
    if (sup.below() > 1) {
      facts.add(ReadFacts.suppression(sup, l));
    }
    return new Report(
        c.weeks().isEmpty()
            ? text("report.vis.title", l)
            : text("report.vis.summary", l, "week", c.weeks().last()),
        l,
        sup,
        List.of(),
        facts,
        c.weeks().isEmpty() ? List.of() : List.of(latest(c, "", l)),
        List.of(text("report.vis.counted", l), text("report.vis.full", l)));
  }

  /** The full report, for HTML. */
  static Report full(
      WeekCounts c, VisitationCourseJob.Summary s, YearMonth load, Locale l, Suppression sup) {
    List<Report.Section> sections = new ArrayList<>();
    if (!c.weeks().isEmpty()) {
      sections.add(
          c.chart(
              text("report.vis.chart", l),
              text("report.vis.chart.desc", l),
              text("report.week", l)));
      sections.add(latest(c, text("report.vis.latest", l, "week", c.weeks().last()), l));
    }
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(new Report.Fact(text("report.vis.fact.load", l), load(s, load, l)));
    facts.add(new Report.Fact(text("report.fact.weeks", l), weeks(c, l)));
    facts.add(new Report.Fact(text("report.fact.rows", l), rows(s, l)));
    facts.add(new Report.Fact(text("report.fact.rejected", l), reasons(s, l)));
    facts.add(new Report.Fact(text("report.vis.fact.counted", l), text("report.vis.counted", l)));
    facts.add(
        new Report.Fact(text("report.fact.source", l), "FLIS-DFDG §5.1.2; spec VIS-1 … VIS-4"));
    if (sup.below() > 1) {
      facts.add(ReadFacts.suppression(sup, l));
    }
    return new Report(
        text("report.vis.title", l),
        l,
        sup,
        List.of(),
        facts,
        sections,
        List.of(text("report.vis.full", l)));
  }

  private static Report.Table latest(WeekCounts c, String title, Locale l) {
    IsoWeek week = c.weeks().last();
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < c.categories().size(); i++) {
      rows.add(List.of(Cell.text(c.categories().get(i)), c.cell(week, i)));
    }
    return new Report.Table(
        title,
        title.isEmpty() ? "" : text("report.vis.latest.desc", l),
        List.of(text("report.vis.category", l), text("report.citizens", l) + " " + week),
        rows);
  }

  private static String load(VisitationCourseJob.Summary s, YearMonth load, Locale l) {
    var horizon = s.horizon().orElse(VisitationWeeks.horizon(load));
    return text("report.vis.fact.load.value", l, "month", load, "horizon", horizon);
  }

  private static String weeks(WeekCounts c, Locale l) {
    return c.weeks().isEmpty()
        ? text("report.fact.weeks.none", l)
        : c.weeks().first() + " .. " + c.weeks().last();
  }

  private static String rows(VisitationCourseJob.Summary s, Locale l) {
    var r = s.rows();
    return text(
        "report.vis.fact.rows.value",
        l,
        "read",
        r.read(),
        "used",
        r.used(),
        "dropped",
        r.dropped(),
        "rejected",
        r.rejected(),
        "citizens",
        s.citizens(),
        "courses",
        s.courses(),
        "weekRows",
        s.weekRows(),
        "withoutWeeks",
        s.coursesWithoutWeeks());
  }

  private static String reasons(VisitationCourseJob.Summary s, Locale l) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<VisitationCourseJob.Problem, Long> e : s.rejectedByProblem().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(text("report.vis.problem." + e.getKey().name(), l) + ": " + e.getValue());
      }
    }
    return parts.isEmpty() ? text("report.fact.rejected.none", l) : String.join("; ", parts);
  }

  private static String text(String key, Locale l, Object... args) {
    return CliMessages.text(key, l, args);
  }
}
