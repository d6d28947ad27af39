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
import dk.dfdgrules.cli.report.ReportCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dfdg visitation courses}' citizens per category per week: the counts CSV held to the week
 * rows, the HTML report and the terminal summary held to the counts CSV.
 */
class VisitationReportsTest {

  static final String LOAD = "2024-12";

  @TempDir Path dir;

  /** A run whose standard output is (as the command sees it) a terminal. */
  static CliRun onTerminal(String... args) {
    return CliRun.run(
        cl -> {
          CoursesCommand command =
              cl.getSubcommands().get("visitation").getSubcommands().get("courses").getCommand();
          command.terminal = () -> true;
        },
        args);
  }

  private String run(String name, String... args) throws IOException {
    Path out = dir.resolve(name);
    List<String> all =
        new ArrayList<>(List.of("visitation", "courses", "--sample", "--load-month", LOAD));
    all.addAll(Arrays.asList(args));
    all.addAll(List.of("--out", out.toString()));
    CliRun r = CliRun.run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theCountsAreTheWeekRowsPerWeekAndCategory() throws IOException {
    Map<String, Long> rows = new TreeMap<>();
    run("w.csv", "--weeks")
        .lines()
        .skip(1)
        .map(l -> l.split(";"))
        .forEach(f -> rows.merge(f[1] + ";" + f[2], 1L, Long::sum));
    Map<String, String[]> counts = ReportCheck.csvRows(run("c.csv", "--counts"));
    assertThat(rows).hasSizeGreaterThan(400);
    counts.forEach(
        (k, v) -> assertThat(Long.parseLong(v[0])).as(k).isEqualTo(rows.getOrDefault(k, 0L)));
    assertThat(counts.keySet()).containsAll(rows.keySet());
    // every week from the first to the last is a row, one without citizens too
    assertThat(counts.keySet().stream().map(k -> k.substring(0, 8)).distinct().count())
        .isEqualTo(
            dk.dfdgrules.core.time.IsoWeek.parse("2017-W04")
                    .weeksUntil(dk.dfdgrules.core.time.IsoWeek.parse("2024-W48"))
                + 1);
  }

  @Nested
  class HtmlReport {

    @Test
    void everyCountOfTheCsvIsOnThePageAndEqualsIt() throws IOException {
      String csv = run("c.csv", "--counts");
      String html = run("v.html", "--format", "html");
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.missing(html, csv, e -> true, "n")).isEmpty();
      assertThat(ReportCheck.numbers(html)).hasSizeGreaterThan(4 * 400);
      assertThat(html)
          .contains(
              "<html lang=\"da\">",
              "Visitationskategorier: borgere pr. kategori pr. uge",
              "<title id=\"s1-t\">Borgere pr. visitationskategori</title>",
              "<caption>Diagrammets tal</caption>",
              "VIS-1 … VIS-4",
              "Talt af dfdg ud fra jobbets ugerækker",
              "2017-W04 .. 2024-W48",
              "læst 496, brugt 482, udeladt (VIS-2) 14, afvist 0");
    }

    @Test
    void needsNoNetworkHasNoScriptAndNoCprNumber_inEnglish() throws IOException {
      String html = run("v.html", "--format", "html", "--lang", "en");
      assertThat(html)
          .contains("<html lang=\"en\">", "Citizens per visitation category", "How counted")
          .doesNotContain("http://", "https://", "Borgere");
      assertThat(html).doesNotContainPattern("(?i)<script|<link\\b|<img\\b|@import|url\\(|<iframe");
      assertThat(html).doesNotContainPattern("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    }

    @Test
    void needsTheLoadMonth() {
      for (String option : List.of("--counts", "--format=html")) {
        CliRun r = CliRun.run("visitation", "courses", "--sample", option);
        assertThat(r.exitCode()).as(option).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("needs --load-month").doesNotContain("Exception");
      }
    }
  }

  @Nested
  class Suppression {

    @Test
    void smallCountsAreSuppressedInTheCsvThePageAndTheSummaryNeverAsZero() throws IOException {
      String csv = run("c.csv", "--counts", "--suppress-below", "5");
      String html = run("v.html", "--format", "html", "--suppress-below", "5");
      Map<String, String[]> cells = ReportCheck.csvRows(csv);
      Map<String, String[]> plain = ReportCheck.csvRows(run("p.csv", "--counts"));
      List<String> hidden =
          cells.entrySet().stream()
              .filter(e -> e.getValue()[0].equals("<5"))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(hidden).isNotEmpty();
      assertThat(cells.values()).allSatisfy(v -> assertThat(v[0]).matches("0|[5-9]|\\d{2,}|<5"));
      assertThat(hidden)
          .allSatisfy(k -> assertThat(Long.parseLong(plain.get(k)[0])).isBetween(1L, 4L));
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.numbers(html))
          .filteredOn(s -> hidden.contains(s.key()))
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.text()).isEqualTo("<5"));

      // 2024-W48: Uddannelsesparat 3, Åbenlyst uddannelsesparat 4
      CliRun summary =
          onTerminal(
              "visitation", "courses", "--sample", "--load-month", LOAD, "--suppress-below", "5");
      assertThat(summary.out().lines())
          .anySatisfy(l -> assertThat(l).matches("Uddannelsesparat +<5"))
          .anySatisfy(l -> assertThat(l).matches("Åbenlyst uddannelsesparat +<5"))
          .anySatisfy(l -> assertThat(l).matches("Jobparat +12"));
    }

