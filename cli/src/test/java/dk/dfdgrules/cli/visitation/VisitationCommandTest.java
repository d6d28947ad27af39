/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.visitation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitationCommandTest {

  static final String SPEC =
      "cpr;start;kategori\n"
          + "0101901234;2019-01-07 09:00;Jobparat\n"
          + "0101901234;2019-03-04 08:00;Aktivitetsparat\n"
          + "0101901234;2019-03-04 14:30;Uddannelsesparat\n"
          + "0101901234;2019-06-03 10:00;Jobparat\n";

  @TempDir Path dir;

  Path file(String text) throws IOException {
    Path f = dir.resolve("registrations.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theSpecExampleAsCoursesWithWeeksCprMasked() throws IOException {
    CliRun r =
        CliRun.run("visitation", "courses", file(SPEC).toString(), "--load-month", "2019-11");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .isEqualTo(
            "citizen;category;start;end;weeks;first_week;last_week\n"
                + "010190-****;Jobparat;2019-01-07;2019-03-04;8;2019-W02;2019-W09\n"
                + "010190-****;Uddannelsesparat;2019-03-04;2019-06-03;13;2019-W10;2019-W22\n"
                + "010190-****;Jobparat;2019-06-03;9999-12-31;22;2019-W23;2019-W44\n");
    assertThat(r.err())
        .contains("rækker læst 4, brugt 3, udeladt (VIS-2) 1, afvist 0")
        .contains("ugerækker 43 til og med 2019-10-31");
  }

  @Test
  void weekRowsOnePerCitizenAndWeekWithTheCprOnlyWhenAskedFor() throws IOException {
    CliRun r =
        CliRun.run(
            "visitation",
            "courses",
            file(SPEC).toString(),
            "--load-month",
            "2019-11",
            "--weeks",
            "--show-cpr");
    assertThat(r.out().lines().skip(1)).hasSize(43);
    assertThat(r.out().lines().skip(1).map(l -> l.split(";")[1]).distinct()).hasSize(43);
    assertThat(r.out()).contains("0101901234;2019-W44;Jobparat;2019-06-03\n");
    assertThat(r.out()).doesNotContain("2019-W45");
  }

  @Test
  void jsonCarriesTheCoursesAndTheRowAccount() throws IOException {
    CliRun r =
        CliRun.run(
            "visitation",
            "courses",
            file(SPEC).toString(),
            "--load-month",
            "2019-11",
            "--format",
            "json",
            "--lang",
            "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("\"horizon\" : \"2019-10-31\"")
        .contains("\"lastWeek\" : \"2019-W44\"")
        .contains("\"dropped\" : 1")
        .doesNotContain("0101901234");
  }

  @Test
  void badRowsAreFileLineReasonOnStandardErrorExit1AndDropsAreListedOnRequest() throws IOException {
    Path dropped = dir.resolve("dropped.txt");
    Path f = file(SPEC + "0202802345;2019-13-01;Jobparat\n0303703456;2019-01-01;Ledig\n");
    CliRun r =
        CliRun.run(
            "visitation", "courses", f.toString(), "--dropped", dropped.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.err())
        .contains(f + ":6: start: not a date and time: '2019-13-01'")
        .contains(f + ":7: category: not a visitation category: 'Ledig'")
        .contains("rows read 6, used 3, left out (VIS-2) 1, rejected 2")
        .doesNotContain("0202802345")
        .doesNotContain("0303703456");
    assertThat(Files.readString(dropped))
        .isEqualTo(
            f + ":3: VIS-2: left out: the registration on line 4 starts later the same day\n");
  }

  @Test
  void inputErrorsAreOneLineExit2() throws IOException {
    assertThat(CliRun.run("visitation", "courses", "nope.csv").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRun weeksOnly = CliRun.run("visitation", "courses", file(SPEC).toString(), "--weeks");
    assertThat(weeksOnly.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(weeksOnly.err()).contains("--weeks needs --load-month");
    CliRun badMonth =
        CliRun.run("visitation", "courses", file(SPEC).toString(), "--load-month", "2019-13");
    assertThat(badMonth.exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun unsorted =
        CliRun.run(
            "visitation",
            "courses",
            file("cpr;start;kategori\n"
                    + "0202802345;2019-01-01;Jobparat\n"
                    + "0101901234;2019-01-01;Jobparat\n")
                .toString());
    assertThat(unsorted.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unsorted.err())
        .contains("line 3")
        .contains("--any-order")
        .doesNotContain("Exception");
    CliRun headerOnly =
        CliRun.run("visitation", "courses", file("cpr;start;kategori\n").toString());
    assertThat(headerOnly.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(headerOnly.out()).isEmpty();
    assertThat(headerOnly.err()).contains("no rows after the header");
    CliRun noColumn =
        CliRun.run("visitation", "courses", file("cpr;dato\n0101901234;2019-01-01\n").toString());
    assertThat(noColumn.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noColumn.err().lines()).hasSize(1);
  }

  @Test
  void theSampleCommandWritesWhatTheCoursesCommandReads() throws IOException {
    Path sample = dir.resolve("sample.csv");
    CliRun s = CliRun.run("visitation", "sample", "--citizens", "25", "--out", sample.toString());
    assertThat(s.exitCode()).isZero();
    CliRun r = CliRun.run("visitation", "courses", sample.toString(), "--load-month", "2025-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("borgere 25").contains("afvist 0");
    assertThat(CliRun.run("visitation", "sample", "--citizens", "0").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theBundledSampleRuns() {
    CliRun r = CliRun.run("visitation", "courses", "--sample", "--load-month", "2024-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("borgere " + CoursesCommand.SAMPLE_CITIZENS);
  }
}
