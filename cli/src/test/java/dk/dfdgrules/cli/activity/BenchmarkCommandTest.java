/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dfdg activity benchmark} and {@code dfdg activity windows} (WIN-1 … WIN-3, SUP-1, SUP-2).
 */
class BenchmarkCommandTest {

  static final String HEADER =
      "cpr;kommune;uge;ydelse;visitationskategori;aktivering;aktiveringsforloeb\n";

  @TempDir Path dir;

  Path file(String text) throws IOException {
    Path f = dir.resolve("weeks.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theBundledSampleIsTheSamplesFile() throws IOException {
    byte[] bundled;
    try (InputStream in =
        BenchmarkCommand.class.getResourceAsStream(BenchmarkCommand.SAMPLE_RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertThat(bundled).isEqualTo(Files.readAllBytes(Path.of("../samples/flis-benchmark.csv")));
  }

  @Test
  void theSampleByMunicipalityAndTimeIsCountedWithItsRowsAccountedFor() {
    CliRun r =
        CliRun.run("activity", "benchmark", "--sample", "--by", "kommune,tid", "--lang", "en");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("municipality;time;measure;value;suppressed");
    assertThat(r.out()).contains("101;2020-W01;citizens;");
    assertThat(r.err()).contains("rows read 1200, used 1040, dropped 160 (160 before 2020-01-01");
  }

  @Test
  void sup1WithSuppressionSmallCellsAreMarkedNeverZero() throws IOException {
    CliRun r =
        CliRun.run(
            "activity",
            "benchmark",
            "--sample",
            "--by",
            "kommune,visitationsgruppe",
            "--suppress-below",
            "5",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("suppressBelow").asInt()).isEqualTo(5);
    boolean anySuppressed = false;
    for (JsonNode c : root.get("cells")) {
      if (c.get("suppressed").asBoolean()) {
        anySuppressed = true;
        assertThat(c.get("value").isNull()).isTrue();
      } else if (!c.get("measure").asText().equals("courses")) {
        long v = c.get("value").asLong();
        assertThat(v == 0 || v >= 5).as("%s", c).isTrue();
      }
    }
    assertThat(anySuppressed).isTrue();
  }

  @Test
  void sup2AMeasureByADimensionTheTableDoesNotAllowIsAUsageError() {
    CliRun r =
        CliRun.run(
            "activity",
            "benchmark",
            "--sample",
            "--by",
            "aktivering",
            "--measure",
            "citizens",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("SUP-2")
        .contains("is not available by the dimension Aktivering")
        .doesNotContain("Exception");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void sup1ThereIsNoBorgerDimension() {
    CliRun r = CliRun.run("activity", "benchmark", "--sample", "--by", "borger");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no Borger (citizen) dimension (SUP-1");
  }

  @Test
  void win2AFromBefore2020IsAUsageErrorTheFirstWeekIsAccepted() {
    CliRun before = CliRun.run("activity", "benchmark", "--sample", "--from", "2019-12-29");
    assertThat(before.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(before.err()).contains("before 2020-W01").contains("WIN-2");
    CliRun first = CliRun.run("activity", "benchmark", "--sample", "--from", "2019-12-30");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void badRowsAreReportedByLineNeverTheCprAndExit1() throws IOException {
    Path f =
        file(
            HEADER
                + "0101804001;101;2020-W02;Kontanthjælp;;;\n"
                + "3213801234;101;2020-W02;;;;\n"
                + "0101804001;101;2020-W99;;;;\n");
    CliRun r = CliRun.run("activity", "benchmark", f.toString(), "--to", "2020-W10");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.err())
        .contains(f + ":3: citizen: not a CPR number")
        .contains(f + ":4: week:")
        .doesNotContain("3213801234")
        .doesNotContain("0101804001");
  }

  @Test
  void aMissingColumnIsOneLineAndExit2() throws IOException {
    Path f = file("cpr;kommune;uge\n0101804001;101;2020-W02\n");
    CliRun r = CliRun.run("activity", "benchmark", f.toString(), "--to", "2020-W10");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no benefit column").doesNotContain("\tat ");
  }

  @Test
  void columnsCanBeRenamed() throws IOException {
    Path f =
        file(
            "personnummer;kommune;uge;ydelse;visitationskategori;aktivering\n"
                + "0101804001;101;2020-W02;Dagpenge;Jobparat;\n");
    CliRun r =
        CliRun.run(
            "activity",
            "benchmark",
            f.toString(),
            "--to",
            "2020-W10",
            "--column",
            "citizen=personnummer",
            "--measure",
            "receivers",
            "--lang",
            "en");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("receivers;1;false");
  }

  @Test
  void win1AndWin2OnTheFirstDelivery() {
    CliRun r = CliRun.run("activity", "windows", "--at", "2020-02-29");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("DFDG;2017-01-01;2020-02-29;WIN-1")
        .contains("YdelsesAktivitetBenchmark;2020-01-01;2020-02-29;WIN-2")
        .contains("Uden ydelse i YR");
  }

  @Test
  void win2TheDayBeforeTheYrLinkTheYrCubesHaveNoWindow() {
    CliRun r = CliRun.run("activity", "windows", "--at", "2019-12-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("DFDG;2016-01-01;2019-12-31;WIN-1")
        .contains("Ydelsesaktivitet;;;WIN-2")
        .contains("hold no data");
  }

  @Test
  void aMalformedDateIsExit2() {
    CliRun r = CliRun.run("activity", "windows", "--at", "29-02-2020");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
