/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.cli.CliRun;
import dk.dfdgrules.cli.common.ExitCodes;
import dk.dfdgrules.cli.report.ReportCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The views of {@code dfdg dream keyfigures} a person looks at — the terminal summary and the HTML
 * report — show the numbers of the CSV of the same run, suppressed cells included.
 */
class KeyFigureReportsTest {

  @TempDir Path dir;

  /** A run whose standard output is (as the command sees it) a terminal. */
  static CliRun onTerminal(String... args) {
    return CliRun.run(
        cl -> {
          KeyFiguresCommand command =
              cl.getSubcommands().get("dream").getSubcommands().get("keyfigures").getCommand();
          command.terminal = () -> true;
        },
        args);
  }

  private String run(String name, String... args) throws IOException {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(List.of("dream", "keyfigures", "--sample"));
    all.addAll(Arrays.asList(args));
    all.addAll(List.of("--out", out.toString()));
    CliRun r = CliRun.run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Nested
  class HtmlReport {

    @ParameterizedTest
    @ValueSource(strings = {"year", "quarter", "week"})
    void everyNumberOnThePageEqualsTheCsvOfTheSameRun(String period) throws IOException {
      String csv = run("k.csv", "--period", period);
      String html = run("k.html", "--period", period, "--format", "html");
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.numbers(html)).hasSizeGreaterThan(100);
      // every benefit group's persons in every period (the line chart's table), but Ingen ydelse
      assertThat(
              ReportCheck.missing(
                  html,
                  csv,
                  e ->
                      e.getKey().startsWith("persons;")
                          && !e.getKey().contains(";Ingen ydelse;")
                          && !e.getValue()[0].equals("0"),
                  "n"))
          .isEmpty();
    }

    @Test
    void showsThe24KeyFiguresAndTheStatusesOfTheLatestFollowedPeriod() throws IOException {
      String csv = run("k.csv", "--period", "year");
      String html = run("k.html", "--period", "year", "--format", "html");
      List<String> keyFigures =
          ReportCheck.csvRows(csv).keySet().stream()
              .filter(k -> k.startsWith("keyfigure;2024;"))
              .toList();
      assertThat(keyFigures).hasSize(24);
      assertThat(ReportCheck.missing(html, csv, e -> keyFigures.contains(e.getKey()), "n", "share"))
          .isEmpty();
      assertThat(
              ReportCheck.missing(
                  html,
                  csv,
                  e ->
                      e.getKey().startsWith("status;2024;")
                          && !e.getKey().endsWith(";Ukendt (uge t+52 efter data)")
                          && !e.getKey().endsWith(";Udtrådt af befolkningen (997/999)"),
                  "n",
                  "share"))
          .isEmpty();
      assertThat(html)
          .contains(
              "<html lang=\"da\">",
              "name=\"viewport\"",
              "@media print",
              "bestandsopgørelser",
              "DREAM vejledning 44",
              "<title id=\"s1-t\">",
              "<desc id=\"s1-d\">",
              "<caption>Diagrammets tal</caption>");
    }

    @Test
    void needsNoNetworkHasNoScriptAndNoCprNumber() throws IOException {
      String html = run("k.html", "--period", "month", "--format", "html", "--lang", "en");
      assertThat(html).contains("<html lang=\"en\">").doesNotContain("http://", "https://");
      assertThat(html).doesNotContainPattern("(?i)<script|<link\\b|<img\\b|@import|url\\(|<iframe");
      assertThat(html).doesNotContainPattern("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    }
  }

  @Nested
  class Suppression {

    @Test
    void smallCountsAreShownAsSuppressedInTheCsvThePageAndTheSummaryNeverAsZero()
        throws IOException {
      String csv = run("k.csv", "--period", "year", "--suppress-below", "5");
      String html = run("k.html", "--period", "year", "--format", "html", "--suppress-below", "5");
      Map<String, String[]> rows = ReportCheck.csvRows(csv);
      List<String> hidden =
          rows.entrySet().stream()
              .filter(e -> e.getValue()[0].equals("<5"))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(hidden).isNotEmpty();
      assertThat(rows.values()).allSatisfy(v -> assertThat(v[0]).matches("0|[5-9]|\\d{2,}|<5"));
      assertThat(ReportCheck.problems(html, csv)).isEmpty();
      assertThat(ReportCheck.numbers(html))
          .filteredOn(s -> hidden.contains(s.key()))
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.text()).isIn("<5", "·"));
      assertThat(html).contains("&lt;5");

      CliRun summary =
          onTerminal(
              "dream", "keyfigures", "--sample", "--period", "year", "--suppress-below", "5");
      // Revalidering has 1 person in 2024, Integrationsydelse - (Jobparate) 4
      assertThat(summary.out().lines())
          .anySatisfy(l -> assertThat(l).matches("Revalidering +<5 +· +· +·.*"))
          .anySatisfy(l -> assertThat(l).matches("Integrationsydelse - \\(Jobparate\\) +<5 .*"))
          .noneSatisfy(l -> assertThat(l).startsWith("Revalidering").contains(" 0"));
    }

    @Test
    void isNotForJson() {
      CliRun r =
          CliRun.run(
              "dream", "keyfigures", "--sample", "--format", "json", "--suppress-below", "5");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("--suppress-below");
    }
  }

