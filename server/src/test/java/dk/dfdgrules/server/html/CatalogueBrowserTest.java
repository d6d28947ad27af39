/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.dfdgrules.server.DfdgServer;
import dk.dfdgrules.server.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue in a real browser: headless Chromium from Debian's packages ({@code chromium},
 * {@code chromium-driver}) against the real server on a free loopback port. It opens the front
 * page, follows the link to SN-1, runs the example "needs 1 and 2 at step 2" with "try it" and sees
 * the answer name SN-1 as violated; then sends facts that are not JSON and sees the problem with
 * its line and column; a path that does not exist gives the catalogue's page for it.
 *
 * <p>Needs {@code /usr/bin/chromedriver}: without it the test fails, saying what to install, unless
 * {@code DFDG_SKIP_BROWSER=1} (environment or system property) skips it. With the system property
 * {@code dfdg.screenshots} naming a directory, it saves {@code catalogue-index.png} (the front page
 * at a desktop width) and {@code catalogue-rule.png} (the answer of "try it" at a phone's width)
 * there: {@code server/browser-check.sh} does that for {@code docs/}.
 */
class CatalogueBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration ANSWER = Duration.ofSeconds(15);
  private static final String CPR = "0101901234";

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aReaderOpensARuleRunsItsExampleAndSeesTheViolatedRule(@TempDir Path temp)
      throws IOException, InterruptedException {
    requireBrowser();
    Optional<Path> screenshots =
        Optional.ofNullable(System.getProperty("dfdg.screenshots"))
            .filter(s -> !s.isBlank())
            .map(Path::of);
    List<String> log = new CopyOnWriteArrayList<>();
    try (DfdgServer server = DfdgServer.start(ServerSettings.loopback(0), log::add);
        WebDriverClient browser =
            WebDriverClient.start(
                CHROMEDRIVER,
                CHROMIUM,
                Files.createDirectory(temp.resolve("profile")),
                temp.resolve("chromedriver.log"),
                1280,
                900,
                true)) {
      // the front page, in Danish (the browser's Accept-Language)
      browser.open(server.uri());
      assertThat(browser.text(browser.await("h1", ANSWER))).isEqualTo("Regelkatalog");
      assertThat(browser.script("return document.documentElement.lang").asText()).isEqualTo("da");
      if (screenshots.isPresent()) {
        Files.createDirectories(screenshots.get());
        Files.write(screenshots.get().resolve("catalogue-index.png"), browser.screenshot());
      }

      // to the rule's page by its link
      browser.click(browser.await("a[href='/rules/SN-1?lang=da']", ANSWER));
      assertThat(browser.text(browser.await("h1 .id", ANSWER))).isEqualTo("SN-1");
      assertThat(browser.url()).isEqualTo(server.uri().resolve("/rules/SN-1?lang=da").toString());
      assertThat(browser.text(browser.await("blockquote", ANSWER)))
          .contains("kan ikke angives sammen med støttebehov id 2");

      // "try it" on the example "needs 1 and 2 at step 2"
      String example = "#SN-1-2";
      assertThat(browser.text(browser.await(example + " h3", ANSWER))).contains("needs 1 and 2");
      if (screenshots.isPresent()) {
        browser.windowSize(412, 915);
      }
      browser.click(browser.await(example + " details.try > summary", ANSWER));
      browser.click(browser.await(example + " form button[type=submit]", ANSWER));
      browser.await(example + " .answer[data-done='true']", ANSWER);
      String answer = browser.text(browser.await(example + " .answer", ANSWER));
      assertThat(answer).contains("VIOLATED", "REJECTED", "Som forventet i eksemplet.");
      String violation = browser.await(example + " .answer li.violation[data-rule='SN-1']", ANSWER);
      assertThat(browser.text(violation)).startsWith("SN-1 (ERROR, plan.supportNeeds): ");
      assertThat(browser.findAll(example + " .answer li.violation")).hasSize(1);
      if (screenshots.isPresent()) {
        browser.script(
            "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -8);",
            browser.await(example + " .answer", ANSWER));
        Files.write(screenshots.get().resolve("catalogue-rule.png"), browser.screenshot());
        browser.windowSize(1280, 900);
      }

      // facts that are not JSON: the problem, with its line and column, and no CPR number
      String facts = browser.await(example + " textarea", ANSWER);
      browser.clear(facts);
      browser.type(
          facts,
          "{\"plan\": {\"step\": 2,\n  \"supportNeeds\": [1, 2]\n  \"cpr\": \"" + CPR + "\"}}");
      browser.click(browser.await(example + " form button[type=submit]", ANSWER));
      String problem = browser.await(example + " .answer .problem", ANSWER);
      assertThat(browser.text(problem))
          .contains("Fejl i forespørgslen (400)", "Linje", "3", "Kolonne")
          .doesNotContain(CPR);

      // the same page in English by the language link
      browser.click(browser.await("header a.lang", ANSWER));
      assertThat(browser.text(browser.await("#h-versions", ANSWER))).isEqualTo("Versions");
      assertThat(browser.url()).endsWith("/rules/SN-1?lang=en");
    }
    assertThat(log).isNotEmpty().noneMatch(line -> line.contains(CPR));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void withoutJavaScriptARulePageShowsEverythingButTryIt(@TempDir Path temp)
      throws IOException, InterruptedException {
    requireBrowser();
    try (DfdgServer server = DfdgServer.start(ServerSettings.loopback(0), line -> {});
        WebDriverClient browser =
            WebDriverClient.start(
                CHROMEDRIVER,
                CHROMIUM,
                Files.createDirectory(temp.resolve("profile")),
                temp.resolve("chromedriver.log"),
                1280,
                900,
                false)) {
      browser.open(server.uri());
      browser.click(browser.await("a[href='/rules/SUB-3?lang=da']", ANSWER));
      assertThat(browser.text(browser.await("h1 .id", ANSWER))).isEqualTo("SUB-3");
      assertThat(browser.findAll("blockquote")).hasSize(2);
      assertThat(browser.findAll("table.versions tbody tr")).hasSize(2);
      assertThat(browser.findAll("article.example")).hasSize(3);
      assertThat(browser.text(browser.await("#SUB-3-2 dl.expect", ANSWER)))
          .contains("CLOSES", "subscription.closedOn = 2021-12-06");
      // the form needs the script: it stays hidden
      String tryIt = browser.await("#SUB-3-2 details.try", ANSWER);
      assertThat(browser.displayed(tryIt)).isFalse();
      // a page that is not there: the catalogue's own page, without the path's CPR number
      browser.open(server.uri().resolve("/no-such-page/" + CPR));
      assertThat(browser.text(browser.await("h1", ANSWER))).isEqualTo("Siden findes ikke");
      assertThat(browser.source()).doesNotContain(CPR);
    }
  }

  /** Fails when the browser is missing, unless the skip flag is set. */
  private static void requireBrowser() {
    boolean skip =
        "1".equals(System.getenv("DFDG_SKIP_BROWSER"))
            || "1".equals(System.getProperty("DFDG_SKIP_BROWSER"));
    Assumptions.assumeFalse(skip, "DFDG_SKIP_BROWSER=1: the browser test is skipped");
    if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
      fail(
          "the browser test needs headless Chromium: install Debian's chromium and chromium-driver"
              + " (apt-get install -y --no-install-recommends chromium chromium-driver; .ci/run"
              + " does), or set DFDG_SKIP_BROWSER=1 to skip it");
    }
  }
}
