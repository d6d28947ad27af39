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
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.FollowUp;
import dk.dfdgrules.rules.dream.KeyFigures;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.rules.dream.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key-figure job on small files, by example; its properties over generated data are in {@link
 * KeyFigurePropertiesTest}.
 */
class KeyFigureJobTest {

  // 2019-W40 .. 2021-W20: two year changes and 2020-W53
  private static final byte[] SAMPLE = DreamFiles.wide(150, 7, "2019-W40", "2021-W20");

  static KeyFigureReport run(byte[] file, KeyFigureJob.Builder b) {
    return DreamFiles.run(file, b);
  }

  static KeyFigureReport run(byte[] file) {
    return run(file, KeyFigureJob.builder());
  }

  static KeyFigureReport run(byte[] file, List<RejectedRow> rejects) {
    return run(file, KeyFigureJob.builder().rejects(rejects::add));
  }

  @Nested
  class AgainstTheObviousImplementation {

    @ParameterizedTest
    @EnumSource(PeriodType.class)
    void everyCellOfEveryPeriod(PeriodType period) {
      var persons = DreamFiles.series(SAMPLE);
      for (int threads : new int[] {1, 2}) {
        for (boolean fused : new boolean[] {true, false}) {
          KeyFigureReport r =
              run(
                  SAMPLE,
                  KeyFigureJob.builder()
                      .period(period)
                      .threads(threads)
                      .fusedKernel(fused)
                      .blockSize(2048));
          DreamFiles.assertSameAsObvious(r.figures(), persons);
          assertThat(r.summary().isBalanced()).isTrue();
          assertThat(r.summary().rowsUsed()).isEqualTo(150L);
        }
      }
    }

    @Test
    void fromAndToLimitTheWeeksCountedButNotTheFollowUp() {
      var persons = DreamFiles.series(SAMPLE);
      KeyFigureReport r =
          run(
              SAMPLE,
              KeyFigureJob.builder()
                  .from(IsoWeek.of(2019, 50))
                  .to(IsoWeek.of(2020, 10))
                  .period(PeriodType.MONTH));
      assertThat(r.figures().grid().labels()).first().isEqualTo("2019-12");
      assertThat(r.figures().grid().last()).isEqualTo(IsoWeek.of(2020, 10));
      DreamFiles.assertSameAsObvious(r.figures(), persons);
      // t+52 of 2020-W10 is inside the data: no unknown status there
      int last = r.figures().periodCount() - 1;
      for (BenefitGroup g : BenefitGroup.values()) {
        if (g != BenefitGroup.NO_BENEFIT) {
          assertThat(r.figures().persons(last, g, StatusOutcome.UNKNOWN)).isZero();
        }
      }
    }

