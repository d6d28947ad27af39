/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static site: every page written, every link to a written file and an existing anchor. */
class StaticCatalogueTest {

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleAreas.all());
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @Test
  void theSiteHasBothLanguagesEveryRuleAndTheStyleSheet(@TempDir Path dir) throws IOException {
    int files = StaticCatalogue.write(CATALOGUE, dir);
    int rules = CATALOGUE.rules().size();
    assertThat(files).isEqualTo(2 * (rules + 1) + 1);
    assertThat(written(dir)).hasSize(files);
    assertThat(dir.resolve("index.html")).isRegularFile();
    assertThat(dir.resolve("en/index.html")).isRegularFile();
    assertThat(dir.resolve("rules/SUB-3.html")).isRegularFile();
    assertThat(dir.resolve("en/rules/SUB-3.html")).isRegularFile();
    assertThat(dir.resolve("assets/catalogue.css")).isRegularFile();
    assertThat(Files.readString(dir.resolve("rules/SUB-3.html"), UTF_8))
        .contains("<html lang=\"da\">", "DFDG lukker abonnement hos UDB")
        .doesNotContain("<form", "<script");
    assertThat(Files.readString(dir.resolve("en/rules/SUB-3.html"), UTF_8))
        .contains("<html lang=\"en\">", "DFDG lukker abonnement hos UDB");
  }

  @Test
  void everyLinkOfEveryPageResolvesToAWrittenFileAndAnchor(@TempDir Path dir) throws IOException {
    StaticCatalogue.write(CATALOGUE, dir);
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : written(dir)) {
      if (!page.toString().endsWith(".html")) {
        continue;
      }
      String html = Files.readString(page, UTF_8);
      Matcher m = LINK.matcher(html);
      while (m.find()) {
        String link = m.group(1).replace("&amp;", "&");
        if (link.startsWith("https:") || link.startsWith("http:")) {
          continue; // a source's own address
        }
        checked++;
        assertThat(link).as("a relative link in %s", page).doesNotStartWith("/");
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!target.startsWith(dir) || !Files.isRegularFile(target)) {
          broken.add(dir.relativize(page) + " -> " + link);
          continue;
        }
        if (hash >= 0) {
          String id = link.substring(hash + 1);
          if (!Files.readString(target, UTF_8).contains("id=\"" + id + "\"")) {
            broken.add(dir.relativize(page) + " -> " + link + " (no such anchor)");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).isGreaterThan(CATALOGUE.rules().size() * 6);
  }

  @Test
  void writingTwiceReplacesTheFiles(@TempDir Path dir) throws IOException {
    int first = StaticCatalogue.write(CATALOGUE, dir.resolve("site"));
    int second = StaticCatalogue.write(CATALOGUE, dir.resolve("site"));
    assertThat(second).isEqualTo(first);
    assertThat(written(dir.resolve("site"))).hasSize(first);
  }

  private static List<Path> written(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
