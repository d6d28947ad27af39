/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static dk.dfdgrules.extracts.dream.DreamFiles.allCounts;
import static dk.dfdgrules.extracts.dream.DreamFiles.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.BenefitGroupRule;
import dk.dfdgrules.rules.dream.DreamCalendar;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.testkit.generators.DfdgGenerators;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DSA {@code visit} table (person, quarter, visitation category) beside the long {@code y}
 * table: DRM-4's visitation, placed on weeks by their Thursday (DRM-2).
 */
class VisitTableTest {

  private static final IsoWeek W13 = IsoWeek.of(2020, 13); // Thursday 2020-03-26: 2020-Q1
  private static final IsoWeek W14 =
      IsoWeek.of(2020, 14); // Monday 2020-03-30, Thursday 2020-04-02: 2020-Q2

  static KeyFigureReport run(
      String y, String visit, KeyFigureJob.Builder b, IsoWeek first, IsoWeek last) {
    return run(bytes(y), bytes(visit), b, first, last);
  }

  static KeyFigureReport run(
      byte[] y, byte[] visit, KeyFigureJob.Builder b, IsoWeek first, IsoWeek last) {
    return b.dataWeeks(first, last)
        .build()
        .run(new ByteArrayInputStream(y), new ByteArrayInputStream(visit));
  }

  private static final String Y =
      "lobenr;uge;y\n"
          + "1;2020-W13;130\n1;2020-W14;130\n" // kontanthjælp, job-ready by its code
          + "2;2020-W13;730\n" // kontanthjælp, activity-ready by its code
          + "3;2020-W13;140\n" // uddannelseshjælp, job-ready by its code
          + "4;2020-W13;130\n"
          + "5;2020-W13;720\n"; // uddannelseshjælp, activity-ready by its code
  private static final String VISIT =
      "lobenr;kvartal;visit\n"
          + "1;2020-Q1;Aktivitetsparat\n"
          + "2;2020K1;Jobparat\n"
          + "3;2020_1;aktivitetsparat\n"
          + "4;2020k1;Uddannelsesparat\n"
          + "5;2020-1;Uddannelsesparat\n";

