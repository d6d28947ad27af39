/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.refusion.LisJob.Dimension;
import dk.dfdgrules.extracts.refusion.LisJob.Problem;
import dk.dfdgrules.rules.refusion.NetExpenseMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LisJobTest {

  static final Path SAMPLE = Path.of("..", "samples", "yr-lis-sample.csv");

  static final String HEADER =
      "Beregnings ID;Uge;CPR nummer;Ydelse;Indberetter Ekstern ID;Indberetning"
          + " udbetalingsbeløb;Posteringskonto for indberetning;Finansieringsbeløb;Funktionsområde";

  record Run(LisJob.Report report, List<BadRow> bad, List<Problem> problems) {}

  static Run run(String text, LisJob.Builder b) throws IOException {
    return run(text.getBytes(StandardCharsets.UTF_8), b);
  }

  static Run run(byte[] bytes, LisJob.Builder b) throws IOException {
    List<BadRow> bad = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    LisJob.Report r =
        b.build()
            .run(
                new ByteArrayInputStream(bytes),
                new LisJob.Output() {
                  @Override
                  public void rejected(BadRow row, Problem problem) {
                    bad.add(row);
                    problems.add(problem);
                  }
                });
    return new Run(r, bad, problems);
  }

  static Run sample(Set<Dimension> by) throws IOException {
    return run(Files.readAllBytes(SAMPLE), LisJob.builder().groupBy(by));
  }

  @Test
  void theBundledSampleSumsPerCitizenToTheFileTotal() throws IOException {
    Run r = sample(EnumSet.of(Dimension.CITIZEN));
    LisJob.Summary s = r.report().summary();
    assertThat(s.read()).isEqualTo(14);
    assertThat(s.accepted()).isEqualTo(14);
    assertThat(s.rejected()).isZero();
    assertThat(s.mafRows()).isEqualTo(10);
    assertThat(s.citizens()).isEqualTo(2);
    assertThat(s.mapping().toString())
        .isEqualTo("Indberetning udbetalingsbeløb + Finansieringsbeløb");
    assertThat(r.report().groups())
        .extracting(LisGroup::netExpense)
        .containsExactly(new BigDecimal("11132.34"), new BigDecimal("9810.00"));
    assertThat(s.total()).isEqualTo(new BigDecimal("20942.34"));
  }

  @Test
  void lis5TheSplitWeeksAreKeptAsTwoRows() throws IOException {
    Run r = sample(EnumSet.of(Dimension.CITIZEN, Dimension.WEEK));
    LisGroup w = r.report().groups().get(4);
    assertThat(w.week()).contains(LocalDate.of(2020, 9, 28));
    assertThat(w.rows()).isEqualTo(2);
    // 909,60 - 72,77 + 1.740,96 - 179,71
    assertThat(w.netExpense()).isEqualTo(new BigDecimal("2398.08"));
    // 2020-08-31, 2020-09-28 ×2, 2020-10-26, 2022-02-28 ×2
    assertThat(r.report().summary().splitWeekRows()).isEqualTo(6);
  }

  @Test
  void lis4ByBenefitAndMonthTheMonthIsTheMonthOfUge() throws IOException {
    Run r = sample(EnumSet.of(Dimension.BENEFIT, Dimension.MONTH));
    assertThat(r.report().groups())
        .extracting(g -> g.benefit().orElseThrow() + " " + g.month().orElseThrow())
        .containsExactly(
            "Dagpenge, 80 pct. kommunal medfinansiering 2020-08",
            "Dagpenge, 80 pct. kommunal medfinansiering 2020-09",
            "Dagpenge, 80 pct. kommunal medfinansiering 2020-10",
            "Kontanthjælp 2022-02",
            "Kontanthjælp 2022-03");
    assertThat(r.report().groups().get(0).netExpense()).isEqualTo(new BigDecimal("764.06"));
    assertThat(r.report().summary().citizens()).isEqualTo(-1);
  }

  @Test
  void lis4TheMappingIsAParameter() throws IOException {
    Run r =
        run(
            Files.readAllBytes(SAMPLE),
            LisJob.builder()
                .groupBy(Set.of())
                .mapping(NetExpenseMapping.parse("Indberetning udbetalingsbeløb")));
    assertThat(r.report().summary().total()).isEqualTo(new BigDecimal("25515.30"));
    assertThat(r.report().groups()).hasSize(1);
    assertThat(r.report().groups().get(0).citizen()).isEmpty();
  }

  @Test
  void columnsInAnyOrderAnyCaseWithBomCrlfCommaAndQuotes() throws IOException {
    String text =
        "\uFEFFfinansieringsbeløb,\"Ydelse\", UGE ,cpr NUMMER,Indberetning udbetalingsbeløb\r\n"
            + "\"-145,54 kr.\",\"Dagpenge, 80 pct.\",2020-08-31T00:00:00,0101901234,\"909,60"
            + " kr.\"\r\n";
    Run r = run(text, LisJob.builder());
    assertThat(r.bad()).isEmpty();
    assertThat(r.report().summary().total()).isEqualTo(new BigDecimal("764.06"));
    assertThat(r.report().summary().mafRows()).isZero();
  }

  @Test
  void anotherDelimiterCanBeGiven() throws IOException {
    String text =
        "Uge|CPR nummer|Ydelse|Indberetning udbetalingsbeløb|Finansieringsbeløb\n"
            + "2020-08-31|0101901234|Dagpenge|1.740,96 kr.|-314,50 kr.\n";
    Run r = run(text, LisJob.builder().delimiter('|'));
    assertThat(r.report().summary().total()).isEqualTo(new BigDecimal("1426.46"));
  }

  @Test
  void everyBadRowIsReportedByLineAndReasonAndEveryRowAccountedFor() throws IOException {
    String text =
        HEADER
            + "\n1;2020-09-01;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.;z"
            + "\n2;2020-08-31;010190-1234;Dagpenge;x;909,60 kr.;y;-145,54 kr.;z"
            + "\n3;2020-08-31;0101901234;Dagpenge;x;909.60;y;-145,54 kr.;z"
            + "\n\n;;;;;;;;"
            + "\n4;2020-08-31;0101901234;;x;909,60 kr.;y;-145,54 kr.;z"
            + "\nabc;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.;z"
            + "\n5;2020-08-31;0101901234;\"Dagpenge;x;909,60 kr.;y;-145,54 kr.;z"
            + "\n6;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y"
            + "\n7;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.;z\n";
    Run r = run(text, LisJob.builder());
    LisJob.Summary s = r.report().summary();
    assertThat(s.read()).isEqualTo(10);
    assertThat(s.accepted()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(9);
    assertThat(r.bad())
        .extracting(BadRow::line)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(r.problems())
        .containsExactly(
            Problem.WEEK,
            Problem.CITIZEN,
            Problem.AMOUNT,
            Problem.BLANK,
            Problem.BLANK,
            Problem.BENEFIT,
            Problem.CALCULATION_ID,
            Problem.MALFORMED,
            Problem.AMOUNT);
    assertThat(r.bad().get(0).reason())
        .isEqualTo("Uge is not a Monday (Uge is the Monday of the week the calculation covers)");
    assertThat(r.bad().get(2).reason()).startsWith("Indberetning udbetalingsbeløb has a '.'");
    assertThat(r.bad().get(8).reason()).isEqualTo("Finansieringsbeløb is empty");
    assertThat(r.bad())
        .allSatisfy(b -> assertThat(b.reason()).doesNotContain("0101901234", "010190"));
  }

  @Test
  void aFileWithoutAUsableHeaderIsAnInputErrorWithoutCpr() {
    assertThatThrownBy(() -> run("", LisJob.builder()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> run("Uge;CPR nummer;0101901234\n", LisJob.builder()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("no column 'Ydelse'")
        .hasMessageNotContaining("0101901234");
  }

  @Test
  void aLineLongerThanTheLimitIsRejectedAndTheNextIsRead() throws IOException {
    String row = "\n7;2020-08-31;0101901234;Dagpenge;x;909,60 kr.;y;-145,54 kr.;z";
    String text = HEADER + "\n" + "x".repeat(LisJob.MAX_LINE_BYTES + 10) + row + row;
    Run r = run(text, LisJob.builder());
    assertThat(r.problems()).containsExactly(Problem.MALFORMED);
    assertThat(r.bad().get(0).line()).isEqualTo(2);
    assertThat(r.report().summary().accepted()).isEqualTo(2);
  }

  @Test
  void noCprInAGroupsToStringUnlessAskedFor() throws IOException {
    LisGroup g = sample(EnumSet.of(Dimension.CITIZEN)).report().groups().get(0);
    assertThat(g.toString()).doesNotContain("0101901234").contains("010190-****");
    assertThat(g.maskedCitizen()).contains("010190-****");
    assertThat(g.citizen()).contains("0101901234");
  }

  @Test
  void theGeneratedSampleIsReadWithoutRejects() throws IOException {
    StringWriter w = new StringWriter();
    long rows = LisSample.of(5_000, 3).writeTo(w);
    Run r = run(w.toString(), LisJob.builder());
    assertThat(r.report().summary().accepted()).isEqualTo(rows).isEqualTo(5_000);
    assertThat(r.report().summary().splitWeekRows()).isPositive();
    assertThat(r.report().summary().mafRows()).isPositive();
  }

  @Test
  void epochDayIsLocalDates() {
    for (LocalDate d = LocalDate.of(1599, 1, 1); d.getYear() < 2501; d = d.plusDays(13)) {
      assertThat(LisJob.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .isEqualTo(d.toEpochDay());
      assertThat(LisJob.lengthOfMonth(d.getYear(), d.getMonthValue())).isEqualTo(d.lengthOfMonth());
    }
  }

  @Test
  void zeroBytesFindsExactlyTheZeroBytes() {
    for (int b = 0; b < 256; b++) {
      for (int at = 0; at < 8; at++) {
        long word = 0x0101_0101_0101_0101L * 0x0A;
        word &= ~(0xFFL << (8 * at));
        word |= (long) b << (8 * at);
        long expected = 0;
        for (int k = 0; k < 8; k++) {
          if (((word >>> (8 * k)) & 0xFF) == 0) {
            expected |= 0x80L << (8 * k);
          }
        }
        assertThat(LisJob.zeroBytes(word)).isEqualTo(expected);
        assertThat(LisJob.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0AL))
            .isEqualTo(LisJob.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0AL));
      }
    }
  }

  @Test
  void eightDigitsAreReadAsTheCarefulReadingDoes() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      byte[] b = new byte[8];
      boolean digits = true;
      long value = 0;
      for (int j = 0; j < 8; j++) {
        b[j] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : (byte) ('0' + r.nextInt(10));
        digits &= b[j] >= '0' && b[j] <= '9';
        value = value * 10 + (b[j] - '0');
      }
      long w = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
      assertThat(LisJob.eightDigits(w)).isEqualTo(digits);
      if (digits) {
        assertThat(LisJob.eightDigitValue(w)).isEqualTo(value);
      }
    }
  }

  @Test
  void theFastReadingEqualsTheCarefulOnAGeneratedFile() throws IOException {
    StringWriter w = new StringWriter();
    LisSample.of(20_000, 11).writeTo(w);
    for (Set<Dimension> by :
        List.of(
            EnumSet.of(Dimension.CITIZEN),
            EnumSet.of(Dimension.BENEFIT, Dimension.WEEK),
            EnumSet.allOf(Dimension.class))) {
      Run fast = run(w.toString(), LisJob.builder().groupBy(by));
      Run careful = run(w.toString(), LisJob.builder().groupBy(by).careful(true));
      assertThat(fast.report()).isEqualTo(careful.report());
    }
  }
}
