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
import static org.assertj.core.groups.Tuple.tuple;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DRM-7: a person counts once in a cell, so a person key on two rows of a wide file is found. */
class DuplicateKeysTest {

  private static final byte[] SAMPLE = DreamFiles.wide(120, 3, "2019-W40", "2021-W20");

  private static KeyFigureReport run(byte[] file, KeyFigureJob.Builder b) {
    return DreamFiles.run(file, b);
  }

  @Test
  void aSecondRowOfAPersonIsRejectedByItsLineAndTakesNothingWithIt() {
    List<String> ls = lines(SAMPLE);
    List<String> dup = new ArrayList<>(ls);
    // person 5 (line 6) again on line 50, with other codes; person 100 again at the end
    String again = "5" + ls.get(60).substring(ls.get(60).indexOf(','));
    dup.add(50 - 1, again);
    dup.add(ls.get(100));
    byte[] file = join(dup);
    for (PeriodType p : PeriodType.values()) {
      var expected = allCounts(run(SAMPLE, KeyFigureJob.builder().period(p)).figures());
      for (boolean fused : new boolean[] {true, false}) {
        for (int threads : new int[] {1, 2}) {
          for (int block : new int[] {700, 1 << 20}) {
            List<RejectedRow> rejects = new ArrayList<>();
            KeyFigureReport r =
                run(
                    file,
                    KeyFigureJob.builder()
                        .period(p)
                        .fusedKernel(fused)
                        .threads(threads)
                        .blockSize(block)
                        .rejects(rejects::add));
            assertThat(rejects)
                .extracting(RejectedRow::line, RejectedRow::reason, RejectedRow::detail)
                .containsExactly(
                    tuple(50L, RejectReason.DUPLICATE_KEY, ""),
                    tuple(123L, RejectReason.DUPLICATE_KEY, ""));
            assertThat(allCounts(r.figures()))
                .as("%s fused %s threads %s block %s", p, fused, threads, block)
                .isEqualTo(expected);
            assertThat(r.summary().rowsRead()).isEqualTo(122L);
            assertThat(r.summary().rowsUsed()).isEqualTo(120L);
            assertThat(r.summary().persons()).isEqualTo(120L);
            assertThat(r.summary().isBalanced()).isTrue();
            assertThat(r.summary().rejectsByReason()).containsEntry(RejectReason.DUPLICATE_KEY, 2L);
          }
        }
      }
    }
  }

  @Test
  void theSamePersonWrittenAnotherWay_cprWithOrWithoutHyphen_spaces_quotes() {
    String file =
        "cpr,y_1901,y_1902\n"
            + "0101901234,111,\n" // 2
            + "010190-1234,890,\n" // 3 the same CPR number with its hyphen
            + " 0101901234 ,130,\n" // 4 spaces around
            + "\"0101901234\",130,\n" // 5 quoted
            + "0101901235,,890\n" // 6 another person
            + "AB-17,111,\n" // 7 not digits
            + "AB-17,111,\n" // 8 the same
            + "AB-18,111,\n"; // 9 another
    for (boolean fused : new boolean[] {true, false}) {
      List<RejectedRow> rejects = new ArrayList<>();
      KeyFigureReport r =
          run(bytes(file), KeyFigureJob.builder().fusedKernel(fused).rejects(rejects::add));
      assertThat(rejects).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 8L);
      assertThat(r.figures().persons(0, BenefitGroup.UNEMPLOYMENT_BENEFIT)).isEqualTo(3L);
      assertThat(r.figures().persons(0, BenefitGroup.SICKNESS_BENEFIT)).isZero();
      assertThat(r.summary().persons()).isEqualTo(4L);
      for (RejectedRow row : rejects) {
        assertThat(row.detail() + row).doesNotContainPattern("\\d{6}-?\\d{4}");
      }
      DreamFiles.assertReadable(rejects);
    }
  }

  @Test
  void theSeriesReaderRejectsASecondRowOfAPersonToo() {
    List<String> ls = lines(SAMPLE);
    List<String> dup = new ArrayList<>(ls);
    dup.add(ls.get(7));
    List<DreamSeries> out = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    ReadSummary s =
        DreamSeriesReader.readWide(
            new ByteArrayInputStream(join(dup)),
            BenefitCodeTable.standard(),
            out::add,
            rejects::add);
    assertThat(out).hasSize(120);
    assertThat(rejects)
        .extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(tuple(122L, RejectReason.DUPLICATE_KEY));
    assertThat(s.isBalanced()).isTrue();
    assertThat(s.rowsRejected()).isEqualTo(1L);
  }

  @Test
  void inALongFileAKeyComingBackAfterAnotherIsTheNotSortedError() {
    StringBuilder f = new StringBuilder("lobenr;uge;y\n");
    for (int p = 1; p <= 2; p++) {
      for (int w = 1; w <= 30; w++) {
        f.append(p).append(';').append(IsoWeek.of(2020, w)).append(";111\n");
      }
    }
    f.append("1;2020-W40;111\n"); // line 62
    String file = f.toString();
    for (int block : new int[] {64, 100, 256, 1 << 20}) {
      for (int threads : new int[] {1, 2}) {
        assertThatThrownBy(
                () ->
                    KeyFigureJob.builder()
                        .dataWeeks(IsoWeek.of(2020, 1), IsoWeek.of(2020, 52))
                        .blockSize(block)
                        .threads(threads)
                        .build()
                        .run(new ByteArrayInputStream(bytes(file))))
            .isInstanceOf(DreamInputException.class)
            .hasMessageContaining("not sorted by person")
            .hasMessageContaining("line 62");
      }
    }
  }

  @Test
  void theKeySetNeverTakesTwoKeysForOne() {
    KeySet set = new KeySet();
    for (int i = 0; i < 300_000; i++) {
      byte[] k = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
      assertThat(set.add(KeySet.code(k, 0, k.length), KeySet.check(k, 0, k.length))).isTrue();
      byte[] h = ("P" + i).getBytes(StandardCharsets.US_ASCII);
      assertThat(set.add(KeySet.code(h, 0, h.length), KeySet.check(h, 0, h.length))).isTrue();
    }
    assertThat(set.size()).isEqualTo(600_000);
    for (String k : new String[] {"0", "299999", "P0", "P299999", " 17 "}) {
      byte[] b = k.getBytes(StandardCharsets.US_ASCII);
      assertThat(set.add(KeySet.code(b, 0, b.length), KeySet.check(b, 0, b.length)))
          .as(k)
          .isFalse();
    }
    // a leading zero is another key; 17 digits are exact, 18 hashed
    for (String k : new String[] {"00", "012", "12345678901234567", "123456789012345678"}) {
      byte[] b = k.getBytes(StandardCharsets.US_ASCII);
      assertThat(set.add(KeySet.code(b, 0, b.length), KeySet.check(b, 0, b.length))).as(k).isTrue();
    }
  }
}