    @Test
    void isNotForCoursesWeekRowsNorJson() {
      for (String[] args :
          List.of(
              new String[] {"--suppress-below", "5"},
              new String[] {"--weeks", "--suppress-below", "5"},
              new String[] {"--counts", "--format", "json", "--suppress-below", "5"})) {
        List<String> all =
            new ArrayList<>(List.of("visitation", "courses", "--sample", "--load-month", LOAD));
        all.addAll(Arrays.asList(args));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--suppress-below");
      }
    }
  }

  @Nested
  class TerminalSummary {

    @Test
    void isTheLatestWeeksCitizensPerCategoryAsTheCsvHasThem() throws IOException {
      CliRun r = onTerminal("visitation", "courses", "--sample", "--load-month", LOAD);
      assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSizeLessThan(30);
      assertThat(lines.get(0)).isEqualTo("Visitationskategorier 2024-W48: borgere pr. kategori");
      Map<String, String[]> counts = ReportCheck.csvRows(run("c.csv", "--counts"));
      int checked = 0;
      for (String category :
          List.of("Jobparat", "Aktivitetsparat", "Uddannelsesparat", "Åbenlyst uddannelsesparat")) {
        String line =
            lines.stream().filter(l -> l.startsWith(category + " ")).findFirst().orElseThrow();
        String[] f = line.split(" {2,}");
        assertThat(f[1]).as(line).isEqualTo(counts.get("2024-W48;" + category)[0]);
        checked++;
      }
      assertThat(checked).isEqualTo(4);
      assertThat(r.out()).contains("--counts", "--out", "html", "ugerækker (VIS-4)");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void speaksEnglishWithLangEn() {
      assertThat(
              onTerminal("visitation", "courses", "--sample", "--load-month", LOAD, "--lang", "en")
                  .out())
          .startsWith("Visitation categories 2024-W48: citizens per category")
          .contains("Visitation category", "Citizens 2024-W48", "Load month");
    }

    @Test
    void pipedOrWithoutTheLoadMonthTheOutputIsAsBefore() {
      assertThat(CliRun.run("visitation", "courses", "--sample", "--load-month", LOAD).out())
          .startsWith("citizen;category;start;end;weeks;first_week;last_week\n");
      assertThat(onTerminal("visitation", "courses", "--sample").out())
          .startsWith("citizen;category;start;end\n");
      assertThat(
              onTerminal("visitation", "courses", "--sample", "--load-month", LOAD, "--weeks")
                  .out())
          .startsWith("citizen;week;category;course_start\n");
    }
  }
}
