/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.BenefitGroupRule;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.ReceiverStatusRule;
import dk.dfdgrules.rules.dream.SelectedBenefitsRule;
import dk.dfdgrules.rules.dream.SelectedOutcome;
import dk.dfdgrules.rules.dream.StatusOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Test helpers: sample files and an independent, obvious implementation of the counts. */
final class DreamFiles {

  private DreamFiles() {}

  /**
   * Each rejected row reads well in both languages as {@code FILE:LINE: reason}: its reason has
   * every detail it names (no empty "()"), no line number of its own (the caller puts it first),
   * and no CPR number.
   */
  static void assertReadable(List<RejectedRow> rejects) {
    assertThat(rejects).isNotEmpty();
    for (RejectedRow row : rejects) {
      for (String text :
          List.of(
              dk.dfdgrules.core.rule.Messages.danish(row.message()),
              dk.dfdgrules.core.rule.Messages.english(row.message()))) {
        assertThat(text)
            .as("%s", row)
            .isNotBlank()
            .doesNotContain("()")
            .doesNotContain("{detail}")
            .doesNotContainPattern("(?i)^(line|linje)\\b")
            .doesNotContainPattern("\\d{6}-?\\d{4}");
      }
    }
  }

  static byte[] wide(int persons, long seed, String first, String last) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DreamSample(IsoWeek.parse(first), IsoWeek.parse(last)).writeWide(out, persons, seed);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] longForm(int persons, long seed, String first, String last) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DreamSample(IsoWeek.parse(first), IsoWeek.parse(last)).writeLong(out, persons, seed);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A wide file of series that all start at {@code first} and have the same length: header {@code
   * lobenr,y_YYWW…,visit_YYYY_Q…} (the visit columns only when a series has visitation).
   */
  static byte[] wideOf(List<DreamSeries> persons, IsoWeek first, int weeks) {
    StringBuilder b = new StringBuilder("lobenr");
    for (int i = 0; i < weeks; i++) {
      b.append(',').append(first.plusWeeks(i).toDreamColumn());
    }
    List<YearQuarter> quarters = quarters(persons, first, weeks);
    for (YearQuarter q : quarters) {
      b.append(",visit_").append(q.year()).append('_').append(q.quarter());
    }
    b.append('\n');
    for (DreamSeries s : persons) {
      b.append(s.person().unmaskedValue());
      for (int i = 0; i < weeks; i++) {
        short c = s.codeAtIndex(i);
        b.append(',').append(c == 0 ? "" : Short.toString(c));
      }
      for (YearQuarter q : quarters) {
        VisitationCategory v = s.visitation().get(q);
        b.append(',').append(v == null ? "" : v.officialName());
      }
      b.append('\n');
    }
    return bytes(b.toString());
  }

  /**
   * A wide file of one person: header {@code lobenr,y_YYWW…} for the weeks {@code first} to {@code
   * last}, and the person's row.
   *
   * @param key the person's key
   * @param codeOf the code of each week, "" for a blank week
   */
  static byte[] onePerson(
      String key, IsoWeek first, IsoWeek last, Function<IsoWeek, String> codeOf) {
    StringBuilder header = new StringBuilder("lobenr");
    StringBuilder row = new StringBuilder(key);
    for (IsoWeek w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      header.append(',').append(w.toDreamColumn());
      row.append(',').append(codeOf.apply(w));
    }
    return bytes(header + "\n" + row + "\n");
  }

  private static List<YearQuarter> quarters(List<DreamSeries> persons, IsoWeek first, int weeks) {
    if (persons.stream().allMatch(s -> s.visitation().isEmpty()) || weeks == 0) {
      return List.of();
    }
    List<YearQuarter> out = new ArrayList<>();
    for (YearQuarter q = first.quarter();
        q.compareTo(first.plusWeeks(weeks - 1L).quarter()) <= 0;
        q = q.plusQuarters(1)) {
      out.add(q);
    }
    return out;
  }

  /**
   * The long form of the same persons: the DSA {@code y} table ({@code lobenr;uge;y}, a row per
   * week with a code; a person without any gets one row with a blank code, so that they are in the
   * data), sorted by person as the keys sort.
   */
  static byte[] yOf(List<DreamSeries> persons, IsoWeek first, int weeks) {
    StringBuilder b = new StringBuilder("lobenr;uge;y\n");
    for (DreamSeries s : sorted(persons)) {
      String k = s.person().unmaskedValue();
      boolean any = false;
      for (int i = 0; i < weeks; i++) {
        short c = s.codeAtIndex(i);
        if (c != 0) {
          b.append(k).append(';').append(first.plusWeeks(i)).append(';').append(c).append('\n');
          any = true;
        }
      }
      if (!any) {
        b.append(k).append(';').append(first).append(";\n");
      }
    }
    return bytes(b.toString());
  }

  /** The DSA {@code visit} table of the same persons ({@code lobenr;kvartal;visit}), sorted. */
  static byte[] visitOf(List<DreamSeries> persons) {
    StringBuilder b = new StringBuilder("lobenr;kvartal;visit\n");
    for (DreamSeries s : sorted(persons)) {
      s.visitation()
          .forEach(
              (q, v) ->
                  b.append(s.person().unmaskedValue())
                      .append(';')
                      .append(q)
                      .append(';')
                      .append(v.officialName())
                      .append('\n'));
    }
    return bytes(b.toString());
  }

  /** Sorted as the long readers expect: numbers in numeric order. */
  static List<DreamSeries> sorted(List<DreamSeries> persons) {
    List<DreamSeries> out = new ArrayList<>(persons);
    out.sort(
        (x, y) -> {
          byte[] a = bytes(x.person().unmaskedValue());
          byte[] c = bytes(y.person().unmaskedValue());
          return LongParser.compareKeys(a, 0, a.length, c, 0, c.length);
        });
    return out;
  }

  /** Runs a job over a file. */
  static KeyFigureReport run(byte[] file, KeyFigureJob.Builder job) {
    return job.build().run(new ByteArrayInputStream(file));
  }

  /** Runs the job with the data weeks given over a file (a long file needs them). */
  static KeyFigureReport runWeeks(String file, IsoWeek dataFirst, IsoWeek dataLast) {
    return run(bytes(file), KeyFigureJob.builder().dataWeeks(dataFirst, dataLast));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static List<String> lines(byte[] file) {
    return new ArrayList<>(List.of(text(file).split("\n")));
  }

  static byte[] join(List<String> lines) {
    return bytes(String.join("\n", lines) + "\n");
  }

  static List<DreamSeries> series(byte[] wide) {
    List<DreamSeries> out = new ArrayList<>();
    DreamSeriesReader.readWide(
        new ByteArrayInputStream(wide), BenefitCodeTable.standard(), out::add, r -> {});
    return out;
  }

  /** The obvious implementation: per person, per period, sets of cells. */
  static void assertSameAsObvious(KeyFigures k, List<DreamSeries> persons) {
    BenefitGroupRule groups = BenefitGroupRule.standard();
    ReceiverStatusRule status = new ReceiverStatusRule(groups);
    var grid = k.grid();
    int periods = grid.periodCount();
    Map<String, Integer> pairs = new HashMap<>();
    Map<String, Integer> byGroup = new HashMap<>();
    Map<String, Integer> byStatus = new HashMap<>();
    Map<String, Integer> bySelected = new HashMap<>();
    int[] selectedAny = new int[periods];
    int[] inPeriod = new int[periods];
    for (DreamSeries s : persons) {
      for (int p = 0; p < periods; p++) {
        Set<String> pp = new HashSet<>();
        Set<String> pg = new HashSet<>();
        Set<String> ps = new HashSet<>();
        Set<String> psel = new HashSet<>();
        boolean any = false;
        boolean sel = false;
        for (IsoWeek t = grid.firstWeekOf(p); !t.isAfter(grid.lastWeekOf(p)); t = t.plusWeeks(1)) {
          if (!s.covers(t)) {
            continue;
          }
          any = true;
          int code = s.codeAt(t).orElse(0);
          BenefitGroup g = groups.classify(code, s.visitationAt(t)).orElseThrow().group();
          FollowUp f = status.followUp(s, t).orElseThrow();
          pp.add(g + "/" + f);
          pg.add(g.name());
          ReceiverStatusRule.status(g, f).ifPresent(o -> ps.add(g + "/" + o));
          var so = SelectedBenefitsRule.outcome(g, f);
          if (so.isPresent()) {
            sel = true;
            psel.add(so.get().name());
          }
        }
        final int q = p;
        pp.forEach(x -> pairs.merge(q + "/" + x, 1, Integer::sum));
        pg.forEach(x -> byGroup.merge(q + "/" + x, 1, Integer::sum));
        ps.forEach(x -> byStatus.merge(q + "/" + x, 1, Integer::sum));
        psel.forEach(x -> bySelected.merge(q + "/" + x, 1, Integer::sum));
        if (sel) {
          selectedAny[p]++;
        }
        if (any) {
          inPeriod[p]++;
        }
      }
    }
    assertThat(k.persons()).isEqualTo((long) persons.size());
    for (int p = 0; p < periods; p++) {
      assertThat(k.personsInPeriod(p))
          .as("persons in %s", grid.labels().get(p))
          .isEqualTo((long) inPeriod[p]);
      assertThat(k.selectedPersons(p)).isEqualTo((long) selectedAny[p]);
      for (BenefitGroup g : BenefitGroup.values()) {
        assertThat(k.persons(p, g))
            .as("%s %s", grid.labels().get(p), g)
            .isEqualTo((long) byGroup.getOrDefault(p + "/" + g.name(), 0));
        for (int f = 0; f < FollowUp.COUNT; f++) {
          assertThat(k.persons(p, g, FollowUp.ofIndex(f)))
              .as("%s %s %s", grid.labels().get(p), g, FollowUp.ofIndex(f))
              .isEqualTo((long) pairs.getOrDefault(p + "/" + g + "/" + FollowUp.ofIndex(f), 0));
        }
        if (g != BenefitGroup.NO_BENEFIT) {
          for (StatusOutcome o : StatusOutcome.values()) {
            assertThat(k.persons(p, g, o))
                .as("%s %s %s", grid.labels().get(p), g, o)
                .isEqualTo((long) byStatus.getOrDefault(p + "/" + g + "/" + o, 0));
          }
        }
      }
      for (SelectedOutcome o : SelectedOutcome.values()) {
        assertThat(k.selectedPersons(p, o))
            .isEqualTo((long) bySelected.getOrDefault(p + "/" + o.name(), 0));
      }
    }
  }

  /** Every count of two results, as one comparable list. */
  static List<Long> allCounts(KeyFigures k) {
    List<Long> out = new ArrayList<>();
    for (int p = 0; p < k.periodCount(); p++) {
      out.add(k.personsInPeriod(p));
      out.add(k.selectedPersons(p));
      for (BenefitGroup g : BenefitGroup.values()) {
        out.add(k.persons(p, g));
        for (int f = 0; f < FollowUp.COUNT; f++) {
          out.add(k.persons(p, g, FollowUp.ofIndex(f)));
        }
        for (StatusOutcome o : StatusOutcome.values()) {
          out.add(k.persons(p, g, o));
        }
      }
      for (SelectedOutcome o : SelectedOutcome.values()) {
        out.add(k.selectedPersons(p, o));
      }
    }
    return out;
  }

  static List<Long> sum(List<Long> a, List<Long> b) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i) + b.get(i));
    }
    return out;
  }
}
