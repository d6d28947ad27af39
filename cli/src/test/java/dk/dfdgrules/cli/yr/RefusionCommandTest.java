/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusionCommandTest {

  @TempDir Path dir;

  static String weeks(int year, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int w = from; w <= to; w++) {
      s.append(",y_").append(String.format("%02d%02d", year % 100, w));
    }
    return s.toString();
  }

  @Test
  void theSampleCountsPersonsPerStepPerWeek() {
    CliRun r =
        run("yr", "refusion", "--sample", "--counts", "--from", "2022-W10", "--to", "2022-W21");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("week;80 %;40 %;30 %;20 %");
    assertThat(lines).hasSize(13);
    assertThat(lines.get(1)).startsWith("2022-W10;");
    assertThat(r.err()).contains("rækker læst 300");
  }

  @Test
  void theSamplePerPersonAndBenefitWeek() {
    CliRun r = run("yr", "refusion", "--sample", "--from", "2019-W01", "--to", "2019-W02");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("person;week;kind;code;number;step;rate;coFinancingRate;restart");
    assertThat(lines.size()).isGreaterThan(10);
    assertThat(lines.get(1)).startsWith("#");
  }

  @Test
  void aWideFileFollowsTheSpecsThirdExample_andMasksCprNumbers() throws Exception {
    // 30 benefit weeks (2017-W01 … W30), 52 blank weeks, 5 benefit weeks: a restart
    StringBuilder header =
        new StringBuilder("cpr").append(weeks(2017, 1, 52)).append(weeks(2018, 1, 35));
    StringBuilder row = new StringBuilder("0101901234");
    for (int i = 0; i < 87; i++) {
      row.append(',').append(i < 30 || i >= 82 ? "130" : "");
    }
    Path f = dir.resolve("wide.csv");
    Files.writeString(f, header + "\n" + row + "\n");
    CliRun r = run("yr", "refusion", f.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(36);
    assertThat(lines.get(31)).contains(";2018-W31;BENEFIT;130;1;80 %;80;;52 self-support weeks");
    assertThat(lines.get(35)).contains(";2018-W35;BENEFIT;130;5;40 %;40;;");
    assertThat(r.out() + r.err()).doesNotContain("0101901234").doesNotContain("010190-1234");
  }

  @Test
  void aLongFileIsReadToo_andJsonWritten() throws Exception {
    Path f = dir.resolve("long.csv");
    StringBuilder s = new StringBuilder("person;week;code\n");
    for (int w = 1; w <= 6; w++) {
      s.append("1;2020-W0").append(w).append(";111\n");
    }
    s.append("2;2020-W01;890\n");
    Files.writeString(f, s.toString());
    CliRun r = run("yr", "refusion", f.toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(7);
    assertThat(rows.get(4).get("coFinancingRate").asInt()).isEqualTo(60);
    assertThat(rows.get(6).get("rate").asInt()).isEqualTo(80);
  }

  @Test
  void aBadRowIsReportedByLineWithoutThePersonKey_exit1() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "cpr,y_2001,y_2002\n0101901234,111,111\n0202901234,1x1,111\n");
    CliRun r = run("yr", "refusion", f.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":3: ").doesNotContain("0202901234").doesNotContain("020290");
  }

  @Test
  void badInputIsOneLine_exit2_neverAStackTrace() throws Exception {
    Path f = dir.resolve("notdream.csv");
    Files.writeString(f, "foo;bar\n0101901234;1\n");
    for (CliRun r :
        List.of(
            run("yr", "refusion", f.toString()),
            run("yr", "refusion", dir.resolve("missing.csv").toString()),
            run("yr", "refusion", "--sample", "--persons", "--counts"),
            run("yr", "refusion", "--sample", "--format", "xml"),
            run("yr", "refusion", "--sample", "--from", "2020-W10", "--to", "2020-W01"))) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err().lines().filter(l -> l.startsWith("dfdg")).count()).isEqualTo(1);
      assertThat(r.err())
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("0101901234");
    }
  }

  @Test
  void aLongFileNotSortedByPersonIsOneLine_exit2() throws Exception {
    Path f = dir.resolve("unsorted.csv");
    Files.writeString(f, "person;week;code\n2;2020-W01;111\n1;2020-W02;111\n");
    CliRun r = run("yr", "refusion", f.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("line 3")
        .contains("not sorted by person")
        .doesNotContain("memory");
  }

  @Test
  void aCallersWeekKindTableReplacesTheStandardOne() throws Exception {
    Path kinds = dir.resolve("kinds.tsv");
    Files.writeString(kinds, "code\tkind\tcoFinanced\n130\tOTHER_SUPPORT\tfalse\n");
    Path f = dir.resolve("wide.csv");
    Files.writeString(f, "lobenr,y_2001,y_2002\n1,130,890\n");
    CliRun r = run("yr", "refusion", f.toString(), "--kinds", kinds.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "person;week;kind;code;number;step;rate;coFinancingRate;restart",
            "#1;2020-W02;BENEFIT;890;1;80 %;80;;");
    Files.writeString(kinds, "code\tkind\tcoFinanced\n130\tSTUDENT\tfalse\n");
    CliRun bad = run("yr", "refusion", f.toString(), "--kinds", kinds.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("line 2");
  }
}
