/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.rules.flis.BenchmarkCell;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.rules.flis.BenchmarkQuery;
import dk.dfdgrules.rules.flis.CellValue;
import dk.dfdgrules.rules.flis.Suppression;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark job over citizen-week files (WIN-2, WIN-3, SUP-1, SUP-2). */
class BenchmarkJobTest {

  static final IsoWeek FROM = IsoWeek.of(2020, 1);
  static final IsoWeek TO = IsoWeek.of(2020, 13);

  static final String HEADER =
      "cpr;kommune;uge;ydelse;visitationskategori;aktivering;aktiveringsforloeb\n";

  final List<BadRow> rejected = new ArrayList<>();

  BenchmarkJob.Report run(String text, BenchmarkQuery q) throws IOException {
    return BenchmarkJob.builder()
        .query(q)
        .rejects(rejected::add)
        .build()
        .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static BenchmarkQuery total() {
    return BenchmarkQuery.of(List.of(), FROM, TO);
  }

  static long count(BenchmarkJob.Report r, Measure m) {
    return r.cells().stream()
        .filter(c -> c.measure() == m)
        .mapToLong(c -> ((CellValue.Count) c.value()).value())
        .sum();
  }

  @Test
  void countsDistinctCitizensOfAWellFormedFile() throws IOException {
    BenchmarkJob.Report r =
        run(
            HEADER
                + "0101804001;101;2020-W02;Kontanthjælp;Jobparat;Virksomhedspraktik;K1\n"
                + "0101804001;101;2020-W03;Kontanthjælp;Jobparat;Virksomhedspraktik;K1\n"
                + "0202904002;147;2020-W02;;Aktivitetsparat;;\n",
            total());
    assertThat(r.account()).isEqualTo(new RowAccount(3, 3, 0, 0));
    assertThat(count(r, Measure.CITIZENS_16_TO_66)).isEqualTo(2);
    assertThat(count(r, Measure.BENEFIT_RECEIVERS)).isEqualTo(1);
    assertThat(count(r, Measure.ACTIVATED)).isEqualTo(1);
    assertThat(count(r, Measure.ACTIVATION_COURSES)).isEqualTo(1);
    assertThat(rejected).isEmpty();
  }

  @Test
  void win2RowsBefore2020AreDroppedNotRejected() throws IOException {
    BenchmarkJob.Report r =
        run(
            HEADER
                + "0101804001;101;2019-W52;Kontanthjælp;;;\n"
                + "0101804001;101;2020-W01;Kontanthjælp;;;\n"
                + "0101804001;101;2019-12-31;Kontanthjælp;;;\n"
                + "0101804001;101;2020-W14;Kontanthjælp;;;\n",
            total());
    // 2019-12-31 is in 2020-W01 (its Thursday is 2020-01-02): used
    assertThat(r.account()).isEqualTo(new RowAccount(4, 2, 2, 0));
    assertThat(r.droppedBeforeYrLink()).isEqualTo(1);
    assertThat(r.droppedOutsidePeriod()).isEqualTo(1);
  }

  @Test
  void win3ACitizenWithoutYrBenefitIsUdenYdelseIYr() throws IOException {
    BenchmarkJob.Report r =
        run(
            HEADER + "0101804001;101;2020-W02;;Jobparat;Virksomhedspraktik;\n",
            BenchmarkQuery.of(List.of(Dimension.BENEFIT), FROM, TO));
    assertThat(r.cells())
        .extracting(c -> c.members().get(Dimension.BENEFIT))
        .containsOnly("Uden ydelse i YR");
  }

  @Test
  void badRowsAreReportedByLineAndReasonNeverTheCpr() throws IOException {
    BenchmarkJob.Report r =
        run(
            HEADER
                + "0101804001;101;2020-W02;Kontanthjælp;;;\n"
                + "3213801234;101;2020-W02;;;;\n"
                + "0101804001;999;2020-W02;;;;\n"
                + "0101804001;101;2020-W54;;;;\n"
                + "0101804001;101;2020-W02;;Klar;;\n"
                + "0101804001;101;2020-W02;;;;K9\n"
                + "\n"
                + "0101804001;101;\"2020-W02;;;;\n",
            total());
    assertThat(r.account()).isEqualTo(new RowAccount(8, 1, 0, 7));
    assertThat(rejected).extracting(BadRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(rejected)
        .extracting(BadRow::reason)
        .containsExactly(
            "citizen: not a CPR number",
            "municipality: '999' is not one of the 98 municipality codes",
            "week: not an ISO week (2020-W05) or a date (2020-01-29): '2020-W54'",
            "visitation-category: unknown 'Klar' (Jobparat, Aktivitetsparat, Uddannelsesparat,"
                + " Åbenlyst uddannelsesparat)",
            "activation-course: a course without an activation",
            "the line is empty",
            "a quote is not closed");
    assertThat(rejected.toString()).doesNotContain("3213801234").doesNotContain("0101804001");
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCanBeRenamed() throws IOException {
    String text =
        "\uFEFFUGE,Person,KOMMUNE,ydelse,aktivering,visitationskategori\r\n"
            + "2020-W02,0101804001,101,Dagpenge,,Jobparat\r\n";
    BenchmarkJob.Report r =
        BenchmarkJob.builder()
            .query(total().withMeasures(List.of(Measure.BENEFIT_RECEIVERS)))
            .column(BenchmarkJob.Role.CITIZEN, "person")
            .build()
            .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.account().used()).isEqualTo(1);
    assertThat(count(r, Measure.BENEFIT_RECEIVERS)).isEqualTo(1);
  }

  @Test
  void aMissingColumnIsAnInputErrorNamingIt() {
    assertThatThrownBy(() -> run("cpr;kommune;uge\n0101804001;101;2020-W02\n", total()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("no benefit column");
    assertThatThrownBy(
            () ->
                run(
                    "cpr;kommune;uge;ydelse;visitationskategori;aktivering\n",
                    total().withMeasures(List.of(Measure.ACTIVATION_COURSES))))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("activation-course");
  }

  @Test
  void sup1WithSuppressionNoCellOf1To4CitizensIsShown() throws IOException {
    Path sample = Path.of("../samples/flis-benchmark.csv");
    BenchmarkQuery q =
        BenchmarkQuery.of(List.of(Dimension.MUNICIPALITY, Dimension.VISITATION_GROUP), FROM, TO)
            .withSuppression(Suppression.below(5));
    BenchmarkJob.Report r;
    try (InputStream in = Files.newInputStream(sample)) {
      r = BenchmarkJob.builder().query(q).rejects(rejected::add).build().run(in);
    }
    assertThat(rejected).isEmpty();
    assertThat(r.account().read()).isEqualTo(1200);
    assertThat(r.droppedBeforeYrLink()).isEqualTo(160); // 80 citizens x 2019-W51, W52
    assertThat(r.cells()).anyMatch(c -> c.value().isSuppressed());
    for (BenchmarkCell c : r.cells()) {
      if (c.value() instanceof CellValue.Count n && c.measure() != Measure.ACTIVATION_COURSES) {
        assertThat(n.value() == 0 || n.value() >= 5).as("%s", c).isTrue();
      }
    }
  }
}