    @Test
    void visitationColumnsDecideJobReadyVersusActivityReady() {
      String header = "lobenr,visit_2020_1,y_2001,y_2002," + weeks(3, 60) + "\n";
      String row1 = "1,Aktivitetsparat,130,130," + ",".repeat(57) + "\n";
      String row2 = "2,,130,130," + ",".repeat(57) + "\n";
      String row3 = "3,Jobparat,730,," + ",".repeat(57) + "\n";
      byte[] file = bytes(header + row1 + row2 + row3);
      KeyFigureReport r = run(file);
      KeyFigures k = r.figures();
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_ACTIVITY_READY)).isEqualTo(1L);
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(2L);
      DreamFiles.assertSameAsObvious(k, DreamFiles.series(file));
      List<RejectedRow> rejects = new ArrayList<>();
      run(bytes(header + "4,Ukendt,130,130," + ",".repeat(57) + "\n"), rejects);
      assertThat(rejects)
          .extracting(RejectedRow::reason)
          .containsExactly(RejectReason.UNKNOWN_VISITATION);
    }

    private String weeks(int from, int to) {
      List<String> w = new ArrayList<>();
      for (int i = from; i <= to; i++) {
        w.add(IsoWeek.of(2020, 1).plusWeeks(i - 1).toDreamColumn());
      }
      return String.join(",", w);
    }
  }

  /**
   * DRM-7 by example; the properties (row order, splitting, wide = long …) are in {@link
   * KeyFigurePropertiesTest}.
   */
  @Nested
  class Counting {

    @Test
    void DRM7_onePersonOnABenefitEveryWeekOfAYearCountsOncePerMonthQuarterAndYear() {
      // one person on kontanthjælp every week of 2020: once per month, quarter and year
      byte[] file =
          DreamFiles.onePerson(
              "1", IsoWeek.of(2020, 1), IsoWeek.of(2021, 52), w -> w.year() == 2020 ? "130" : "");
      for (PeriodType p : PeriodType.values()) {
        KeyFigures k = run(file, KeyFigureJob.builder().period(p)).figures();
        for (int q = 0; q < k.periodCount(); q++) {
          assertThat(k.personsInPeriod(q)).isEqualTo(1L);
          for (BenefitGroup g : BenefitGroup.values()) {
            assertThat(k.persons(q, g)).isLessThanOrEqualTo(1);
            for (int f = 0; f < FollowUp.COUNT; f++) {
              assertThat(k.persons(q, g, FollowUp.ofIndex(f))).isLessThanOrEqualTo(1);
            }
          }
        }
      }
      KeyFigures year = run(file, KeyFigureJob.builder().period(PeriodType.YEAR)).figures();
      assertThat(year.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(1L);
      // in 2020 the person is on kontanthjælp; 52 weeks later still on it (W01-W01) or not (late
      // 2020)
      assertThat(year.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY, StatusOutcome.CONTINUES))
          .isEqualTo(1L);
      assertThat(year.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY, StatusOutcome.NO_LONGER))
          .isEqualTo(1L);
      assertThat(year.share(0, BenefitGroup.CASH_BENEFIT_JOB_READY, StatusOutcome.NO_LONGER).text())
          .isEqualTo("1.0000");
    }
  }

  @Nested
  class BoundaryWeeks {

    @Test
    void week53AndTheYearChange() {
      // 2020-W53 → 2021-W52; 2020-W38 → 2021-W37
      Map<IsoWeek, String> codes =
          Map.of(
              IsoWeek.of(2020, 53), "890",
              IsoWeek.of(2021, 52), "890",
              IsoWeek.of(2020, 38), "111",
              IsoWeek.of(2021, 37), "130");
      byte[] file =
          DreamFiles.onePerson(
              "5", IsoWeek.of(2020, 38), IsoWeek.of(2021, 52), w -> codes.getOrDefault(w, ""));
      KeyFigures k = run(file).figures();
      int w53 = k.grid().labels().indexOf("2020-W53");
      assertThat(k.persons(w53, BenefitGroup.SICKNESS_BENEFIT, StatusOutcome.CONTINUES))
          .isEqualTo(1L);
      int w38 = k.grid().labels().indexOf("2020-W38");
      assertThat(k.persons(w38, BenefitGroup.UNEMPLOYMENT_BENEFIT, StatusOutcome.OTHER_BENEFIT))
          .isEqualTo(1L);
      assertThat(
              k.persons(
                  w38,
                  BenefitGroup.UNEMPLOYMENT_BENEFIT,
                  FollowUp.group(BenefitGroup.CASH_BENEFIT_JOB_READY)))
          .isEqualTo(1L);
    }

    @Test
    void tPlus52BeyondTheDataIsUnknownAndCountedAsSuch() {
      byte[] file = bytes("lobenr,y_2001,y_2002\n1,130,\n2,,130\n");
      KeyFigures k = run(file).figures();
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY, StatusOutcome.UNKNOWN))
          .isEqualTo(1L);
      assertThat(k.persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY, FollowUp.beyondData()))
          .isEqualTo(1L);
      assertThat(k.share(0, BenefitGroup.CASH_BENEFIT_JOB_READY, StatusOutcome.CONTINUES).text())
          .isEqualTo("0.0000");
      assertThat(k.share(0, BenefitGroup.SICKNESS_BENEFIT, StatusOutcome.CONTINUES).value())
          .isEmpty();
    }

    @Test
    void populationExitsAt52WeeksAreCountedOutsideTheStatuses() {
      IsoWeek first = IsoWeek.of(2019, 1);
      IsoWeek last = first.plusWeeks(52);
      KeyFigures k =
          run(DreamFiles.onePerson(
                  "1", first, last, w -> w.equals(first) ? "890" : w.equals(last) ? "999" : ""))
              .figures();
      assertThat(k.persons(0, BenefitGroup.SICKNESS_BENEFIT, StatusOutcome.LEFT_POPULATION))
          .isEqualTo(1L);
      assertThat(k.persons(52, BenefitGroup.NO_BENEFIT)).isEqualTo(1L);
    }

    @Test
    void columnsInAnyOrderWithOtherVariablesBetweenAndMissingWeeks() {
      String ordered = "lobenr,y_1901,y_1902,y_1903\n1,111,111,130\n2,,890,\n";
      String shuffled =
          "y_1903,branche_2019_01,lobenr,nykom2019,y_1901\n130,x,1,101,111\n,y,2,101,\n";
      KeyFigures a = run(bytes(ordered)).figures();
      KeyFigures b = run(bytes(shuffled)).figures();
      assertThat(b.grid().labels()).containsExactly("2019-W01", "2019-W02", "2019-W03");
      assertThat(b.persons(0, BenefitGroup.UNEMPLOYMENT_BENEFIT))
          .isEqualTo(a.persons(0, BenefitGroup.UNEMPLOYMENT_BENEFIT));
      assertThat(b.persons(2, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(1L);
      // y_1902 is missing: no one is counted in that week
      assertThat(b.personsInPeriod(1)).isZero();
    }
  }

  @Nested
  class MalformedFiles {

    @Test
    void anEmptyFileIsAnInputError() {
      assertThatThrownBy(() -> run(new byte[0]))
          .isInstanceOf(DreamInputException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> run(bytes("foo,bar\n1,2\n")))
          .isInstanceOf(DreamInputException.class)
          .hasMessageContaining("line 1");
      assertThatThrownBy(() -> run(bytes("name,y_1901\nx,111\n")))
          .isInstanceOf(DreamInputException.class)
          .hasMessageContaining("key");
    }

    @Test
    void aNullGivenToTheBuilderIsANullPointerExceptionNamingIt() {
      KeyFigureJob.Builder b = KeyFigureJob.builder();
      assertThatThrownBy(() -> b.keyFigures(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("definition");
      assertThatThrownBy(() -> b.from(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("week");
      assertThatThrownBy(() -> b.dataWeeks(IsoWeek.of(2020, 1), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("last");
      assertThatThrownBy(() -> b.rejects(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("listener");
    }

    @Test
    void threadsAndDataRangesBeyondTheLimitsAreRefusedByTheBuilder() {
      KeyFigureJob.Builder b = KeyFigureJob.builder();
      assertThatThrownBy(() -> b.threads(KeyFigureJob.MAX_THREADS + 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> b.dataWeeks(IsoWeek.of(1, 1), IsoWeek.of(9999, 52)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1991-W32 … 2089-W52");
      assertThatThrownBy(() -> b.dataWeeks(IsoWeek.of(1991, 31), IsoWeek.of(2000, 1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> b.dataWeeks(IsoWeek.of(2000, 1), IsoWeek.of(2090, 1)))
          .isInstanceOf(IllegalArgumentException.class);
      b.threads(KeyFigureJob.MAX_THREADS)
          .dataWeeks(IsoWeek.of(1991, 32), KeyFigureJob.LAST_DATA_WEEK);
    }

    @Test
    void aVisitColumnOfYearZeroIsAnInputErrorOfLineOne() {
      assertThatThrownBy(() -> run(bytes("lobenr,y_1901,visit_0000_1\n1,111,1\n")))
          .isInstanceOf(DreamInputException.class)
          .hasMessageStartingWith("line 1: column visit_0000_1 names no quarter");
    }

    @Test
    void headerOnly() {
      KeyFigureReport r = run(bytes("cpr,y_1901,y_1902\n"));
      assertThat(r.summary().rowsRead()).isZero();
      assertThat(r.summary().isBalanced()).isTrue();
      assertThat(r.figures().persons()).isZero();
      assertThat(run(bytes("cpr,y_1901,y_1902")).summary().rowsRead()).isZero();
    }

    @Test
    void bomAndCrlfAndSemicolonsGiveTheSameCounts() {
      String plain = "lobenr,y_1901,y_1902\n1,111,\n2,,890\n";
      String windows = "\uFEFFlobenr;y_1901;y_1902\r\n1;111;\r\n2;;890\r\n";
      assertThat(allCounts(run(bytes(windows)).figures()))
          .isEqualTo(allCounts(run(bytes(plain)).figures()));
      assertThat(
              allCounts(run(bytes(windows), KeyFigureJob.builder().fusedKernel(false)).figures()))
          .isEqualTo(allCounts(run(bytes(plain)).figures()));
      assertThat(run(bytes("lobenr,y_1901,y_1902\n1,111,\n2,,890")).summary().rowsUsed())
          .isEqualTo(2L);
    }

    @Test
    void quotedFieldsTakeTheCarefulPath() {
      String plain = "lobenr,note,y_1901,y_1902\n1,a,111,\n2,b,,890\n";
      String quoted =
          "lobenr,note,y_1901,y_1902\n"
              + "\"1\",\"a, with comma\",\"111\",\"\"\n"
              + "2,\"b \"\"q\"\"\",,890\n";
      for (boolean fused : new boolean[] {true, false}) {
        KeyFigureReport r = run(bytes(quoted), KeyFigureJob.builder().fusedKernel(fused));
        assertThat(r.summary().rowsUsed()).isEqualTo(2L);
        assertThat(allCounts(r.figures())).isEqualTo(allCounts(run(bytes(plain)).figures()));
      }
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndSkipped_andTheSummaryAccountsForEveryRow() {
      String file =
          "cpr,y_1901,y_1902\n" // 1
              + "0101901234,111,\n" // 2 ok
              + "0202901234,111\n" // 3 short
              + "0303901234,111,,\n" // 4 long
              + "0404901234,123,\n" // 5 unknown code
              + "0505901234,11a,\n" // 6 malformed
              + ",111,\n" // 7 blank key
              + "\n" // 8 empty
              + "0606901234,\"111,\n" // 9 unterminated quote
              + "0707901234,1111,\n" // 10 malformed (4 digits)
              + "0808901234,,890\n"; // 11 ok
      for (boolean fused : new boolean[] {true, false}) {
        for (int block : new int[] {64, 1 << 20}) {
          List<RejectedRow> rejects = new ArrayList<>();
          KeyFigureReport r =
              run(
                  bytes(file),
                  KeyFigureJob.builder()
                      .strictCodes(true) // 123 is unlisted
                      .fusedKernel(fused)
                      .blockSize(block)
                      .rejects(rejects::add));
          assertThat(rejects)
              .extracting(RejectedRow::line, RejectedRow::reason)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple(3L, RejectReason.FIELD_COUNT),
                  org.assertj.core.groups.Tuple.tuple(4L, RejectReason.FIELD_COUNT),
                  org.assertj.core.groups.Tuple.tuple(5L, RejectReason.UNKNOWN_CODE),
                  org.assertj.core.groups.Tuple.tuple(6L, RejectReason.MALFORMED_CODE),
                  org.assertj.core.groups.Tuple.tuple(7L, RejectReason.MALFORMED_KEY),
                  org.assertj.core.groups.Tuple.tuple(8L, RejectReason.EMPTY_ROW),
                  org.assertj.core.groups.Tuple.tuple(9L, RejectReason.UNTERMINATED_QUOTE),
                  org.assertj.core.groups.Tuple.tuple(10L, RejectReason.MALFORMED_CODE));
          assertThat(r.summary().rowsRead()).isEqualTo(10L);
          assertThat(r.summary().rowsUsed()).isEqualTo(2L);
          assertThat(r.summary().rowsRejected()).isEqualTo(8L);
          assertThat(r.summary().isBalanced()).isTrue();
          assertThat(r.summary().rejectsByReason().get(RejectReason.FIELD_COUNT)).isEqualTo(2L);
          // the rejected rows took nothing with them: only the two good persons are counted
          assertThat(r.figures().persons(0, BenefitGroup.UNEMPLOYMENT_BENEFIT)).isEqualTo(1L);
          assertThat(r.figures().persons(1, BenefitGroup.SICKNESS_BENEFIT)).isEqualTo(1L);
          assertThat(r.figures().personsInPeriod(0)).isEqualTo(2L);
          // personal data: no rejected row, message or text holds a CPR number
          for (RejectedRow row : rejects) {
            String all =
                row.detail()
                    + Messages.danish(row.message())
                    + Messages.english(row.message())
                    + row;
            assertThat(all).doesNotContainPattern("\\d{6}-?\\d{4}");
          }
          DreamFiles.assertReadable(rejects);
        }
      }
    }

    @Test
    void badRowsInTheMiddleOfManyBlocksKeepTheirLineNumbers() {
      List<String> ls = lines(SAMPLE);
      ls.set(17, "garbage");
      ls.set(101, ls.get(101) + ",extra");
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          run(join(ls), KeyFigureJob.builder().threads(2).blockSize(700).rejects(rejects::add));
      assertThat(rejects).extracting(RejectedRow::line).containsExactly(18L, 102L);
      assertThat(r.summary().rowsUsed()).isEqualTo(148L);
      assertThat(r.summary().isBalanced()).isTrue();
    }
  }
}
