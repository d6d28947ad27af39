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
import static org.assertj.core.groups.Tuple.tuple;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.PeriodType;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A well-formed code the code list does not list is counted in the group of its DRM-4 range, and
 * reported once per code; strictly, its row is rejected (spec, "Processing DREAM files").
 */
class UnlistedCodesTest {

  /** Listed codes → an unlisted code of the same DRM-4 group. */
  private static final Map<String, String> SAME_GROUP =
      Map.of(
          "130", "131",
          "133", "132",
          "700", "701",
          "890", "891",
          "893", "892",
          "160", "161",
          "740", "741");

  private static final String FIRST = "2019-W40";
  private static final String LAST = "2021-W20";

  @Nested
  class InAGeneratedFile {

    /**
     * Two persons of every five have their codes 130, 700, 890 … replaced by 131, 701, 891 … (codes
     * older or newer vejledninger have): not a person is lost, and every count is that of the file
     * before the replacement.
     */
    @Test
    void noPersonIsLost_everyRowIsUsed_andTheCountsAreThoseOfTheListedCodes() {
      byte[] original = DreamFiles.wide(2_000, 3, FIRST, LAST);
      Replaced wide = replace(original, ',');
      assertThat(wide.cells).isNotEmpty();
      for (boolean fused : new boolean[] {true, false}) {
        for (int threads : new int[] {1, 2}) {
          List<RejectedRow> rejects = new ArrayList<>();
          KeyFigureJob.Builder b =
              KeyFigureJob.builder()
                  .period(PeriodType.QUARTER)
                  .fusedKernel(fused)
                  .threads(threads)
                  .blockSize(4096)
                  .rejects(rejects::add);
          KeyFigureReport r = b.build().run(new ByteArrayInputStream(wide.file));
          assertThat(rejects).isEmpty();
          assertThat(r.summary().rowsRead()).isEqualTo(2_000L);
          assertThat(r.summary().rowsUsed()).isEqualTo(2_000L);
          assertThat(r.summary().persons()).isEqualTo(2_000L);
          assertThat(r.summary().isBalanced()).isTrue();
          assertThat(allCounts(r.figures()))
              .isEqualTo(
                  allCounts(
                      KeyFigureJob.builder()
                          .period(PeriodType.QUARTER)
                          .build()
                          .run(new ByteArrayInputStream(original))
                          .figures()));
          assertThat(r.summary().unlistedCodes()).isEqualTo(wide.expected());
        }
      }
      // weekly counts take the fused kernels
      assertThat(allCounts(DreamFiles.run(wide.file, KeyFigureJob.builder()).figures()))
          .isEqualTo(allCounts(DreamFiles.run(original, KeyFigureJob.builder()).figures()));
    }

    @Test
    void theLongFormLosesNoPersonEither_streamedOrInMemory() {
      byte[] original = DreamFiles.longForm(800, 4, FIRST, LAST);
      Replaced lng = replace(original, ';');
      IsoWeek first = IsoWeek.parse(FIRST);
      IsoWeek last = IsoWeek.parse(LAST);
      List<Long> expected =
          allCounts(
              DreamFiles.run(
                      original,
                      KeyFigureJob.builder().period(PeriodType.MONTH).dataWeeks(first, last))
                  .figures());
      for (boolean inMemory : new boolean[] {false, true}) {
        for (PeriodType period : new PeriodType[] {PeriodType.WEEK, PeriodType.MONTH}) {
          List<RejectedRow> rejects = new ArrayList<>();
          KeyFigureReport r =
              DreamFiles.run(
                  lng.file,
                  KeyFigureJob.builder()
                      .period(period)
                      .dataWeeks(first, last)
                      .inMemory(inMemory)
                      .threads(2)
                      .blockSize(2048)
                      .rejects(rejects::add));
          assertThat(rejects).isEmpty();
          assertThat(r.summary().isBalanced()).isTrue();
          assertThat(r.summary().rowsUsed()).isEqualTo(r.summary().rowsRead());
          assertThat(r.summary().unlistedCodes())
              .as("in memory %s", inMemory)
              .isEqualTo(lng.expected());
          if (period == PeriodType.MONTH) {
            assertThat(allCounts(r.figures())).isEqualTo(expected);
          }
        }
      }
    }

    @Test
    void strictly_everyRowWithAnUnlistedCodeIsRejected_andNoCodeIsReportedAsUnlisted() {
      byte[] original = DreamFiles.wide(300, 5, FIRST, LAST);
      Replaced wide = replace(original, ',');
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          DreamFiles.run(wide.file, KeyFigureJob.builder().strictCodes(true).rejects(rejects::add));
      assertThat(rejects).hasSize(wide.persons());
      assertThat(rejects)
          .allSatisfy(x -> assertThat(x.reason()).isEqualTo(RejectReason.UNKNOWN_CODE));
      assertThat(r.summary().rowsUsed()).isEqualTo(300L - wide.persons());
      assertThat(r.summary().isBalanced()).isTrue();
      assertThat(r.summary().unlistedCodes()).isEmpty();
    }
  }

