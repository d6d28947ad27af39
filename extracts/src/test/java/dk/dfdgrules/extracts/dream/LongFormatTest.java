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
import static dk.dfdgrules.extracts.dream.DreamFiles.join;
import static dk.dfdgrules.extracts.dream.DreamFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The long (DSA {@code y} table) input. */
class LongFormatTest {

  private static final IsoWeek FIRST = IsoWeek.parse("2019-W40");
  private static final IsoWeek LAST = IsoWeek.parse("2021-W20");

  private static KeyFigureReport run(byte[] file, KeyFigureJob.Builder b) {
    return DreamFiles.run(file, b.dataWeeks(FIRST, LAST));
  }

  @Test
  void theSamePersonsLongAndWideGiveTheSameCounts() {
    // every person of the sample has at least one benefit week, so both hold the same persons
    byte[] wide = DreamFiles.wide(120, 5, FIRST.toString(), LAST.toString());
    byte[] lng = DreamFiles.longForm(120, 5, FIRST.toString(), LAST.toString());
    long personsWithRows =
        text(lng).lines().skip(1).map(l -> l.substring(0, l.indexOf(';'))).distinct().count();
    for (PeriodType p : PeriodType.values()) {
      for (int threads : new int[] {1, 2}) {
        KeyFigureReport w = run(wide, KeyFigureJob.builder().period(p));
        KeyFigureReport l =
            run(lng, KeyFigureJob.builder().period(p).threads(threads).blockSize(1000));
        assertThat(l.summary().persons()).isEqualTo(personsWithRows);
        assertThat(l.summary().isBalanced()).isTrue();
        if (personsWithRows == 120) {
          assertThat(allCounts(l.figures())).isEqualTo(allCounts(w.figures()));
        }
        // receivers are the same whatever the persons without rows
        for (int q = 0; q < w.figures().periodCount(); q++) {
          for (BenefitGroup g : BenefitGroup.values()) {
            if (g != BenefitGroup.NO_BENEFIT) {
              assertThat(l.figures().persons(q, g)).isEqualTo(w.figures().persons(q, g));
            }
          }
        }
      }
    }
  }

  private static String text(byte[] b) {
    return DreamFiles.text(b);
  }

