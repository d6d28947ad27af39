/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.activity;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dfdg activity measures}: the sample, the formats, groups, bad rows and exit codes. */
class MeasuresCommandTest {

  @TempDir Path dir;

  @Test
  void theBundledSampleIsTheCommittedSample() throws IOException {
    byte[] bundled;
    try (InputStream in = MeasuresCommand.class.getResourceAsStream(MeasuresCommand.SAMPLE)) {
      bundled = in.readAllBytes();
    }
    assertThat(bundled)
        .isEqualTo(Files.readAllBytes(Path.of("..", "samples", "flis-activities.csv")));
  }

  @Test
  void theSampleForMarch2022GivesEachMeasureWithItsRuleAndSource() {
    CliRun r =
        run("activity", "measures", "--sample", "--from", "2022-03-01", "--to", "2022-03-31");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("fra;til;regel;maal;navn;vaerdi;kilde\n")
        .contains(
            "2022-03-01;2022-03-31;ACT-1;citizens;Antal borgere;5;FLIS-DFDG §6.1\n",
            "ACT-2;visitationCourses;Antal visitationsforløb;6;FLIS-DFDG §6.2\n",
            "ACT-3;activationCourses;Antal aktiveringsforløb;7;FLIS-DFDG §6.3\n",
            "ACT-4;conversations;Antal samtaler;4;FLIS-DFDG §6.4\n",
            "ACT-5;aidCosts;Hjælpemiddeludgifter (kr.);2505.02;FLIS-DFDG §6.5\n",
            "ACT-6;daysActivated;Antal dage aktiveret;59;FLIS-DFDG §6.6\n",
            "ACT-7;hoursPerWeek;Antal timer aktiveret pr. uge;112;FLIS-DFDG §6.7\n",
            "ACT-7;activationsWithoutHours;Forløb uden oplyste timer (udeladt);2;FLIS-DFDG §6.7\n");
    assertThat(r.err()).contains("rækker læst 30, brugt 30, droppet 0 (tomme), afvist 0");
  }

  @Test
  void byMunicipalityInJsonInEnglish() {
    CliRun r =
        run(
            "activity",
            "measures",
            "--sample",
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31",
            "--by",
            "municipality",
            "--format",
            "json",
            "--lang",
            "en");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "\"by\" : \"municipality\"",
            "\"municipality\" : \"101\"",
            "\"municipality\" : \"147\"",
            "\"municipality\" : \"151\"",
            "\"rule\" : \"ACT-5\"",
            "\"source\" : \"FLIS-DFDG §6.5\"",
            "\"read\" : 30");
  }

  @Test
  void byMonthSplitsThePeriodIntoCalendarMonths() {
    CliRun r =
        run(
            "activity",
            "measures",
            "--sample",
            "--from",
            "2022-02-15",
            "--to",
            "2022-04-10",
            "--by",
            "month",
            "--lang",
            "en");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("month;from;to;rule;measure;label;value;source\n")
        .contains(
            "2022-02;2022-02-15;2022-02-28;ACT-1;",
            "2022-03;2022-03-01;2022-03-31;ACT-1;",
            "2022-04;2022-04-01;2022-04-10;ACT-1;");
  }

  @Test
  void rejectedRowsArePrintedAsFileLineReasonWithoutTheCprAndExit1() throws IOException {
    Path f = dir.resolve("records.csv");
    Files.writeString(
        f,
        "record;citizen;date;type\n"
            + "conversation;0101801111;2022-03-05;Jobsamtale\n"
            + "conversation;0101801111;2022-03-05;Kaffemøde\n"
            + "meeting;0101801111;2022-03-05;\n",
        StandardCharsets.UTF_8);
    CliRun r =
        run("activity", "measures", f.toString(), "--from", "2022-03-01", "--to", "2022-03-31");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
    assertThat(r.err())
        .contains(
            f + ":3: type: 'Kaffemøde' is not in the code list conversation-types",
            f + ":4: record: 'meeting' is not activation, visitation, conversation or aid")
        .doesNotContain("0101801111", "010180");
    assertThat(r.out()).contains("ACT-4;conversations;Antal samtaler;1;");
  }

  @Test
  void inputErrorsAreOneLineWithExit2AndNoStackTrace() throws IOException {
    Path noCitizen = dir.resolve("bad.csv");
    Files.writeString(noCitizen, "record;date\nconversation;2022-03-01\n", StandardCharsets.UTF_8);
    for (String[] args :
        new String[][] {
          {
            "activity",
            "measures",
            noCitizen.toString(),
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31"
          },
          {"activity", "measures", "--sample", "--from", "2022-03-31", "--to", "2022-03-01"},
          {"activity", "measures", "--sample", "--from", "1 March", "--to", "2022-03-31"},
          {
            "activity",
            "measures",
            "--sample",
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31",
            "--by",
            "week"
          },
          {
            "activity",
            "measures",
            dir.resolve("none.csv").toString(),
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31"
          },
          {"activity", "measures", "--from", "2022-03-01", "--to", "2022-03-31"},
          {
            "activity",
            "measures",
            "--sample",
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31",
            "--column",
            "nobody=x"
          },
          {"activity", "measures", "--sample", "--to", "2022-03-31"}
        }) {
      CliRun r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .as(String.join(" ", args))
          .startsWith("dfdg: ")
          .doesNotContain("Exception", "\tat ");
    }
    CliRun r =
        run(
            "activity",
            "measures",
            noCitizen.toString(),
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31");
    assertThat(r.err()).contains("no citizen column");
  }

  @Test
  void columnNamesCanBeGiven() throws IOException {
    Path f = dir.resolve("own.csv");
    Files.writeString(
        f, "slags,cpr_nr,dag\nsamtale,0101801111,2022-03-05\n", StandardCharsets.UTF_8);
    CliRun r =
        run(
            "activity",
            "measures",
            f.toString(),
            "--from",
            "2022-03-01",
            "--to",
            "2022-03-31",
            "--column",
            "record=slags",
            "--column",
            "citizen=cpr_nr",
            "--column",
            "date=dag");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("ACT-1;citizens;Antal borgere;1;", "ACT-4;conversations;");
  }

  @Test
  void extremeDatesAndAHugeMonthlyRangeAreOneLineExit2NotOutOfMemory() {
    CliRun far =
        CliRun.run(
            "activity",
            "measures",
            "--sample",
            "--from",
            "2022-03-01",
            "--to",
            "+999999999-12-31",
            "--by",
            "month");
    assertThat(far.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(far.err()).contains("--to must be a date from 1900-01-01 to 9999-12-31");
    CliRun long_ =
        CliRun.run(
            "activity",
            "measures",
            "--sample",
            "--from",
            "1900-01-01",
            "--to",
            "9999-12-31",
            "--by",
            "month");
    assertThat(long_.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(long_.err()).contains("at most 1200 months").hasLineCount(1);
  }
}
