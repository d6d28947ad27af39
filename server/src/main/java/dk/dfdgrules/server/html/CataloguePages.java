/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.dfdgrules.server.catalogue.RuleCatalogue;
import dk.dfdgrules.server.catalogue.RuleCatalogue.RuleEntry;
import java.util.Locale;
import java.util.Optional;

/** The catalogue's HTML pages. (A first version: to be written in full.) */
public final class CataloguePages {

  /** Whether the pages are served (with "try it") or written as a static site (without). */
  public enum Mode {
    /** Served by the service: examples have a "try it" form. */
    LIVE,
    /** Written to files: no form, links between files. */
    STATIC
  }

  /**
   * A static file the pages use.
   *
   * @param bytes the content
   * @param contentType its media type
   */
  public record Asset(byte[] bytes, String contentType) {}

  private final RuleCatalogue catalogue;
  private final Mode mode;

  /**
   * Pages of a catalogue.
   *
   * @param catalogue the catalogue
   * @param mode served or static
   */
  public CataloguePages(RuleCatalogue catalogue, Mode mode) {
    this.catalogue = catalogue;
    this.mode = mode;
  }

  /**
   * The front page: the areas and their rules.
   *
   * @param locale the language of the page
   * @return the page
   */
  public String index(Locale locale) {
    StringBuilder b = new StringBuilder("<!doctype html><title>dfdg-rules</title><ul>");
    for (RuleEntry r : catalogue.rules()) {
      b.append("<li>").append(r.id()).append("</li>");
    }
    return b.append("</ul>").toString();
  }

  /**
   * A rule's page.
   *
   * @param rule the rule
   * @param locale the language of the page
   * @return the page
   */
  public String rule(RuleEntry rule, Locale locale) {
    return "<!doctype html><title>" + rule.id() + "</title><h1>" + rule.id() + "</h1>" + mode;
  }

  /**
   * The page for a path that is not there.
   *
   * @param locale the language
   * @return the page
   */
  public String notFound(Locale locale) {
    return "<!doctype html><title>404</title><h1>Not found</h1>";
  }

  /**
   * A static file by name, e.g. {@code catalogue.css}.
   *
   * @param name the name
   * @return the file, or empty
   */
  public static Optional<Asset> asset(String name) {
    return name.equals("catalogue.css")
        ? Optional.of(new Asset("body{font-family:sans-serif}".getBytes(UTF_8), "text/css"))
        : Optional.empty();
  }
}