  @Nested
  class ByExample {

    @Test
    void zeroZeroZeroIsAnUnlistedCode_notABlankWeek() {
      String file = "cpr,y_2001,y_2002\n" + "1,000,\n" + "2,,\n";
      for (boolean fused : new boolean[] {true, false}) {
        KeyFigureReport r = DreamFiles.run(bytes(file), KeyFigureJob.builder().fusedKernel(fused));
        assertThat(r.figures().persons(0, BenefitGroup.OTHER_BENEFIT)).isEqualTo(1L);
        assertThat(r.figures().persons(0, BenefitGroup.NO_BENEFIT)).isEqualTo(1L);
        assertThat(r.summary().unlistedCodes())
            .containsExactly(new UnlistedCode("000", BenefitGroup.OTHER_BENEFIT, 1, 1));
        List<RejectedRow> rejects = new ArrayList<>();
        DreamFiles.run(
            bytes(file),
            KeyFigureJob.builder().fusedKernel(fused).strictCodes(true).rejects(rejects::add));
        assertThat(rejects)
            .extracting(RejectedRow::line, RejectedRow::reason, RejectedRow::detail)
            .containsExactly(tuple(2L, RejectReason.UNKNOWN_CODE, "y_2001: 000"));
      }
    }

    @Test
    void aMalformedCellIsStillABadRow_andItsUnlistedCodesAreNotCounted() {
      String file =
          "cpr,y_2001,y_2002,y_2003\n"
              + "1,131,131,891\n" // 2 used: 131 twice, 891 once
              + "2,131,13,\n" // 3 malformed (two digits)
              + "3,131,1311,\n" // 4 malformed (four digits)
              + "4,131,13a,\n" // 5 malformed
              + "5,131,131\n" // 6 too few fields
              + "6,\"131\",,891\n" // 7 used, the careful path
              + "1,131,,\n"; // 8 a repeated key: rejected, its 131 not counted
      for (boolean fused : new boolean[] {true, false}) {
        for (int block : new int[] {64, 1 << 20}) {
          List<RejectedRow> rejects = new ArrayList<>();
          KeyFigureReport r =
              DreamFiles.run(
                  bytes(file),
                  KeyFigureJob.builder()
                      .fusedKernel(fused)
                      .blockSize(block)
                      .threads(2)
                      .rejects(rejects::add));
          assertThat(rejects)
              .extracting(RejectedRow::line, RejectedRow::reason)
              .containsExactly(
                  tuple(3L, RejectReason.MALFORMED_CODE),
                  tuple(4L, RejectReason.MALFORMED_CODE),
                  tuple(5L, RejectReason.MALFORMED_CODE),
                  tuple(6L, RejectReason.FIELD_COUNT),
                  tuple(8L, RejectReason.DUPLICATE_KEY));
          assertThat(r.summary().isBalanced()).isTrue();
          assertThat(r.summary().rowsUsed()).isEqualTo(2L);
          assertThat(r.summary().unlistedCodes())
              .as("fused %s, block %s", fused, block)
              .containsExactly(
                  new UnlistedCode("131", BenefitGroup.CASH_BENEFIT_JOB_READY, 3, 2),
                  new UnlistedCode("891", BenefitGroup.SICKNESS_BENEFIT, 2, 2));
          assertThat(r.figures().persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(2L);
          assertThat(r.figures().persons(2, BenefitGroup.SICKNESS_BENEFIT)).isEqualTo(2L);
        }
      }
    }

    @Test
    void inALongFileEachRowIsACell_andAPersonCountsOncePerCode() {
      String file =
          "lobenr;uge;y\n"
              + "1;2020-W01;131\n"
              + "1;2020-W02;131\n"
              + "1;2020-W03;999x\n" // malformed
              + "2;2020-W01;131\n"
              + "2;2020-W01;130\n" // the same week: DRM-3 merges, both rows used
              + "3;2020-W05;000\n";
      for (boolean inMemory : new boolean[] {false, true}) {
        KeyFigureReport r =
            DreamFiles.run(
                bytes(file),
                KeyFigureJob.builder()
                    .inMemory(inMemory)
                    .dataWeeks(IsoWeek.of(2020, 1), IsoWeek.of(2020, 10)));
        assertThat(r.summary().rowsRejected()).isEqualTo(1L);
        assertThat(r.summary().isBalanced()).isTrue();
        assertThat(r.summary().unlistedCodes())
            .containsExactly(
                new UnlistedCode("000", BenefitGroup.OTHER_BENEFIT, 1, 1),
                new UnlistedCode("131", BenefitGroup.CASH_BENEFIT_JOB_READY, 3, 2));
        assertThat(r.figures().persons(0, BenefitGroup.CASH_BENEFIT_JOB_READY)).isEqualTo(2L);
      }
    }
  }

