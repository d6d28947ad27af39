/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static dk.dfdgrules.extracts.dream.DreamFiles.allCounts;
import static dk.dfdgrules.extracts.dream.DreamFiles.join;
import static dk.dfdgrules.extracts.dream.DreamFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long file's data range is decided so that a stray row cannot move it ({@link DataRange}). */
class DataRangeTest {

  private static final IsoWeek FIRST = IsoWeek.of(2019, 1);
  private static final IsoWeek LAST = IsoWeek.of(2021, 47);

  private static DataRange scan(byte[] file) {
    return KeyFigureJob.scanDataRange(
            new ByteArrayInputStream(file), KeyFigureJob.DEFAULT_WEEK_COLUMNS)
        .orElseThrow();
  }

  @Test
  void oneRowIn2030DoesNotMoveTheEnd_theCellsAreThoseWithoutIt_andTheRowIsAccountedFor() {
    byte[] clean = DreamFiles.longForm(3_000, 11, FIRST.toString(), LAST.toString());
    List<String> ls = lines(clean);
    String key = ls.get(1).substring(0, ls.get(1).indexOf(';'));
    // the stray row among its person's rows, so the file stays sorted
    int at = 1;
    while (at < ls.size() && ls.get(at).startsWith(key + ";")) {
      at++;
    }
    ls.add(at, key + ";2030-W01;111");
    byte[] stray = join(ls);
    DataRange c = scan(clean);
    DataRange s = scan(stray);
    assertThat(c.hasOutliers()).isFalse();
    assertThat(s.first()).isEqualTo(c.first());
    assertThat(s.last()).isEqualTo(c.last()).isEqualTo(LAST);
    assertThat(s.scannedLast()).isEqualTo(IsoWeek.of(2030, 1));
    assertThat(s.rowsAfter()).isEqualTo(1L);
    assertThat(s.rowsBefore()).isZero();
    assertThat(s.threshold()).isGreaterThan(1L);
    for (PeriodType period : new PeriodType[] {PeriodType.WEEK, PeriodType.YEAR}) {
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          DreamFiles.run(
              stray,
              KeyFigureJob.builder()
                  .period(period)
                  .dataWeeks(s.first(), s.last())
                  .rejects(rejects::add));
      KeyFigureReport without =
          DreamFiles.run(
              clean, KeyFigureJob.builder().period(period).dataWeeks(c.first(), c.last()));
      assertThat(allCounts(r.figures())).isEqualTo(allCounts(without.figures()));
      assertThat(rejects)
          .extracting(RejectedRow::line, RejectedRow::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(at + 1L, RejectReason.WEEK_OUT_OF_RANGE));
      assertThat(r.summary().isBalanced()).isTrue();
      assertThat(r.summary().rowsRead()).isEqualTo(without.summary().rowsRead() + 1);
    }
  }

  @Test
  void aWeekWithOnePercentOfTheBusiestWeeksRowsCounts_oneRowFewerDoesNot() {
    long base = IsoWeek.of(2020, 1).epochWeek();
    long[] rows = new long[10];
    rows[0] = 2; // 2020-W01: below 1 % of 300 (3)
    rows[1] = 3; // 2020-W02: exactly 3
    rows[2] = 300;
    rows[7] = 3; // 2020-W08: exactly 3
    rows[9] = 2; // 2020-W10: below
    DataRange r = KeyFigureJob.range(rows, base).orElseThrow();
    assertThat(r.threshold()).isEqualTo(3L);
    assertThat(r.first()).isEqualTo(IsoWeek.of(2020, 2));
    assertThat(r.last()).isEqualTo(IsoWeek.of(2020, 8));
    assertThat(r.rowsBefore()).isEqualTo(2L);
    assertThat(r.rowsAfter()).isEqualTo(2L);
    assertThat(r.scannedFirst()).isEqualTo(IsoWeek.of(2020, 1));
    assertThat(r.scannedLast()).isEqualTo(IsoWeek.of(2020, 10));
  }

  @Test
  void inASmallFileEveryWeekWithARowCounts() {
    long base = IsoWeek.of(2020, 1).epochWeek();
    long[] rows = new long[10];
    rows[0] = 1;
    rows[5] = 100; // 1 % of 100 is 1
    rows[9] = 1;
    DataRange r = KeyFigureJob.range(rows, base).orElseThrow();
    assertThat(r.threshold()).isEqualTo(1L);
    assertThat(r.first()).isEqualTo(IsoWeek.of(2020, 1));
    assertThat(r.last()).isEqualTo(IsoWeek.of(2020, 10));
    assertThat(r.hasOutliers()).isFalse();
    assertThat(KeyFigureJob.range(new long[3], base)).isEmpty();
  }
}
