/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.cli.report.Suppression;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.extracts.dream.ReadSummary;
import dk.dfdgrules.extracts.dream.UnlistedCode;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigureDefinition;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.SelectedOutcome;
import dk.dfdgrules.rules.dream.Share;
import dk.dfdgrules.rules.dream.StatusOutcome;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link KeyFigureReport} as CSV ({@code ;}-separated, {@code #} header lines with STAR's
 * caveat) or JSON.
 *
 * <p>CSV columns: {@code table;period;group;detail;persons;share}, where {@code table} is {@code
 * persons} ("Antal borgere" per group), {@code status} (DRM-5, share over "Antal borgere"), {@code
 * group52} ("Ydelsesgruppe 52 uger efter"), {@code selected} (DRM-6, share over "Antal modtagere af
 * udvalgte ydelser") or {@code keyfigure} (DRM-8). Cells with no person are left out of {@code
 * status} and {@code group52}; {@code keyfigure} always has its 24 rows per period.
 */
final class KeyFigureWriter {

  private KeyFigureWriter() {}

  static void csv(KeyFigureReport r, Locale locale, String rangeBasis, Writer w)
      throws IOException {
    csv(r, locale, rangeBasis, Suppression.NONE, w);
  }

  /**
   * The CSV with small counts suppressed: a count from 1 to N−1 is written {@code <N} and its
   * share, or a share whose base is such a count, is left empty; a 0 stays 0.
   */
  static void csv(KeyFigureReport r, Locale locale, String rangeBasis, Suppression sup, Writer w)
      throws IOException {
    KeyFigures k = r.figures();
    for (String line : header(r, locale, rangeBasis)) {
      w.write("# " + line + "\n");
    }
    if (sup.below() > 1) {
      w.write(
          "# "
              + CliMessages.text("report.fact.suppression", locale)
              + ": "
              + CliMessages.text(
                  "report.fact.suppression.value", locale, "max", sup.below() - 1, "n", sup.below())
              + "\n");
    }
    w.write("table;period;group;detail;persons;share\n");
    // the names once, not per cell: a short run spends most of its time in code not yet compiled
    BenefitGroup[] groups = BenefitGroup.values();
    String[] groupNames = new String[groups.length];
    for (BenefitGroup g : groups) {
      groupNames[g.ordinal()] = g.officialName();
    }
    StatusOutcome[] outcomes = StatusOutcome.values();
    SelectedOutcome[] selected = SelectedOutcome.values();
    FollowUp[] later = new FollowUp[FollowUp.COUNT];
    for (int f = 0; f < FollowUp.COUNT; f++) {
      later[f] = FollowUp.ofIndex(f);
    }
    List<BenefitGroup> keyGroups = k.definition().groups();
    StringBuilder b = new StringBuilder(1 << 16);
    for (int p = 0; p < k.periodCount(); p++) {
      String label = k.grid().labels().get(p);
      row(sup, b, "all", label, "", "", k.personsInPeriod(p)).append('\n');
      for (BenefitGroup g : groups) {
        String name = groupNames[g.ordinal()];
        long n = k.persons(p, g);
        row(sup, b, "persons", label, name, "", n).append('\n');
        if (n == 0) {
          continue;
        }
        if (g != BenefitGroup.NO_BENEFIT) {
          for (StatusOutcome o : outcomes) {
            share(
                row(sup, b, "status", label, name, o.displayName(), k.persons(p, g, o)),
                k.share(p, g, o),
                sup);
          }
        }
        for (FollowUp f : later) {
          long c = k.persons(p, g, f);
          if (c > 0) {
            row(sup, b, "group52", label, name, f.displayName(), c).append('\n');
          }
        }
      }
      row(
              sup,
              b,
              "selected",
              label,
              "Udvalgte ydelser",
              "Antal modtagere af udvalgte ydelser",
              k.selectedPersons(p))
          .append('\n');
      for (SelectedOutcome o : selected) {
        share(
            row(
                sup,
                b,
                "selected",
                label,
                "Udvalgte ydelser",
                o.displayName(),
                k.selectedPersons(p, o)),
            k.selectedShare(p, o),
            sup);
      }
      for (BenefitGroup g :
          keyGroups) { // the key figures (DRM-8), as KeyFigures#keyFigures has them
        for (StatusOutcome o : KeyFigureDefinition.OUTCOMES) {
          share(
              row(
                  sup,
                  b,
                  "keyfigure",
                  label,
                  groupNames[g.ordinal()],
                  o.displayName(),
                  k.persons(p, g, o)),
              k.share(p, g, o),
              sup);
        }
      }
      if (b.length() > 1 << 15) {
        w.append(b);
        b.setLength(0);
      }
    }
    w.append(b);
    w.flush();
  }

  /** A row up to its count and the separator before the share. */
  private static StringBuilder row(
      Suppression sup,
      StringBuilder b,
      String table,
      String period,
      String group,
      String detail,
      long persons) {
    b.append(table)
        .append(';')
        .append(period)
        .append(';')
        .append(group)
        .append(';')
        .append(detail)
        .append(';');
    return (sup.hides(persons) ? b.append(sup.hiddenCount()) : b.append(persons)).append(';');
  }

  /** Appends a share and the line end, or only the line end for a suppressed share. */
  static void share(StringBuilder b, Share s, Suppression sup) {
    if (sup.hidesShare(s.numerator(), s.denominator())) {
      b.append('\n');
      return;
    }
    share(b, s);
  }

  /**
   * Appends a share and the line end: {@link Share#text()} — four decimals, rounded half to even,
   * nothing without a denominator — in long arithmetic instead of {@code BigDecimal}.
   */
  static void share(StringBuilder b, Share s) {
    long n = s.numerator();
    long d = s.denominator();
    if (d == 0) {
      b.append('\n');
      return;
    }
    if (n > Long.MAX_VALUE / 10_000) {
      b.append(s.text()).append('\n');
      return;
    }
    long q = n * 10_000 / d;
    long rem = n * 10_000 % d;
    if (rem * 2 > d || (rem * 2 == d && (q & 1) == 1)) { // rem * 2 cannot overflow: rem < d
      q++;
    }
    b.append(q / 10_000).append('.');
    long frac = q % 10_000;
    for (long m = 1_000; m > frac && m > 1; m /= 10) {
      b.append('0');
    }
    b.append(frac).append('\n');
  }

  /**
   * One line per unlisted code (a well-formed code the code list does not list): its cells, persons
   * and the DRM-4 group it was counted in; empty when there is none.
   */
  static List<String> unlistedLines(KeyFigureReport r, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    List<String> out = new ArrayList<>();
    for (UnlistedCode u : r.summary().unlistedCodes()) {
      out.add(
          (en
                  ? "code %s is not in the code list: %d cells, %d persons, counted as %s (its"
                      + " DRM-4 range)"
                  : "kode %s står ikke i kodelisten: %d celler, %d borgere, talt som %s (dens"
                      + " DRM-4-interval)")
              .formatted(u.code(), u.cells(), u.persons(), u.group().officialName()));
    }
    return out;
  }

  /**
   * The header lines: STAR's caveat, the source, the data's weeks and how they were decided, the
   * tables, the summary, then each unlisted code.
   */
  static List<String> header(KeyFigureReport r, Locale locale, String rangeBasis) {
    List<String> out = new ArrayList<>(fixedHeader(r, locale));
    out.add(3, rangeBasis);
    out.addAll(unlistedLines(r, locale));
    return out;
  }

  private static List<String> fixedHeader(KeyFigureReport r, Locale locale) {
    ReadSummary s = r.summary();
    boolean en = locale.getLanguage().equals("en");
    return List.of(
        Messages.format(Message.of("dream.caveat"), locale),
        (en
                ? "DREAM key figures (FLIS-DREAM §6.1.6, §7.1.1, §8; spec DRM-4 … DRM-8), "
                : "DREAM-nøgletal (FLIS-DREAM §6.1.6, §7.1.1, §8; spec DRM-4 … DRM-8), ")
            + (en
                ? "distinct persons per cell (DRM-7, since Release 6.0)"
                : "unikke borgere pr. celle (DRM-7, fra Release 6.0)"),
        (en ? "data " : "data ")
            + r.format()
            + " "
            + r.dataFirst()
            + " .. "
            + r.dataLast()
            + (en ? "; counted weeks " : "; talte uger ")
            + r.figures().grid().first()
            + " .. "
            + r.figures().grid().last()
            + (en ? "; period " : "; periode ")
            + r.figures().grid().type().name().toLowerCase(Locale.ROOT),
        (en ? "code table: " : "kodeliste: ")
            + r.codeTable()
            + (en ? "; priority (DRM-3): " : "; prioritet (DRM-3): ")
            + r.priorityTable(),
        (en ? "rows read " : "rækker læst ")
            + s.rowsRead()
            + (en ? ", used " : ", brugt ")
            + s.rowsUsed()
            + (en ? ", rejected " : ", afvist ")
            + s.rowsRejected()
            + (en ? ", persons " : ", borgere ")
            + s.persons()
            + r.visitSummary()
                .map(
                    v ->
                        (en
                                ? "; visit table (DRM-4): rows read "
                                : "; visit-tabel (DRM-4): rækker læst ")
                            + v.rowsRead()
                            + (en ? ", used " : ", brugt ")
                            + v.rowsUsed()
                            + (en ? ", rejected " : ", afvist ")
                            + v.rowsRejected()
                            + (en ? ", persons " : ", borgere ")
                            + v.persons())
                .orElse(""));
  }

  static void json(
      KeyFigureReport r, Locale locale, String rangeBasis, ObjectMapper mapper, Writer w)
      throws IOException {
    KeyFigures k = r.figures();
    ObjectNode root = mapper.createObjectNode();
    root.put("caveat", Messages.format(Message.of("dream.caveat"), locale));
    root.put("source", "FLIS-DREAM §6.1.6, §7.1.1, §8 (spec DRM-4 … DRM-8)");
    root.put("format", r.format());
    root.put("dataFirstWeek", r.dataFirst().toString());
    root.put("dataLastWeek", r.dataLast().toString());
    root.put("dataRange", rangeBasis);
    root.put("period", k.grid().type().name().toLowerCase(Locale.ROOT));
    root.put("codeTable", r.codeTable());
    root.put("priorityTable", r.priorityTable());
    ObjectNode sum = root.putObject("summary");
    ReadSummary s = r.summary();
    sum.put("rowsRead", s.rowsRead());
    sum.put("rowsUsed", s.rowsUsed());
    sum.put("rowsRejected", s.rowsRejected());
    sum.put("persons", s.persons());
    sum.put("mergedByPriority", s.mergedByPriority());
    ObjectNode reasons = sum.putObject("rejectedByReason");
    s.rejectsByReason().forEach((reason, n) -> reasons.put(reason.name(), n));
    ArrayNode unlisted = sum.putArray("unlistedCodes");
    for (UnlistedCode u : s.unlistedCodes()) {
      ObjectNode un = unlisted.addObject();
      un.put("code", u.code());
      un.put("cells", u.cells());
      un.put("persons", u.persons());
      un.put("group", u.group().officialName());
    }
    if (r.visitSummary().isPresent()) {
      ReadSummary v = r.visitSummary().get();
      ObjectNode vs = root.putObject("visitSummary");
      vs.put("rowsRead", v.rowsRead());
      vs.put("rowsUsed", v.rowsUsed());
      vs.put("rowsRejected", v.rowsRejected());
      vs.put("persons", v.persons());
      ObjectNode vr = vs.putObject("rejectedByReason");
      v.rejectsByReason().forEach((reason, n) -> vr.put(reason.name(), n));
    }
    ArrayNode periods = root.putArray("periods");
    for (int p = 0; p < k.periodCount(); p++) {
      ObjectNode pn = periods.addObject();
      pn.put("period", k.grid().labels().get(p));
      pn.put("persons", k.personsInPeriod(p));
      ArrayNode groups = pn.putArray("groups");
      for (BenefitGroup g : BenefitGroup.values()) {
        long n = k.persons(p, g);
        if (n == 0) {
          continue;
        }
        ObjectNode gn = groups.addObject();
        gn.put("group", g.officialName());
        gn.put("persons", n);
        if (g != BenefitGroup.NO_BENEFIT) {
          ObjectNode st = gn.putObject("status");
          for (StatusOutcome o : StatusOutcome.values()) {
            ObjectNode on = st.putObject(o.displayName());
            on.put("persons", k.persons(p, g, o));
            share(on, k.share(p, g, o));
          }
        }
        ObjectNode later = gn.putObject("group52WeeksLater");
        for (int f = 0; f < FollowUp.COUNT; f++) {
          long c = k.persons(p, g, FollowUp.ofIndex(f));
          if (c > 0) {
            later.put(FollowUp.ofIndex(f).displayName(), c);
          }
        }
      }
      ObjectNode sel = pn.putObject("selectedBenefits");
      sel.put("persons", k.selectedPersons(p));
      for (SelectedOutcome o : SelectedOutcome.values()) {
        ObjectNode on = sel.putObject(o.displayName());
        on.put("persons", k.selectedPersons(p, o));
        share(on, k.selectedShare(p, o));
      }
      ArrayNode kfs = pn.putArray("keyFigures");
      for (KeyFigures.KeyFigure kf : k.keyFigures(p)) {
        ObjectNode kn = kfs.addObject();
        kn.put("group", kf.group().officialName());
        kn.put("outcome", kf.outcome().displayName());
        kn.put("persons", kf.persons());
        share(kn, kf.share());
      }
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(w, root);
    w.write("\n");
    w.flush();
  }

  private static void share(ObjectNode n, Share s) {
    BigDecimal v = s.value().orElse(null);
    if (v == null) {
      n.putNull("share");
    } else {
      n.put("share", v);
    }
  }
}