  @Nested
  class TerminalSummary {

    @Test
    void isAShortAlignedTableWhoseNumbersAreTheCsvs() throws IOException {
      CliRun r = onTerminal("dream", "keyfigures", "--sample", "--period", "year");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSizeLessThan(40);
      assertThat(lines.get(0)).startsWith("DREAM-nøgletal 2024:");
      assertThat(r.out())
          .contains("bestandsopgørelser", "læst 300, brugt 300, afvist 0", "--format csv", "--out");
      String header =
          lines.stream().filter(l -> l.startsWith("Ydelsesgruppe")).findFirst().orElseThrow();
      assertThat(header.split(" {2,}"))
          .containsExactly("Ydelsesgruppe", "Borgere", "Samme", "Anden", "Ingen", "Udtrådt");
      // each group's line: the persons and the three shares equal the CSV's
      Map<String, String[]> rows = ReportCheck.csvRows(run("k.csv", "--period", "year"));
      String[] outcomes = {
        "Modtager forsat ydelse", "Modtager anden ydelse", "Modtager ikke længere ydelse"
      };
      int checked = 0;
      for (String line : lines) {
        String[] f = line.split(" {2,}");
        String[] persons = rows.get("persons;2024;" + f[0] + ";");
        if (persons == null || f[0].equals("Ingen ydelse")) {
          continue;
        }
        assertThat(f[1]).isEqualTo(persons[0]);
        for (int i = 0; i < outcomes.length; i++) {
          String share = rows.get("status;2024;" + f[0] + ";" + outcomes[i])[1];
          assertThat(f[2 + i])
              .as(line)
              .isEqualTo(
                  new BigDecimal(share)
                          .movePointRight(2)
                          .setScale(1, RoundingMode.HALF_EVEN)
                          .toPlainString()
                          .replace('.', ',')
                      + " %");
        }
        checked++;
      }
      assertThat(checked).isEqualTo(16);
      // the columns line up: every table line is as long as the rule under the header, or shorter
      int width = lines.get(lines.indexOf(header) + 1).length();
      assertThat(header.length()).isEqualTo(width);
    }

    @Test
    void speaksEnglishWithLangEn() {
      CliRun r = onTerminal("dream", "keyfigures", "--sample", "--period", "year", "--lang", "en");
      assertThat(r.out())
          .startsWith("DREAM key figures 2024:")
          .contains("Benefit group", "Persons", "Same", "stock counts");
    }

    @Test
    void pipedOrWithFormatOrOutTheOutputIsTheCsv() {
      assertThat(CliRun.run("dream", "keyfigures", "--sample", "--period", "year").out())
          .startsWith("# STAR")
          .contains("table;period;group;detail;persons;share");
      assertThat(
              onTerminal("dream", "keyfigures", "--sample", "--period", "year", "--format", "csv")
                  .out())
          .contains("table;period;group;detail;persons;share");
    }
  }
}