  /**
   * With random codes 000–999 in a wide file, leniently no row is rejected and every cell of an
   * unlisted code is counted as such, in the group of its range.
   */
  @Property(tries = 60)
  void everyWellFormedCodeIsCountedAndNoRowIsRejected(
      @ForAll("cellLists") List<List<Integer>> rows) {
    StringBuilder f = new StringBuilder("cpr");
    int weeks = rows.isEmpty() ? 1 : rows.get(0).size();
    IsoWeek first = IsoWeek.of(2020, 40); // over the year change
    for (int w = 0; w < weeks; w++) {
      f.append(',').append(first.plusWeeks(w).toDreamColumn());
    }
    f.append('\n');
    Map<Integer, long[]> expected = new TreeMap<>();
    int unlistedCells = 0;
    for (int i = 0; i < rows.size(); i++) {
      f.append(i + 1);
      Set<Integer> seen = new HashSet<>();
      for (int w = 0; w < weeks; w++) {
        int code = rows.get(i).get(w);
        f.append(',');
        if (code >= 0) {
          f.append(String.format("%03d", code));
          if (!BenefitCodeTable.standard().isKnown(code)) {
            unlistedCells++;
            long[] e = expected.computeIfAbsent(code, c -> new long[2]);
            e[0]++;
            if (seen.add(code)) {
              e[1]++;
            }
          }
        }
      }
      f.append('\n');
    }
    Statistics.cover(30, unlistedCells > 0, "an unlisted cell");
    for (boolean fused : new boolean[] {true, false}) {
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          DreamFiles.run(
              bytes(f.toString()), KeyFigureJob.builder().fusedKernel(fused).rejects(rejects::add));
      assertThat(rejects).isEmpty();
      assertThat(r.summary().rowsUsed()).isEqualTo(rows.size());
      List<UnlistedCode> want = new ArrayList<>();
      expected.forEach(
          (c, e) ->
              want.add(
                  new UnlistedCode(
                      String.format("%03d", c), BenefitCodeTable.groupByRange(c), e[0], e[1])));
      assertThat(r.summary().unlistedCodes()).isEqualTo(want);
    }
  }

  Gen<List<List<Integer>>> cellLists() {
    return source -> {
      int weeks = source.intBetween(1, 60);
      int persons = source.intBetween(0, 12);
      List<List<Integer>> out = new ArrayList<>();
      for (int p = 0; p < persons; p++) {
        out.add(source.draw(Gens.integers(-1, 999).list(weeks, weeks)));
      }
      return out;
    };
  }

  /** A file with some listed codes replaced, and what was replaced. */
  private record Replaced(byte[] file, Map<String, long[]> cells, int persons) {

    List<UnlistedCode> expected() {
      List<UnlistedCode> out = new ArrayList<>();
      new TreeMap<>(cells)
          .forEach(
              (code, c) ->
                  out.add(
                      new UnlistedCode(
                          code,
                          BenefitCodeTable.groupByRange(Integer.parseInt(code)),
                          c[0],
                          c[1])));
      return out;
    }
  }

  /**
   * Replaces, for the persons whose running number is 0 or 1 modulo 5, each code of {@link
   * #SAME_GROUP} (wide: in their row; long: in their rows).
   */
  private static Replaced replace(byte[] file, char delim) {
    List<String> ls = lines(file);
    Map<String, long[]> cells = new HashMap<>();
    Map<String, Set<String>> persons = new HashMap<>();
    Set<String> touched = new HashSet<>();
    for (int i = 1; i < ls.size(); i++) {
      String[] f = ls.get(i).split(String.valueOf(delim), -1);
      if (Long.parseLong(f[0]) % 5 >= 2) {
        continue;
      }
      int from = delim == ',' ? 1 : 2;
      for (int c = from; c < f.length; c++) {
        String to = SAME_GROUP.get(f[c]);
        if (to != null) {
          f[c] = to;
          cells.computeIfAbsent(to, k -> new long[2])[0]++;
          persons.computeIfAbsent(to, k -> new HashSet<>()).add(f[0]);
          touched.add(f[0]);
        }
      }
      ls.set(i, String.join(String.valueOf(delim), f));
    }
    persons.forEach((code, ps) -> cells.get(code)[1] = ps.size());
    return new Replaced(join(ls), cells, touched.size());
  }
}