  @Test
  void
      DRM4_theVisitationCategoryDecidesJobReadyVersusActivityReady_onTheWeeksOfItsQuarterByTheirThursday() {
    for (boolean inMemory : new boolean[] {false, true}) {
      for (PeriodType period : new PeriodType[] {PeriodType.WEEK, PeriodType.MONTH}) {
        KeyFigureReport r =
            run(Y, VISIT, KeyFigureJob.builder().inMemory(inMemory).period(period), W13, W14);
        KeyFigures k = r.figures();
        if (period == PeriodType.WEEK) {
          // 2020-W13 is in 2020-Q1
          assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY))
              .as("1 by visit; 4: education-ready says nothing for kontanthjælp")
              .isEqualTo(1L);
          assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY))
              .as("2 by visit, 4 by code")
              .isEqualTo(2L);
          assertThat(k.persons(0, BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY))
              .as("3")
              .isEqualTo(1L);
          assertThat(k.persons(0, BenefitGroup.EDUCATION_BENEFIT_JOB_READY))
              .as("5: uddannelsesparat is job-ready")
              .isEqualTo(1L);
          // 2020-W14 begins in March but its Thursday is in April: 2020-Q2, no category, the code
          // decides
          assertThat(k.persons(1, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(1L);
          assertThat(k.persons(1, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).isZero();
        }
        assertThat(r.summary().persons()).isEqualTo(5L);
        ReadSummary v = r.visitSummary().orElseThrow();
        assertThat(v.rowsRead()).isEqualTo(5L);
        assertThat(v.rowsUsed()).isEqualTo(5L);
        assertThat(v.persons()).isEqualTo(5L);
        assertThat(v.isBalanced()).isTrue();
      }
    }
    // the same decisions as the rule itself (one implementation of DRM-4)
    BenefitGroupRule rule = BenefitGroupRule.standard();
    assertThat(
            rule.classify(130, Optional.of(VisitationCategory.ACTIVITY_READY))
                .orElseThrow()
                .group())
        .isEqualTo(BenefitGroup.CASH_BENEFIT_ACTIVITY_READY);
    assertThat(
            rule.classify(130, Optional.of(VisitationCategory.EDUCATION_READY))
                .orElseThrow()
                .group())
        .isEqualTo(BenefitGroup.CASH_BENEFIT_JOB_READY);
    assertThat(
            rule.classify(720, Optional.of(VisitationCategory.EDUCATION_READY))
                .orElseThrow()
                .group())
        .isEqualTo(BenefitGroup.EDUCATION_BENEFIT_JOB_READY);
  }

  @Test
  void aPersonInOnlyOneTableIsCounted_withoutVisitationOrWithEveryWeekBlank() {
    String y = "lobenr;uge;y\n1;2020-W13;130\n3;2020-W13;130\n";
    String visit =
        "lobenr;kvartal;visit\n2;2020-Q1;Aktivitetsparat\n3;2020-Q1;Aktivitetsparat\n9;2020-Q1;Jobparat\n";
    for (boolean inMemory : new boolean[] {false, true}) {
      KeyFigures k = run(y, visit, KeyFigureJob.builder().inMemory(inMemory), W13, W14).figures();
      assertThat(k.persons()).isEqualTo(4L);
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).as("1: y only").isEqualTo(1L);
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY))
          .as("3: both")
          .isEqualTo(1L);
      assertThat(k.persons(0, BenefitGroup.NO_BENEFIT)).as("2 and 9: visit only").isEqualTo(2L);
      assertThat(k.persons(1, BenefitGroup.NO_BENEFIT)).isEqualTo(4L);
    }
    // a visit table without rows, or whose persons all come before or after the y table's
    assertThat(
            run(y, "lobenr;kvartal;visit\n", KeyFigureJob.builder(), W13, W14).figures().persons())
        .isEqualTo(2L);
    assertThat(
            run(y, "lobenr;kvartal;visit\n0;2020-Q1;Jobparat\n", KeyFigureJob.builder(), W13, W14)
                .figures()
                .persons())
        .isEqualTo(3L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-Q1",
        "2020Q1",
        "2020q1",
        "2020K1",
        "2020k1",
        "2020-K1",
        "2020_1",
        "2020-1",
        "2020 1",
        "20201",
        "2020_Q1",
        " 2020-Q1 "
      })
  void everyAcceptedQuarterForm(String quarter) {
    String visit = "lobenr;kvartal;visit\n1;" + quarter + ";Aktivitetsparat\n";
    KeyFigureReport r =
        run("lobenr;uge;y\n1;2020-W13;130\n", visit, KeyFigureJob.builder(), W13, W13);
    assertThat(r.figures().persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).isEqualTo(1L);
    assertThat(r.visitSummary().orElseThrow().rowsUsed()).isEqualTo(1L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2020-Q5", "2020-Q0", "2020-01", "20-Q1", "Q1 2020", "2020/1", "2020-W13", ""})
  void aMalformedQuarterIsRejectedWithItsLine(String quarter) {
    String visit = "lobenr;kvartal;visit\n1;2020-Q2;Jobparat\n1;" + quarter + ";Aktivitetsparat\n";
    List<RejectedRow> rejects = new ArrayList<>();
    KeyFigureReport r =
        run(
            "lobenr;uge;y\n1;2020-W13;130\n",
            visit,
            KeyFigureJob.builder().rejects(rejects::add),
            W13,
            W13);
    assertThat(rejects)
        .extracting(RejectedRow::line, RejectedRow::reason, RejectedRow::table)
        .containsExactly(tuple(3L, RejectReason.MALFORMED_QUARTER, RejectedRow.Table.VISIT));
    assertThat(r.figures().persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(1L);
    assertThat(r.visitSummary().orElseThrow())
        .satisfies(
            v -> {
              assertThat(v.rowsRejected()).isEqualTo(1L);
              assertThat(v.isBalanced()).isTrue();
            });
    assertThat(r.summary().rowsRejected()).as("the y table's own count").isZero();
    assertThat(r.summary().rejectsByReason()).isEmpty();
  }

  @Property(tries = 400)
  void theReadersByteLevelQuarterIsDreamCalendarsQuarter(@ForAll("quarterTexts") String text) {
    byte[] b = bytes(text);
    int q = VisitReader.quarter(b, 0, b.length);
    Optional<Integer> expected =
        DreamCalendar.parseQuarter(text).map(x -> x.year() * 4 + x.quarter() - 1);
    assertThat(q < 0 ? Optional.<Integer>empty() : Optional.of(q))
        .as("'%s'", text)
        .isEqualTo(expected);
    Statistics.cover(20, expected.isPresent(), "a quarter");
  }

  Gen<String> quarterTexts() {
    Gen<String> digits = Gens.strings("0123456789", 4, 4);
    Gen<String> sep = Gens.elements("", "-", "_", " ", "--", "/");
    Gen<String> letter = Gens.elements("", "Q", "q", "K", "k", "W");
    Gen<String> quarter = Gens.elements("1", "2", "3", "4", "0", "5", "12", "");
    Gen<String> pad = Gens.elements("", " ", "\t");
    Gen<String> wellFormed =
        source ->
            source.draw(pad)
                + source.draw(digits)
                + source.draw(sep)
                + source.draw(letter)
                + source.draw(quarter)
                + source.draw(pad);
    return Gens.frequency(
        Gens.weighted(4, wellFormed), Gens.weighted(1, Gens.strings("0123456789-_ QqKk", 0, 9)));
  }

  @Test
  void everyVisitRowIsAccountedFor_badRowsByLineWithoutTheKey() {
    String visit =
        "cpr;kvartal;visitationskategori\r\n" // 1, CRLF
            + "0101901234;2020-Q1;Jobparat\r\n" // 2 ok
            + "0101901234;2020-Q1;Aktivitetsparat\r\n" // 3 conflicting: the first stands
            + "0101901234;2020-Q1;Jobparat\r\n" // 4 the same again: used
            + "0101901234;2020-Q2\r\n" // 5 short
            + ";2020-Q2;Jobparat\r\n" // 6 blank key
            + "0101901234;2020-Q2;Måske parat\r\n" // 7 unknown category
            + "\r\n" // 8 empty
            + "0101901234;2020-Q3;\"Jobparat\r\n" // 9 unterminated quote
            + "\"0202901234\";\"2020-Q1\";\"Åbenlyst uddannelsesparat\"\r\n" // 10 quoted, ok
            + "0202901234;2013-Q4;Jobparat\r\n" // 11 before the data: used, no effect
            + "0303901234;2020-Q1;\r\n"; // 12 blank category: used, not known
    String y = "cpr;uge;y\n0101901234;2020-W13;730\n0202901234;2020-W13;140\n";
    for (boolean inMemory : new boolean[] {false, true}) {
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          run(y, visit, KeyFigureJob.builder().inMemory(inMemory).rejects(rejects::add), W13, W13);
      assertThat(rejects)
          .extracting(RejectedRow::line, RejectedRow::reason)
          .containsExactly(
              tuple(3L, RejectReason.CONFLICTING_VISITATION),
              tuple(5L, RejectReason.FIELD_COUNT),
              tuple(6L, RejectReason.MALFORMED_KEY),
              tuple(7L, RejectReason.UNKNOWN_VISITATION),
              tuple(8L, RejectReason.EMPTY_ROW),
              tuple(9L, RejectReason.UNTERMINATED_QUOTE));
      assertThat(rejects).allSatisfy(x -> assertThat(x.table()).isEqualTo(RejectedRow.Table.VISIT));
      ReadSummary v = r.visitSummary().orElseThrow();
      assertThat(v.rowsRead()).isEqualTo(11L);
      assertThat(v.rowsUsed()).isEqualTo(5L);
      assertThat(v.rowsRejected()).isEqualTo(6L);
      assertThat(v.isBalanced()).isTrue();
      assertThat(v.rejectsByReason()).containsEntry(RejectReason.CONFLICTING_VISITATION, 1L);
      KeyFigures k = r.figures();
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY))
          .as("730 made job-ready by line 2")
          .isEqualTo(1L);
      assertThat(k.persons(0, BenefitGroup.EDUCATION_BENEFIT_JOB_READY)).isEqualTo(1L);
      assertThat(k.persons()).as("0303901234 is in the visit table only").isEqualTo(3L);
      for (RejectedRow row : rejects) {
        assertThat(row.detail() + row).doesNotContainPattern("\\d{6}-?\\d{4}");
      }
      DreamFiles.assertReadable(rejects);
    }
  }

  @Test
  void anUnsortedVisitTableStopsWithAClearError_unlessReadInMemory() {
    String visit = "lobenr;kvartal;visit\n2;2020-Q1;Jobparat\n1;2020-Q1;Aktivitetsparat\n";
    assertThatThrownBy(() -> run(Y, visit, KeyFigureJob.builder(), W13, W14))
        .isInstanceOf(DreamInputException.class)
        .hasMessageContaining("visit table")
        .hasMessageContaining("line 3")
        .hasMessageContaining("not sorted by person");
    KeyFigures k = run(Y, visit, KeyFigureJob.builder().inMemory(true), W13, W14).figures();
    assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).as("1").isEqualTo(1L);
    assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY))
        .as("2 by visit, 4 by code")
        .isEqualTo(2L);
    // a key coming back after another key is "not sorted" too
    String back =
        "lobenr;kvartal;visit\n1;2020-Q1;Jobparat\n2;2020-Q1;Jobparat\n1;2020-Q2;Jobparat\n";
    assertThatThrownBy(() -> run(Y, back, KeyFigureJob.builder(), W13, W14))
        .isInstanceOf(DreamInputException.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void aVisitTableWithAWideFileIsAnInputError_andColumnNamesAreConfigurable() {
    assertThatThrownBy(
            () ->
                KeyFigureJob.builder()
                    .build()
                    .run(
                        new ByteArrayInputStream(bytes("lobenr,y_2013\n1,130\n")),
                        new ByteArrayInputStream(bytes(VISIT))))
        .isInstanceOf(DreamInputException.class)
        .hasMessageContaining("wide");
    assertThatThrownBy(() -> run(Y, "lobenr;x;y\n", KeyFigureJob.builder(), W13, W14))
        .isInstanceOf(DreamInputException.class)
        .hasMessageContaining("visit table");
    String visit = "person;qq;cat\n1;2020-Q1;Aktivitetsparat\n";
    KeyFigures k =
        run(
                Y.replace("lobenr", "person"),
                visit,
                KeyFigureJob.builder()
                    .quarterColumns(List.of("QQ"))
                    .categoryColumns(List.of("cat")),
                W13,
                W14)
            .figures();
    assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).isEqualTo(2L);
  }

  /** Persons with visitation from a seed, keyed 1..n. */
  static List<DreamSeries> persons(long seed, int n, IsoWeek first, int weeks) {
    List<DreamSeries> gen =
        DfdgGenerators.dreamSeries()
            .startingBetween(first, first)
            .weeks(weeks, weeks)
            .samples(seed, n);
    List<DreamSeries> out = new ArrayList<>();
    for (int i = 0; i < gen.size(); i++) {
      DreamSeries s = gen.get(i);
      out.add(
          DreamSeries.of(
              PersonKey.runningNumber(Integer.toString(i + 1)), first, s.codes(), s.visitation()));
    }
    return out;
  }

  @Test
  void aWideFileAndItsLongEquivalentGiveIdenticalCounts_inEveryBlockSizeAndOrder() {
    IsoWeek first = IsoWeek.of(2019, 40);
    int weeks = 90; // 2019-W40 .. 2021-W24: two year changes, 2020-W53
    List<DreamSeries> persons = persons(17, 80, first, weeks);
    assertThat(persons).anyMatch(s -> !s.visitation().isEmpty());
    byte[] wide = DreamFiles.wideOf(persons, first, weeks);
    byte[] y = DreamFiles.yOf(persons, first, weeks);
    byte[] visit = DreamFiles.visitOf(persons);
    IsoWeek last = first.plusWeeks(weeks - 1L);
    List<DreamSeries> shuffled = new ArrayList<>(persons);
    Collections.shuffle(shuffled, new Random(4));
    for (PeriodType p : PeriodType.values()) {
      KeyFigures w =
          KeyFigureJob.builder().period(p).build().run(new ByteArrayInputStream(wide)).figures();
      DreamFiles.assertSameAsObvious(w, persons);
      for (int block : new int[] {64, 300, 1 << 20}) {
        for (int threads : new int[] {1, 2}) {
          KeyFigures l =
              run(
                      y,
                      visit,
                      KeyFigureJob.builder().period(p).threads(threads).blockSize(block),
                      first,
                      last)
                  .figures();
          assertThat(allCounts(l))
              .as("%s block %s threads %s", p, block, threads)
              .isEqualTo(allCounts(w));
        }
      }
      KeyFigures unsorted =
          run(
                  DreamFiles.join(unsortedLines(y)),
                  DreamFiles.join(unsortedLines(visit)),
                  KeyFigureJob.builder().period(p).inMemory(true),
                  first,
                  last)
              .figures();
      assertThat(allCounts(unsorted)).isEqualTo(allCounts(w));
    }
  }

  @Test
  void badRowsOfTheYTableWithAnyKeyDoNotMoveVisitRowsToOtherPersons() {
    IsoWeek first = IsoWeek.of(2019, 40);
    int weeks = 60;
    List<DreamSeries> persons = persons(23, 40, first, weeks);
    IsoWeek last = first.plusWeeks(weeks - 1L);
    byte[] y = DreamFiles.yOf(persons, first, weeks);
    byte[] visit = DreamFiles.visitOf(persons);
    // after every person's rows, a rejected row whose key sorts after (or before) everyone
    List<String> ls = DreamFiles.lines(y);
    List<String> bad = new ArrayList<>();
    bad.add(ls.get(0));
    int rejected = 0;
    for (int i = 1; i < ls.size(); i++) {
      bad.add(ls.get(i));
      String key = ls.get(i).substring(0, ls.get(i).indexOf(';'));
      boolean lastOfPerson = i + 1 == ls.size() || !ls.get(i + 1).startsWith(key + ";");
      if (lastOfPerson) {
        bad.add((rejected % 2 == 0 ? "99999" : "0") + ";2019-W40;555"); // unlisted: strict rejects
        rejected++;
      }
    }
    KeyFigures clean = run(y, visit, KeyFigureJob.builder(), first, last).figures();
    for (int block : new int[] {64, 100, 257, 1000}) {
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          run(
              DreamFiles.join(bad),
              visit,
              KeyFigureJob.builder()
                  .strictCodes(true)
                  .blockSize(block)
                  .threads(2)
                  .rejects(rejects::add),
              first,
              last);
      assertThat(rejects)
          .hasSize(rejected)
          .allSatisfy(x -> assertThat(x.reason()).isEqualTo(RejectReason.UNKNOWN_CODE));
      assertThat(allCounts(r.figures())).as("block %s", block).isEqualTo(allCounts(clean));
    }
  }

  private static List<String> unsortedLines(byte[] file) {
    List<String> ls = DreamFiles.lines(file);
    List<String> body = new ArrayList<>(ls.subList(1, ls.size()));
    Collections.shuffle(body, new Random(8));
    body.add(0, ls.get(0));
    return body;
  }
}
