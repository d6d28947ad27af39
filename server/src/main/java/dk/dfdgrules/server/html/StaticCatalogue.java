/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue as a static site, the pages of {@link CataloguePages} without "try it": {@code
 * index.html} and {@code rules/ID.html} in Danish, the same under {@code en/} in English, and the
 * style sheet under {@code assets/}. Every link is a relative link to another written file, so the
 * site can be opened from the disk or put on any web server.
 *
 * <pre>{@code
 * int files = StaticCatalogue.write(RuleCatalogue.of(RuleAreas.all()), Path.of("site"));
 * }</pre>
 */
public final class StaticCatalogue {

  private StaticCatalogue() {}

  /**
   * Writes the site into a directory, creating it and its subdirectories when missing and replacing
   * files of the same names.
   *
   * @param catalogue the catalogue, e.g. {@code RuleCatalogue.of(RuleAreas.all())}
   * @param dir the directory
   * @return the number of files written
   * @throws IOException if a file cannot be written
   */
  public static int write(RuleCatalogue catalogue, Path dir) throws IOException {
    CataloguePages pages = new CataloguePages(catalogue, CataloguePages.Mode.STATIC);
    int files = 0;
    for (Locale locale : List.of(Messages.DANISH, Messages.ENGLISH)) {
      Path root = PageText.isEnglish(locale) ? dir.resolve("en") : dir;
      Files.createDirectories(root.resolve("rules"));
      files += write(root.resolve("index.html"), pages.index(locale));
      for (RuleEntry r : catalogue.rules()) {
        files +=
            write(root.resolve("rules").resolve(r.id().value() + ".html"), pages.rule(r, locale));
      }
    }
    Path assets = Files.createDirectories(dir.resolve("assets"));
    CataloguePages.Asset css =
        CataloguePages.asset(CataloguePages.CSS).orElseThrow(IllegalStateException::new);
    Files.write(assets.resolve(CataloguePages.CSS), css.bytes());
    return files + 1;
  }

  private static int write(Path file, String page) throws IOException {
    Files.writeString(file, page, UTF_8);
    return 1;
  }
}