  @Test
  void weeksIn53WeekYearsAndEveryWeekForm() {
    String file = "cpr;uge;y\n1;2020-W53;890\n1;2021W52;890\n2;202053;130\n3;y_2053;\n";
    KeyFigureReport r = DreamFiles.runWeeks(file, IsoWeek.of(2020, 50), IsoWeek.of(2021, 52));
    KeyFigures k = r.figures();
    int w53 = k.grid().labels().indexOf("2020-W53");
    assertThat(
            k.persons(
                w53,
                BenefitGroup.SICKNESS_BENEFIT,
                dk.dfdgrules.rules.dream.StatusOutcome.CONTINUES))
        .isEqualTo(1L);
    assertThat(k.persons(w53, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(1L);
    assertThat(r.summary().rowsUsed()).isEqualTo(4L);
    assertThat(r.summary().persons()).isEqualTo(3L);
  }

  @Test
  void badRowsAreReportedAndSkipped() {
    String file =
        "lobenr;uge;y\n"
            + "1;2020-W01;111\n" // 2
            + "1;2019-W53;111\n" // 3 no such week
            + "1;2030-W01;111\n" // 4 outside the data
            + "1;2020-W02;12\n" // 5 malformed code
            + "1;2020-W03;555\n" // 6 unknown code
            + ";2020-W03;111\n" // 7 blank key
            + "2;2020-W01\n" // 8 short
            + "2;\"2020-W01\";\"890\"\n"; // 9 quoted, fine
    List<RejectedRow> rejects = new ArrayList<>();
    KeyFigureReport r =
        DreamFiles.run(
            bytes(file),
            KeyFigureJob.builder()
                .strictCodes(true) // 555 is unlisted
                .dataWeeks(IsoWeek.of(2020, 1), IsoWeek.of(2020, 10))
                .rejects(rejects::add));
    assertThat(rejects)
        .extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, RejectReason.MALFORMED_WEEK),
            org.assertj.core.groups.Tuple.tuple(4L, RejectReason.WEEK_OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple(5L, RejectReason.MALFORMED_CODE),
            org.assertj.core.groups.Tuple.tuple(6L, RejectReason.UNKNOWN_CODE),
            org.assertj.core.groups.Tuple.tuple(7L, RejectReason.MALFORMED_KEY),
            org.assertj.core.groups.Tuple.tuple(8L, RejectReason.FIELD_COUNT));
    DreamFiles.assertReadable(rejects);
    assertThat(r.summary().rowsUsed()).isEqualTo(2L);
    assertThat(r.summary().isBalanced()).isTrue();
    assertThat(r.figures().persons(0, BenefitGroup.SICKNESS_BENEFIT)).isEqualTo(1L);
  }

  @Test
  void unsortedInputStopsWithAClearError_unlessReadInMemory() {
    byte[] lng = DreamFiles.longForm(40, 9, FIRST.toString(), LAST.toString());
    List<String> ls = lines(lng);
    List<String> body = new ArrayList<>(ls.subList(1, ls.size()));
    Collections.shuffle(body, new Random(3));
    body.add(0, ls.get(0));
    byte[] shuffled = join(body);
    for (int block : new int[] {300, 1 << 20}) {
      assertThatThrownBy(() -> run(shuffled, KeyFigureJob.builder().blockSize(block)))
          .isInstanceOf(DreamInputException.class)
          .hasMessageContaining("not sorted by person")
          .hasMessageStartingWith("line ");
    }
    assertThat(allCounts(run(shuffled, KeyFigureJob.builder().inMemory(true)).figures()))
        .isEqualTo(allCounts(run(lng, KeyFigureJob.builder()).figures()));
  }

  @Test
  void numericKeysMayBeInNumericOrder() {
    String file = "lobenr;uge;y\n9;2020-W01;111\n10;2020-W01;890\n100;2020-W02;130\n";
    KeyFigureReport r = DreamFiles.runWeeks(file, IsoWeek.of(2020, 1), IsoWeek.of(2020, 2));
    assertThat(r.summary().persons()).isEqualTo(3L);
  }

  @Test
  void DRM3_twoCodesForOnePersonWeekAreMergedByPriority() {
    String file =
        "lobenr;uge;y\n"
            + "1;2020-W01;130\n"
            + "1;2020-W01;111\n"
            + "1;2020-W01;999\n"
            + "2;2020-W01;730\n"
            + "2;2020-W01;735\n";
    KeyFigureReport r = DreamFiles.runWeeks(file, IsoWeek.of(2020, 1), IsoWeek.of(2020, 1));
    assertThat(r.summary().mergedByPriority()).isEqualTo(3L);
    assertThat(r.summary().rowsUsed()).isEqualTo(5L);
    assertThat(r.figures().persons(0, BenefitGroup.NO_BENEFIT)).as("999 wins").isEqualTo(1L);
    assertThat(r.figures().persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).isEqualTo(1L);
  }

  @Test
  void theWeekRangeCanBeScannedFirst() {
    byte[] lng = DreamFiles.longForm(30, 2, FIRST.toString(), LAST.toString());
    IsoWeek[] range =
        KeyFigureJob.scanWeekRange(new ByteArrayInputStream(lng), KeyFigureJob.DEFAULT_WEEK_COLUMNS)
            .orElseThrow();
    assertThat(range[0]).isGreaterThanOrEqualTo(FIRST);
    assertThat(range[1]).isLessThanOrEqualTo(LAST);
    assertThatThrownBy(() -> KeyFigureJob.builder().build().run(new ByteArrayInputStream(lng)))
        .isInstanceOf(DreamInputException.class)
        .hasMessageContaining("first and last week");
  }
}
