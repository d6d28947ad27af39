/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.extracts.flis.ActivationMeasuresReport;
import dk.dfdgrules.extracts.flis.GroupMeasures;
import dk.dfdgrules.extracts.flis.Grouping;
import dk.dfdgrules.rules.flis.ActivationMeasures;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ActivationMeasuresReport}: one line (or JSON object) per group and measure, each
 * with its rule id and its source, FLIS-DFDG §6.x.
 */
final class MeasuresWriter {

  /** One measure of a group: the rule, its key, its labels, its value as text. */
  record Line(Rule<?> rule, String measure, String danish, String english, String value) {}

  private MeasuresWriter() {}

  static List<Line> lines(GroupMeasures g) {
    return List.of(
        new Line(
            ActivationMeasures.ACT_1,
            "citizens",
            "Antal borgere",
            "Citizens",
            Long.toString(g.citizens())),
        new Line(
            ActivationMeasures.ACT_2,
            "visitationCourses",
            "Antal visitationsforløb",
            "Visitation courses",
            Long.toString(g.visitationCourses())),
        new Line(
            ActivationMeasures.ACT_3,
            "activationCourses",
            "Antal aktiveringsforløb",
            "Activation courses",
            Long.toString(g.activationCourses())),
        new Line(
            ActivationMeasures.ACT_4,
            "conversations",
            "Antal samtaler",
            "Conversations",
            Long.toString(g.conversations())),
        new Line(
            ActivationMeasures.ACT_5,
            "aidCosts",
            "Hjælpemiddeludgifter (kr.)",
            "Aid costs (DKK)",
            g.aidCosts().amount().toPlainString()),
        new Line(
            ActivationMeasures.ACT_6,
            "daysActivated",
            "Antal dage aktiveret",
            "Days activated",
            Long.toString(g.daysActivated())),
        new Line(
            ActivationMeasures.ACT_7,
            "hoursPerWeek",
            "Antal timer aktiveret pr. uge",
            "Hours activated per week",
            g.hoursPerWeek().toPlainString()),
        new Line(
            ActivationMeasures.ACT_7,
            "activationsWithHours",
            "Forløb med oplyste timer",
            "Activations with hours",
            Long.toString(g.activationsWithHours())),
        new Line(
            ActivationMeasures.ACT_7,
            "activationsWithoutHours",
            "Forløb uden oplyste timer (udeladt)",
            "Activations without hours (left out)",
            Long.toString(g.activationsWithoutHours())));
  }

  static String source(Rule<?> rule) {
    return rule.versions().get(0).citation().reference();
  }

  static String groupColumn(Grouping by, boolean en) {
    return switch (by) {
      case MUNICIPALITY -> en ? "municipality" : "kommune";
      case MONTH -> en ? "month" : "maaned";
      case NONE -> "";
    };
  }

  /** CSV, {@code ;}-separated, a header, one line per group and measure. */
  static void csv(ActivationMeasuresReport report, boolean en, Writer w) throws IOException {
    String group = groupColumn(report.by(), en);
    StringBuilder header = new StringBuilder();
    if (!group.isEmpty()) {
      header.append(group).append(';');
    }
    header.append(
        en ? "from;to;rule;measure;label;value;source" : "fra;til;regel;maal;navn;vaerdi;kilde");
    w.write(header.toString());
    w.write('\n');
    for (GroupMeasures g : report.groups()) {
      for (Line l : lines(g)) {
        StringBuilder s = new StringBuilder();
        if (!group.isEmpty()) {
          s.append(g.group()).append(';');
        }
        s.append(g.from())
            .append(';')
            .append(g.to())
            .append(';')
            .append(l.rule().id())
            .append(';')
            .append(l.measure())
            .append(';')
            .append(en ? l.english() : l.danish())
            .append(';')
            .append(l.value())
            .append(';')
            .append(source(l.rule()));
        w.write(s.toString());
        w.write('\n');
      }
    }
    w.flush();
  }

  /** JSON: the period, the grouping, the rows' account and the groups with their measures. */
  static void json(ActivationMeasuresReport report, boolean en, Writer w) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("from", report.from().toString());
    root.put("to", report.to().toString());
    root.put("by", report.by().name().toLowerCase(java.util.Locale.ROOT));
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("read", report.account().read());
    rows.put("used", report.account().used());
    rows.put("dropped", report.account().dropped());
    rows.put("rejected", report.account().rejected());
    root.put("rows", rows);
    List<Object> groups = new ArrayList<>();
    for (GroupMeasures g : report.groups()) {
      Map<String, Object> o = new LinkedHashMap<>();
      if (report.by() != Grouping.NONE) {
        o.put(groupColumn(report.by(), true), g.group());
      }
      o.put("from", g.from().toString());
      o.put("to", g.to().toString());
      List<Object> measures = new ArrayList<>();
      for (Line l : lines(g)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", l.rule().id().value());
        m.put("measure", l.measure());
        m.put("label", en ? l.english() : l.danish());
        m.put("value", new java.math.BigDecimal(l.value()));
        m.put("source", source(l.rule()));
        measures.add(m);
      }
      o.put("measures", measures);
      groups.add(o);
    }
    root.put("groups", groups);
    ObjectMapper mapper =
        new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT);
    mapper.writeValue(w, root);
    w.write('\n');
    w.flush();
  }
}
