/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import static dk.dfdgrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DreamCommandTest {

  @TempDir Path dir;

  @Test
  void theCommittedSampleIsTheBundledSample() throws Exception {
    Path committed = Path.of("..", "samples", "dream-wide-sample.csv");
    assertThat(Files.readAllBytes(committed)).isEqualTo(BundledSample.bytes());
    Path again = dir.resolve("again.csv");
    assertThat(
            run(
                    "dream",
                    "sample",
                    "--persons",
                    "300",
                    "--seed",
                    "1",
                    "--from",
                    "2019-W01",
                    "--to",
                    "2026-W47",
                    "--out",
                    again.toString())
                .exitCode())
        .isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(BundledSample.bytes());
  }

  @Test
  void aSampleWrittenWithoutATerminalShowsNoProgress() throws Exception {
    // the tests run without a console, as a redirected run: standard error stays empty
    Path f = dir.resolve("big.csv");
    CliRun r =
        run(
            "dream",
            "sample",
            "--persons",
            "50000",
            "--from",
            "2020-W01",
            "--to",
            "2020-W10",
            "--out",
            f.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    try (var lines = Files.lines(f)) {
      assertThat(lines.count()).isEqualTo(50_001L);
    }
  }

  @Test
  void aWeekOptionThatIsNoWeekIsAUsageError() {
    CliRun keyFigures = run("dream", "keyfigures", "--sample", "--from", "2015-38");
    assertThat(keyFigures.exitCode()).isEqualTo(2);
    assertThat(keyFigures.err()).contains("--from", "must be a week like 2015-W01, was '2015-38'");
    CliRun sample = run("dream", "sample", "--persons", "1", "--to", "2026-W54");
    assertThat(sample.exitCode()).isEqualTo(2);
    assertThat(sample.err()).contains("--to", "must be a week like 2015-W01, was '2026-W54'");
    assertThat(sample.out()).isEmpty();
  }

  @Test
  void keyFiguresOfTheBundledSample_withTheCaveatInTheHeader() {
    CliRun r = run("dream", "keyfigures", "--sample", "--period", "year");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("# STAR fremhæver, at DREAM ikke bør anvendes til bestandsopgørelser");
    assertThat(r.out()).contains("table;period;group;detail;persons;share");
    long keyFigureRows = r.out().lines().filter(l -> l.startsWith("keyfigure;2020;")).count();
    assertThat(keyFigureRows).isEqualTo(24);
    assertThat(r.out()).contains("status;2020;A-dagpenge;Modtager forsat ydelse;");
    assertThat(r.err()).contains("rækker læst 300, brugt 300, afvist 0; borgere 300");
    assertThat(run("dream", "keyfigures", "--sample", "--lang", "en").out())
        .startsWith("# STAR stresses that DREAM should not be used for stock counts");
  }

  @Test
  void aFileAndJson() throws Exception {
    Path f = Path.of("..", "samples", "dream-wide-sample.csv");
    Path out = dir.resolve("k.json");
    CliRun r =
        run(
            "dream",
            "keyfigures",
            f.toString(),
            "--period",
            "quarter",
            "--from",
            "2020-W01",
            "--to",
            "2020-W52",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.exitCode()).isZero();
    JsonNode j = new ObjectMapper().readTree(Files.readString(out));
    assertThat(j.get("caveat").asText()).contains("bestandsopgørelser");
    assertThat(j.get("periods")).hasSize(4);
    assertThat(j.get("periods").get(0).get("period").asText()).isEqualTo("2020-Q1");
    assertThat(j.get("periods").get(0).get("keyFigures")).hasSize(24);
    assertThat(j.get("summary").get("rowsRead").asLong()).isEqualTo(300);
  }

  @Test
  void theChosenKeyFigureGroups() {
    CliRun r =
        run(
            "dream",
            "keyfigures",
            "--sample",
            "--period",
            "year",
            "--groups",
            "FLEXJOB,Sygedagpenge");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("keyfigure;2021;")).count()).isEqualTo(6);
    assertThat(run("dream", "keyfigures", "--sample", "--groups", "Nothing").exitCode())
        .isEqualTo(2);
  }

  @Test
  void badRowsAreReportedByLineWithoutTheKeyAndTheExitCodeSaysSo() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(
        f,
        "cpr;y_1901;y_1902\n0101901234;111;\n0202901234;123;\n0303901234;111\n",
        StandardCharsets.UTF_8);
    CliRun r = run("dream", "keyfigures", f.toString(), "--strict-codes"); // 123 is unlisted
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            f + ":3: ukendt ydelseskode (y_1901: 123).\n",
            f + ":4: forkert antal felter (2 of 3 fields).\n");
    assertThat(r.err()).contains("rækker læst 3, brugt 1, afvist 2");
    // (the file's name is the user's, digits of the temporary directory and all)
    assertThat((r.err() + r.out()).replace(dir.toString(), ""))
        .doesNotContainPattern("\\d{6}-?\\d{4}");
    Path rejects = dir.resolve("rejects.txt");
    CliRun r2 =
        run(
            "dream",
            "keyfigures",
            f.toString(),
            "--strict-codes",
            "--rejects",
            rejects.toString(),
            "--lang",
            "en");
    assertThat(r2.exitCode()).isEqualTo(1);
    assertThat(Files.readAllLines(rejects))
        .containsExactly(
            f + ":3: unknown benefit code (y_1901: 123).",
            f + ":4: wrong number of fields (2 of 3 fields).");
  }

  @Test
  void badRowsOfALongFileAndItsVisitTableNameTheirFileAndLine() throws Exception {
    Path y = dir.resolve("y.csv");
    Files.writeString(
        y,
        "lobenr;uge;y\n1;2020-W01;111\n1;2019-W53;111\n1;2020-W02;12\n2;2020-W01;111\n",
        StandardCharsets.UTF_8);
    Path visit = dir.resolve("visit.csv");
    Files.writeString(
        visit,
        "lobenr;kvartal;visit\n1;2020-Q1;Jobparat\n2;2020-Q9;Jobparat\n",
        StandardCharsets.UTF_8);
    CliRun r =
        run(
            "dream",
            "keyfigures",
            y.toString(),
            "--visit",
            visit.toString(),
            "--data-from",
            "2020-W01",
            "--data-to",
            "2020-W10",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(1);
    List<String> rejects = r.err().lines().filter(l -> l.contains(".csv:")).toList();
    assertThat(rejects)
        .containsExactly(
            y + ":3: invalid week (column 2).",
            y + ":4: invalid benefit code (column 3); must be blank or three digits.",
            visit + ":3: invalid quarter (kvartal); e.g. 2014-Q1, 2014K1 or 2014_1.");
    assertThat(r.err()).doesNotContain("()");
  }

  @Test
  void longFilesAreScannedAndCounted_unsortedOnesNeedInMemory() throws Exception {
    Path l = dir.resolve("long.csv");
    assertThat(
            run(
                    "dream",
                    "sample",
                    "--persons",
                    "50",
                    "--seed",
                    "3",
                    "--from",
                    "2019-W01",
                    "--to",
                    "2021-W10",
                    "--shape",
                    "long",
                    "--out",
                    l.toString())
                .exitCode())
        .isZero();
    CliRun r = run("dream", "keyfigures", l.toString(), "--period", "month");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("# data long 2019-W01 .. ");
    List<String> lines = new ArrayList<>(Files.readAllLines(l));
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(body, new Random(1));
    body.add(0, lines.get(0));
    Path shuffled = dir.resolve("shuffled.csv");
    Files.write(shuffled, body);
    CliRun bad = run("dream", "keyfigures", shuffled.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("not sorted by person")
        .doesNotContain("Exception")
        .hasLineCount(1);
    CliRun ok = run("dream", "keyfigures", shuffled.toString(), "--in-memory", "--period", "month");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out().lines().filter(x -> !x.startsWith("#")).toList())
        .isEqualTo(r.out().lines().filter(x -> !x.startsWith("#")).toList());
  }

  @Test
  void columnNamesAreConfigurable() throws Exception {
    Path f = dir.resolve("dsa.csv");
    // 2020 has 53 weeks: 52 weeks after 2020-W01 is 2020-W53
    Files.writeString(
        f,
        "borger;aaruge;kode\n7;2020-W01;111\n7;2020-W53;890\n8;2020-W01;730\n",
        StandardCharsets.UTF_8);
    CliRun r =
        run(
            "dream",
            "keyfigures",
            f.toString(),
            "--key-column",
            "borger",
            "--week-column",
            "AARUGE",
            "--code-column",
            "kode",
            "--from",
            "2020-W01",
            "--to",
            "2020-W01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("status;2020-W01;A-dagpenge;Modtager anden ydelse;1;1.0000");
    assertThat(r.err()).contains("rækker læst 3, brugt 3, afvist 0; borgere 2");
  }

  @Test
  void theVisitTableBesideALongFile() throws Exception {
    Path l = dir.resolve("y.csv");
    Path v = dir.resolve("visit.csv");
    String[] common = {
      "--persons", "200", "--seed", "5", "--from", "2019-W01", "--to", "2021-W10", "--out"
    };
    assertThat(
            run(concat(new String[] {"dream", "sample", "--shape", "long"}, common, l.toString()))
                .exitCode())
        .isZero();
    assertThat(
            run(concat(new String[] {"dream", "sample", "--shape", "visit"}, common, v.toString()))
                .exitCode())
        .isZero();
    assertThat(Files.readAllLines(v).get(0)).isEqualTo("lobenr;kvartal;visit");
    long visitRows = Files.readAllLines(v).size() - 1L;
    assertThat(visitRows).isPositive();
    CliRun without = run("dream", "keyfigures", l.toString(), "--period", "quarter");
    CliRun with =
        run("dream", "keyfigures", l.toString(), "--visit", v.toString(), "--period", "quarter");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.err())
        .contains("visit-tabel: rækker læst " + visitRows + ", brugt " + visitRows + ", afvist 0");
    assertThat(with.out()).contains("# rækker læst").contains("visit-tabel (DRM-4)");
    assertThat(with.out().lines().filter(x -> !x.startsWith("#")).toList())
        .as("the visit table changes job-ready versus activity-ready")
        .isNotEqualTo(without.out().lines().filter(x -> !x.startsWith("#")).toList());
    // a bad row of the visit table: reported with the file's name and line, exit code 1
    List<String> vl = new ArrayList<>(Files.readAllLines(v));
    vl.set(2, vl.get(2).replace("parat", "klar"));
    Path bad = dir.resolve("bad-visit.csv");
    Files.write(bad, vl);
    CliRun r =
        run(
            "dream",
            "keyfigures",
            l.toString(),
            "--visit",
            bad.toString(),
            "--format",
            "json",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":3: unknown visitation category (visit).\n");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("visitSummary").get("rowsRejected").asLong()).isEqualTo(1L);
    assertThat(j.get("summary").get("rowsRejected").asLong()).isZero();
    // unsorted: a clear error, or --in-memory
    List<String> body = new ArrayList<>(Files.readAllLines(v).subList(1, (int) visitRows + 1));
    Collections.shuffle(body, new Random(2));
    body.add(0, "lobenr;kvartal;visit");
    Path shuffled = dir.resolve("shuffled-visit.csv");
    Files.write(shuffled, body);
    CliRun unsorted = run("dream", "keyfigures", l.toString(), "--visit", shuffled.toString());
    assertThat(unsorted.exitCode()).isEqualTo(2);
    assertThat(unsorted.err())
        .contains("visit table")
        .contains("not sorted by person")
        .hasLineCount(1);
    CliRun inMemory =
        run(
            "dream",
            "keyfigures",
            l.toString(),
            "--visit",
            shuffled.toString(),
            "--in-memory",
            "--period",
            "quarter");
    assertThat(inMemory.exitCode()).isZero();
    assertThat(inMemory.out().lines().filter(x -> !x.startsWith("#")).toList())
        .isEqualTo(with.out().lines().filter(x -> !x.startsWith("#")).toList());
    // with a wide file, a usage error
    CliRun wide = run("dream", "keyfigures", "--sample", "--visit", v.toString());
    assertThat(wide.exitCode()).isEqualTo(2);
    assertThat(wide.err()).contains("wide");
  }

  private static String[] concat(String[] a, String[] b, String last) {
    List<String> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    out.add(last);
    return out.toArray(String[]::new);
  }

  @Test
  void usersMistakesGiveOneLineAndExitCode2() throws Exception {
    for (String[] args :
        new String[][] {
          {"dream", "keyfigures", "no-such-file.csv"},
          {"dream", "keyfigures"},
          {"dream", "keyfigures", "--sample", "--period", "fortnight"},
          {"dream", "keyfigures", "--sample", "--from", "2019-53"},
          {"dream", "keyfigures", "--sample", "--format", "xml"},
          {"dream", "keyfigures", "--sample", "--threads", "0"},
          {"dream", "sample", "--persons", "-1"},
          {"dream", "keyfigures", "--sample", "--no-such-option"}
        }) {
      CliRun r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("dfdg: ").doesNotContain("\tat ");
    }
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    CliRun r = run("dream", "keyfigures", empty.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("empty").hasLineCount(1);
  }

  @Test
  void unlistedCodesAreCountedInTheirRangeAndReportedOnce_strictCodesRejectsTheirRows()
      throws Exception {
    Path f = dir.resolve("wide.csv");
    Files.writeString(f, "cpr,y_2001,y_2002,y_2003\n1,131,131,\n2,891,,000\n3,111,111,111\n");
    CliRun r = run("dream", "keyfigures", f.toString(), "--lang", "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "# code 000 is not in the code list: 1 cells, 1 persons, counted as Anden ydelse",
            "# code 131 is not in the code list: 2 cells, 1 persons, counted as Kontanthjælp -"
                + " (Jobparate)",
            "# code 891 is not in the code list: 1 cells, 1 persons, counted as Sygedagpenge")
        .contains("persons;2020-W01;Kontanthjælp - (Jobparate);;1;");
    assertThat(r.out().lines().filter(l -> l.contains("code 131"))).hasSize(1);
    assertThat(r.err()).contains("rows read 3, used 3, rejected 0; persons 3");
    CliRun da = run("dream", "keyfigures", f.toString());
    assertThat(da.out()).contains("# kode 891 står ikke i kodelisten: 1 celler, 1 borgere");
    CliRun json = run("dream", "keyfigures", f.toString(), "--format", "json");
    JsonNode codes = new ObjectMapper().readTree(json.out()).path("summary").path("unlistedCodes");
    assertThat(codes).hasSize(3);
    assertThat(codes.get(1).path("code").asText()).isEqualTo("131");
    assertThat(codes.get(1).path("cells").asLong()).isEqualTo(2);
    assertThat(codes.get(1).path("persons").asLong()).isEqualTo(1);
    assertThat(codes.get(1).path("group").asText()).isEqualTo("Kontanthjælp - (Jobparate)");
    CliRun strict = run("dream", "keyfigures", f.toString(), "--strict-codes", "--lang", "en");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err())
        .contains(f + ":2: unknown benefit code (y_2001: 131).")
        .contains(f + ":3: unknown benefit code (y_2001: 891).")
        .contains("rows read 3, used 1, rejected 2");
    assertThat(strict.out()).doesNotContain("is not in the code list");
  }

  @Test
  void inputsThatAreNoDreamFileGiveOneLineNamingTheProblem_beforeAnyWork() throws Exception {
    Path good = Path.of("..", "samples", "dream-wide-sample.csv");
    Path headerOnly = dir.resolve("header.csv");
    Files.writeString(headerOnly, "cpr,y_2001,y_2002\n");
    Path binary = dir.resolve("binary.csv");
    byte[] junk = new byte[5000];
    new Random(1).nextBytes(junk);
    Files.write(binary, junk);
    Path longLine = dir.resolve("long-line.csv");
    Files.write(longLine, "x".repeat(5 << 20).getBytes(StandardCharsets.US_ASCII));
    Path week53 = dir.resolve("week53.csv");
    Files.writeString(week53, "cpr,y_1952,y_1953,y_2001\n1,111,111,111\n");
    Path week00 = dir.resolve("week00.csv");
    Files.writeString(week00, "cpr,y_2000,y_2001\n1,111,111\n");
    Path missing = dir.resolve("no-such-folder").resolve("k.csv");
    List<Object[]> cases =
        List.of(
            new Object[] {new String[] {dir.toString()}, "is a directory, not a DREAM file"},
            new Object[] {new String[] {headerOnly.toString()}, "no rows after the header"},
            new Object[] {new String[] {binary.toString()}, "line 1 is not a DREAM header ("},
            new Object[] {
              new String[] {longLine.toString()}, "line 1 is not a DREAM header (no line end in"
            },
            new Object[] {new String[] {week53.toString()}, "column y_1953 names no DREAM week"},
            new Object[] {new String[] {week00.toString()}, "column y_2000 names no DREAM week"},
            new Object[] {
              new String[] {good.toString(), "--out", missing.toString()},
              "--out " + missing + ": the folder"
            },
            new Object[] {
              new String[] {good.toString(), "--rejects", missing.toString()},
              "--rejects " + missing + ": the folder"
            },
            new Object[] {
              new String[] {good.toString(), "--out", dir.toString()}, "is a directory; name a file"
            });
    for (Object[] c : cases) {
      String[] args = concat(new String[] {"dream", "keyfigures"}, (String[]) c[0], "--lang");
      CliRun r = run(concat(args, new String[0], "en"));
      String what = String.join(" ", (String[]) c[0]);
      assertThat(r.exitCode()).as(what).isEqualTo(2);
      assertThat(r.err()).as(what).startsWith("dfdg: ").contains((String) c[1]).hasLineCount(1);
      assertThat(r.err().length()).as(what).isLessThan(400);
      assertThat(r.out()).as(what).isEmpty();
    }
    assertThat(Files.exists(missing.getParent())).isFalse();
    Path devNull = Path.of("/dev/null");
    if (Files.exists(devNull)) {
      CliRun r = run("dream", "keyfigures", devNull.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("/dev/null: not a regular file").hasLineCount(1);
    }
  }

  @Test
  void aStrayRowOfALongFileDoesNotMoveTheDataRange_theHeaderSaysHowItWasDecided() throws Exception {
    Path clean = dir.resolve("y.csv");
    assertThat(
            run(
                    "dream",
                    "sample",
                    "--persons",
                    "2000",
                    "--shape",
                    "long",
                    "--from",
                    "2019-W01",
                    "--to",
                    "2021-W47",
                    "--out",
                    clean.toString())
                .exitCode())
        .isZero();
    List<String> ls = new ArrayList<>(Files.readAllLines(clean));
    String key = ls.get(1).substring(0, ls.get(1).indexOf(';'));
    int at = 1;
    while (ls.get(at).startsWith(key + ";")) {
      at++;
    }
    ls.add(at, key + ";2030-W01;111");
    Path stray = dir.resolve("stray.csv");
    Files.write(stray, ls);
    CliRun a = run("dream", "keyfigures", clean.toString(), "--period", "year", "--lang", "en");
    CliRun b = run("dream", "keyfigures", stray.toString(), "--period", "year", "--lang", "en");
    assertThat(a.exitCode()).isZero();
    assertThat(b.exitCode()).isEqualTo(1);
    assertThat(b.out().lines().filter(l -> !l.startsWith("#")).toList())
        .isEqualTo(a.out().lines().filter(l -> !l.startsWith("#")).toList());
    assertThat(a.out()).contains("# data long 2019-W01 .. 2021-W47", "every row lies inside it");
    assertThat(b.out())
        .contains("# data long 2019-W01 .. 2021-W47")
        .contains("# data range: the weeks with at least ")
        .contains("0 rows before 2019-W01 and 1 rows after 2021-W47 (from 2019-W01 to 2030-W01)");
    assertThat(b.err()).contains(stray + ":" + (at + 1) + ": week 2030-W01 is outside the data.");
  }
}
