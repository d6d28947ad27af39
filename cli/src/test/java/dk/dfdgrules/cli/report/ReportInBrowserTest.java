/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.dfdgrules.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's HTML report as a person sees it: headless Chromium (Debian's {@code chromium}
 * package) opens the file, and the numbers in the DOM it rendered equal the CSV of the same run.
 * Skipped, with a message, only where {@code /usr/bin/chromium} is not installed (CI installs it:
 * {@code apt-get install chromium}). {@code cli/report-check.sh} does the same by hand and takes a
 * screenshot. The time limit only stops a hung browser.
 */
class ReportInBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  /** The DOM Chromium rendered from a file, with the flags that keep it off the network. */
  static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--dump-dom",
                page.toUri().toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] dom = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not end");
    }
    return new String(dom, StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void theNumbersChromiumShowsEqualTheCsv() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed (apt-get install chromium): the report is not opened"
            + " in a browser here");
    Path csv = dir.resolve("k.csv");
    Path html = dir.resolve("k.html");
    for (List<String> args :
        List.of(
            List.of("--out", csv.toString()),
            List.of("--format", "html", "--out", html.toString()))) {
      String[] all =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      "dream",
                      "keyfigures",
                      "--sample",
                      "--period",
                      "year",
                      "--suppress-below",
                      "3"),
                  args.stream())
              .toArray(String[]::new);
      assertThat(CliRun.run(all).exitCode()).isZero();
    }
    Path profile = Files.createDirectories(dir.resolve("profile"));
    String dom = dumpDom(html, profile);
    String csvText = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(dom).contains("DREAM-nøgletal", "<svg");
    List<ReportCheck.Shown> shown = ReportCheck.numbers(dom);
    assertThat(shown).hasSameSizeAs(ReportCheck.numbers(Files.readString(html)));
    assertThat(shown).hasSizeGreaterThan(300);
    assertThat(ReportCheck.problems(dom, csvText)).isEmpty();
    assertThat(
            ReportCheck.missing(
                dom, csvText, e -> e.getKey().startsWith("keyfigure;2024;"), "n", "share"))
        .isEmpty();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void theRefusionStepsChromiumShowsEqualTheCountsCsv() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed (apt-get install chromium): the report is not opened"
            + " in a browser here");
    Path csv = dir.resolve("r.csv");
    Path html = dir.resolve("r.html");
    assertThat(
            CliRun.run(
                    "yr",
                    "refusion",
                    "--sample",
                    "--counts",
                    "--suppress-below",
                    "3",
                    "--out",
                    csv.toString())
                .exitCode())
        .isZero();
    assertThat(
            CliRun.run(
                    "yr",
                    "refusion",
                    "--sample",
                    "--format",
                    "html",
                    "--suppress-below",
                    "3",
                    "--out",
                    html.toString())
                .exitCode())
        .isZero();
    String dom = dumpDom(html, Files.createDirectories(dir.resolve("profile")));
    String csvText = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(dom).contains("Refusionstrappen", "<svg");
    assertThat(ReportCheck.numbers(dom)).hasSameSizeAs(ReportCheck.numbers(Files.readString(html)));
    assertThat(ReportCheck.problems(dom, csvText)).isEmpty();
    assertThat(ReportCheck.missing(dom, csvText, e -> true, "n")).isEmpty();
  }
}
