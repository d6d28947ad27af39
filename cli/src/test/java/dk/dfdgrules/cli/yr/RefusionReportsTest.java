/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.yr;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dfdg yr refusion}'s HTML report and terminal summary, held to its --counts CSV. */
class RefusionReportsTest {

  @TempDir Path dir;

  /** A run whose standard output is (as the command sees it) a terminal. */
  static CliRun onTerminal(String... args) {
    return CliRun.run(
        cl -> {
          RefusionCommand command =
              cl.getSubcommands().get("yr").getSubcommands().get("refusion").getCommand();
          command.terminal = () -> true;
        },
        args);
  }

  private String run(String name, String... args) throws IOException {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(List.of("yr", "refusion", "--sample"));
    all.addAll(Arrays.asList(args));
    all.addAll(List.of("--out", out.toString()));
    CliRun r = CliRun.run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The CSV's last row: the latest week and its persons per step. */
  private static String[] lastRow(String csv) {
    List<String> lines = csv.lines().toList();
    return lines.get(lines.size() - 1).split(";");
  }

  @Nested
  class HtmlReport {

    @Test
    void everyCountOfTheCsvIsOnThePageAndEqualsIt() throws IOException {
      String csv = run("r.csv", "--counts");
      String html = run("r.html", "--format", "html");
      Map<String, String[]> cells = ReportCheck.csvRows(csv);
      assertThat(cells).hasSizeGreaterThan(4 * 400);
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.missing(html, csv, e -> true, "n")).isEmpty();
      assertThat(html)
          .contains(
              "<html lang=\"da\">",
              "Refusionstrappen: borgere pr. trin pr. uge",
              "<title id=\"s1-t\">Borgere pr. refusionstrin</title>",
              "<caption>Diagrammets tal</caption>",
              "REF-1 … REF-3",
              "læst 300, brugt 300, afvist 0; borgere 300",
              "2019-W01 .. 2026-W47",
              "fortolkning");
    }

    @Test
    void fromAndToLimitThePageAsTheyLimitTheCsv() throws IOException {
      String[] range = {"--from", "2022-W10", "--to", "2022-W21"};
      String csv = run("r.csv", concat("--counts", range));
      String html = run("r.html", concat("--format", concat("html", range)));
      assertThat(ReportCheck.csvRows(csv)).hasSize(4 * 12);
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.numbers(html))
          .extracting(ReportCheck.Shown::key)
          .doesNotContain("2022-W09;80 %", "2022-W22;80 %");
      assertThat(ReportCheck.missing(html, csv, e -> true, "n")).isEmpty();
    }

    @Test
    void needsNoNetworkHasNoScriptAndNoCprNumber_inEnglish() throws IOException {
      String html = run("r.html", "--format", "html", "--lang", "en");
      assertThat(html)
          .contains("<html lang=\"en\">", "Persons per refusion step", "The numbers of the chart")
          .doesNotContain("http://", "https://", "Borgere");
      assertThat(html).doesNotContainPattern("(?i)<script|<link\\b|<img\\b|@import|url\\(|<iframe");
      assertThat(html).doesNotContainPattern("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    }

    @Test
    void isForTheCountsNotForPersons() {
      CliRun r = CliRun.run("yr", "refusion", "--sample", "--persons", "--format", "html");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("--format html").doesNotContain("Exception");
    }
  }

  @Nested
  class Suppression {

    @Test
    void smallCountsAreSuppressedInTheCsvThePageAndTheSummaryNeverAsZero() throws IOException {
      String csv = run("r.csv", "--counts", "--suppress-below", "5");
      String html = run("r.html", "--format", "html", "--suppress-below", "5");
      Map<String, String[]> cells = ReportCheck.csvRows(csv);
      List<String> hidden =
          cells.entrySet().stream()
              .filter(e -> e.getValue()[0].equals("<5"))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(hidden).isNotEmpty();
      assertThat(cells.values()).allSatisfy(v -> assertThat(v[0]).matches("0|[5-9]|\\d{2,}|<5"));
      // the same run without suppression: exactly the counts 1 to 4 are hidden
      Map<String, String[]> plain = ReportCheck.csvRows(run("p.csv", "--counts"));
      assertThat(hidden)
          .allSatisfy(k -> assertThat(Long.parseLong(plain.get(k)[0])).isBetween(1L, 4L));
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.numbers(html))
          .filteredOn(s -> hidden.contains(s.key()))
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.text()).isEqualTo("<5"));
      assertThat(html).contains("&lt;5", "Diskretion");

      // 2026-W47, the sample's last week, has 4 persons on the 80 % step
      CliRun summary = onTerminal("yr", "refusion", "--sample", "--suppress-below", "5");
      assertThat(summary.out().lines())
          .anySatisfy(l -> assertThat(l).matches("80 % +1–4 +20 % +<5"))
          .noneSatisfy(l -> assertThat(l).matches("80 % .* 0"));
    }

    @Test
    void isNotForPersonsNorJson() {
      for (String[] args :
          List.of(
              new String[] {"--persons", "--suppress-below", "5"},
              new String[] {"--counts", "--format", "json", "--suppress-below", "5"})) {
        CliRun r = CliRun.run(concat("yr", concat("refusion", concat("--sample", args))));
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--suppress-below");
      }
    }
  }

  @Nested
  class TerminalSummary {

    @Test
    void isTheLatestWeeksPersonsPerStepAsTheCsvHasThem() throws IOException {
      CliRun r = onTerminal("yr", "refusion", "--sample");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSizeLessThan(30);
      String[] last = lastRow(run("r.csv", "--counts"));
      assertThat(lines.get(0)).isEqualTo("Refusionstrappen " + last[0] + ": borgere pr. trin");
      assertThat(r.out())
          .contains("læst 300, brugt 300, afvist 0; borgere 300", "--counts", "--out", "html");
      String header = lines.stream().filter(l -> l.startsWith("Trin")).findFirst().orElseThrow();
      assertThat(header.split(" {2,}"))
          .containsExactly(
              "Trin (refusion)", "Uger i forløbet", "Medfinansiering", "Borgere " + last[0]);
      String[] steps = {"80 %", "40 %", "30 %", "20 %"};
      for (int i = 0; i < steps.length; i++) {
        String step = steps[i];
        String line = lines.stream().filter(l -> l.startsWith(step)).findFirst().orElseThrow();
        String[] f = line.split(" {2,}");
        assertThat(f[f.length - 1]).as(line).isEqualTo(last[1 + i]);
        assertThat(line).hasSize(header.length());
      }
      assertThat(r.err()).isEmpty();
    }

    @Test
    void speaksEnglishWithLangEn() {
      assertThat(onTerminal("yr", "refusion", "--sample", "--lang", "en").out())
          .startsWith("The refusion steps 2026-W47: persons per step")
          .contains("Step (refusion)", "Co-financing", "read 300, used 300, rejected 0");
    }

    @Test
    void pipedOrWithPersonsCountsFormatOrOutTheOutputIsAsBefore() {
      assertThat(CliRun.run("yr", "refusion", "--sample").out())
          .startsWith("person;week;kind;code;number;step;rate;coFinancingRate;restart\n");
      assertThat(CliRun.run("yr", "refusion", "--sample", "--counts").out())
          .startsWith("week;80 %;40 %;30 %;20 %\n2019-W01;");
      assertThat(onTerminal("yr", "refusion", "--sample", "--counts").out())
          .startsWith("week;80 %;40 %;30 %;20 %\n");
      assertThat(onTerminal("yr", "refusion", "--sample", "--format", "csv").out())
          .startsWith("person;week;");
    }
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
