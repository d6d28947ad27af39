/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.report.Cell;
import dk.dfdgrules.cli.report.ReadFacts;
import dk.dfdgrules.cli.report.Report;
import dk.dfdgrules.cli.report.Suppression;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.extracts.dream.ReadSummary;
import dk.dfdgrules.rules.dream.KeyFigureDefinition;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DREAM key figures as a {@link Report}: the terminal summary (one table: per benefit group the
 * persons and the shares of the receiver statuses 52 weeks later) and the full report (persons per
 * group over the periods, the statuses as stacked bars, the key figures of DRM-8, and the facts of
 * the run). Every number carries the key of its row in the CSV of {@link KeyFigureWriter}.
 *
 * <p>The statuses are shown for the latest period whose weeks t all have week t+52 in the data
 * ({@link #followedPeriod}): in a later period some statuses are still unknown.
 */
final class DreamReport {

  private DreamReport() {}

  /**
   * The latest period whose last week t has week t+52 in the data, or the last period if none has.
   */
  static int followedPeriod(KeyFigureReport r) {
    KeyFigures k = r.figures();
    for (int p = k.periodCount() - 1; p >= 0; p--) {
      if (!k.grid().lastWeekOf(p).plusWeeks(52).isAfter(r.dataLast())) {
        return p;
      }
    }
    return k.periodCount() - 1;
  }

  /** The terminal summary. */
  static Report summary(KeyFigureReport r, Locale l, Suppression s) {
    KeyFigures k = r.figures();
    int p = followedPeriod(r);
    String label = k.grid().labels().get(p);
    List<StatusOutcome> outcomes = shownOutcomes(k, p);
    List<String> columns = new ArrayList<>();
    columns.add(text("report.group", l));
    columns.add(text("report.persons", l));
    outcomes.forEach(o -> columns.add(text("report.outcome." + o.name(), l)));
    List<List<Cell>> rows = new ArrayList<>();
    for (BenefitGroup g : BenefitGroup.values()) {
      long n = k.persons(p, g);
      if (n == 0) {
        continue;
      }
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(g.officialName()));
      row.add(Cell.count(n, key("persons", label, g, "")));
      for (StatusOutcome o : outcomes) {
        row.add(
            g == BenefitGroup.NO_BENEFIT
                ? Cell.text("")
                : Cell.share(k.persons(p, g, o), n, key("status", label, g, o.displayName())));
      }
      rows.add(row);
    }
    ReadSummary sum = r.summary();
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(
        new Report.Fact(
            text("report.fact.data", l),
            r.format()
                + " "
                + r.dataFirst()
                + " .. "
                + r.dataLast()
                + "; "
                + text("report.period", l).toLowerCase(Locale.ROOT)
                + " "
                + k.grid().type().name().toLowerCase(Locale.ROOT)));
    facts.add(new Report.Fact(text("report.fact.rows", l), ReadFacts.rows(sum, l)));
    r.visitSummary()
        .ifPresent(
            v -> facts.add(new Report.Fact(text("report.fact.visit", l), ReadFacts.rows(v, l))));
    if (s.below() > 1) {
      facts.add(ReadFacts.suppression(s, l));
    }
    return new Report(
        text("report.dream.summary", l, "period", label),
        l,
        s,
        List.of(Messages.format(Message.of("dream.caveat"), l)),
        facts,
        List.of(new Report.Table("", "", columns, rows)),
        List.of(
            followedNote(r, p, l),
            text("report.dream.columns", l),
            text("report.dream.sharesNote", l),
            text("report.dream.full", l)));
  }

  /** The full report, for HTML. */
  static Report full(KeyFigureReport r, Locale l, Suppression s, String rangeBasis) {
    KeyFigures k = r.figures();
    int p = followedPeriod(r);
    String label = k.grid().labels().get(p);
    List<String> labels = k.grid().labels();
    List<Report.Series> series = new ArrayList<>();
    for (BenefitGroup g : BenefitGroup.values()) {
      if (g == BenefitGroup.NO_BENEFIT) {
        continue;
      }
      List<Cell> points = new ArrayList<>();
      long any = 0;
      for (int q = 0; q < k.periodCount(); q++) {
        long n = k.persons(q, g);
        any += n;
        points.add(Cell.count(n, key("persons", labels.get(q), g, "")));
      }
      if (any > 0) {
        series.add(new Report.Series(g.officialName(), points));
      }
    }
    List<Report.Section> sections = new ArrayList<>();
    sections.add(
        new Report.LineChart(
            text("report.dream.persons", l),
            text("report.dream.persons.desc", l),
            text("report.period", l),
            labels,
            series));
    List<StatusOutcome> outcomes = shownOutcomes(k, p);
    List<Report.Bar> bars = new ArrayList<>();
    for (BenefitGroup g : BenefitGroup.values()) {
      long n = k.persons(p, g);
      if (n == 0 || g == BenefitGroup.NO_BENEFIT) {
        continue;
      }
      List<Cell> shares = new ArrayList<>();
      for (StatusOutcome o : outcomes) {
        shares.add(Cell.share(k.persons(p, g, o), n, key("status", label, g, o.displayName())));
      }
      bars.add(
          new Report.Bar(g.officialName(), Cell.count(n, key("persons", label, g, "")), shares));
    }
    sections.add(
        new Report.StackedBars(
            text("report.dream.status", l, "period", label),
            text(
                "report.dream.status.desc",
                l,
                "note",
                followedNote(r, p, l) + " " + text("report.dream.sharesNote", l)),
            text("report.group", l),
            text("report.persons", l),
            outcomes.stream().map(o -> outcomeName(o, l)).toList(),
            bars));
    List<String> kfColumns = new ArrayList<>();
    kfColumns.add(text("report.group", l));
    kfColumns.add(text("report.persons", l));
    KeyFigureDefinition.OUTCOMES.forEach(o -> kfColumns.add(outcomeName(o, l)));
    List<List<Cell>> kfRows = new ArrayList<>();
    for (BenefitGroup g : k.definition().groups()) {
      long n = k.persons(p, g);
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(g.officialName()));
      row.add(Cell.count(n, key("persons", label, g, "")));
      for (StatusOutcome o : KeyFigureDefinition.OUTCOMES) {
        row.add(Cell.share(k.persons(p, g, o), n, key("keyfigure", label, g, o.displayName())));
      }
      kfRows.add(row);
    }
    sections.add(
        new Report.Table(
            text("report.dream.keyfigures", l, "n", k.definition().size(), "period", label),
            text("report.dream.keyfigures.desc", l),
            kfColumns,
            kfRows));
    return new Report(
        text("report.dream.title", l) + " " + labels.get(0) + " – " + labels.get(labels.size() - 1),
        l,
        s,
        List.of(Messages.format(Message.of("dream.caveat"), l)),
        facts(r, l, s, rangeBasis),
        sections,
        List.of(KeyFigureWriter.header(r, l, rangeBasis).get(1), text("report.dream.full", l)));
  }

  private static List<Report.Fact> facts(
      KeyFigureReport r, Locale l, Suppression s, String rangeBasis) {
    KeyFigures k = r.figures();
    ReadSummary sum = r.summary();
    List<Report.Fact> facts = new ArrayList<>();
    facts.add(
        new Report.Fact(
            text("report.fact.data", l), r.format() + " " + r.dataFirst() + " .. " + r.dataLast()));
    facts.add(
        new Report.Fact(
            text("report.fact.counted", l),
            k.grid().first()
                + " .. "
                + k.grid().last()
                + "; "
                + text("report.period", l).toLowerCase(Locale.ROOT)
                + " "
                + k.grid().type().name().toLowerCase(Locale.ROOT)));
    facts.add(
        new Report.Fact(
            text("report.fact.range", l),
            rangeBasis.replaceFirst("^(dataperiode|data range): ", "")));
    facts.add(new Report.Fact(text("report.fact.rows", l), ReadFacts.rows(sum, l)));
    facts.add(new Report.Fact(text("report.fact.rejected", l), ReadFacts.rejects(sum, l)));
    r.visitSummary()
        .ifPresent(
            v ->
                facts.add(
                    new Report.Fact(
                        text("report.fact.visit", l),
                        ReadFacts.rows(v, l) + "; " + ReadFacts.rejects(v, l))));
    List<String> unlisted = KeyFigureWriter.unlistedLines(r, l);
    if (!unlisted.isEmpty()) {
      facts.add(new Report.Fact(text("report.fact.unlisted", l), String.join("; ", unlisted)));
    }
    facts.add(new Report.Fact(text("report.fact.codeTable", l), r.codeTable()));
    facts.add(new Report.Fact(text("report.fact.priority", l), r.priorityTable()));
    facts.add(
        new Report.Fact(
            text("report.fact.source", l), "FLIS-DREAM §6.1.6, §7.1.1, §8; spec DRM-4 … DRM-8"));
    if (s.below() > 1) {
      facts.add(ReadFacts.suppression(s, l));
    }
    return facts;
  }

  private static String followedNote(KeyFigureReport r, int p, Locale l) {
    KeyFigures k = r.figures();
    boolean followed = !k.grid().lastWeekOf(p).plusWeeks(52).isAfter(r.dataLast());
    return text(
        followed ? "report.dream.followed" : "report.dream.notFollowed",
        l,
        "period",
        k.grid().labels().get(p));
  }

  /** The outcomes with a person in some group of the period; the three statuses always. */
  private static List<StatusOutcome> shownOutcomes(KeyFigures k, int p) {
    List<StatusOutcome> out = new ArrayList<>(KeyFigureDefinition.OUTCOMES);
    for (StatusOutcome o : List.of(StatusOutcome.LEFT_POPULATION, StatusOutcome.UNKNOWN)) {
      for (BenefitGroup g : BenefitGroup.values()) {
        if (g != BenefitGroup.NO_BENEFIT && k.persons(p, g, o) > 0) {
          out.add(o);
          break;
        }
      }
    }
    return out;
  }

  /** The outcome's name: as published (sic) in Danish, the bundle's in English. */
  private static String outcomeName(StatusOutcome o, Locale l) {
    return l.getLanguage().equals("en")
        ? text("report.outcome.long." + o.name(), l)
        : o.displayName();
  }

  /** The key of a CSV row: its first four fields. */
  static String key(String table, String period, BenefitGroup g, String detail) {
    return table + ";" + period + ";" + g.officialName() + ";" + detail;
  }

  private static String text(String key, Locale l, Object... args) {
    return CliMessages.text(key, l, args);
  }
}
