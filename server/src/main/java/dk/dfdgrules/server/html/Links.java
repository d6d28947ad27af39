/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.server.html.CataloguePages.Mode;
import java.util.Optional;

/**
 * The addresses a page links to. Served ({@link Mode#LIVE}): absolute paths with {@code ?lang=}, so
 * that a reader's choice of language holds from page to page whatever the browser's {@code
 * Accept-Language}. Static: relative file links within the written site, where the Danish pages lie
 * at the root ({@code index.html}, {@code rules/ID.html}) and the English ones under {@code en/}.
 *
 * @param mode served or static
 * @param text the language of the page
 * @param rule the rule of the page, or empty for the front page
 */
record Links(Mode mode, PageText text, Optional<RuleId> rule) {

  /** The front page in the page's language. */
  String index() {
    return index(text);
  }

  /** The front page in a language. */
  String index(PageText language) {
    return mode == Mode.LIVE ? "/?lang=" + language.code() : file(language, "index.html");
  }

  /** A rule's page in the page's language. */
  String rule(RuleId id) {
    return rule(id, text);
  }

  String rule(RuleId id, PageText language) {
    return mode == Mode.LIVE
        ? "/rules/" + id.value() + "?lang=" + language.code()
        : file(language, "rules/" + id.value() + ".html");
  }

  /** This page in the other language. */
  String otherLanguage() {
    return rule.map(id -> rule(id, text.other())).orElseGet(() -> index(text.other()));
  }

  /** A file of {@link CataloguePages#asset}. */
  String asset(String name) {
    return mode == Mode.LIVE ? "/assets/" + name : up() + "assets/" + name;
  }

  /** The prefix of a rule's page, to which the script appends the id. */
  String rulesPrefix() {
    return "/rules/";
  }

  /** The prefix of the evaluation endpoint, to which the script appends the area. */
  String apiPrefix() {
    return "/areas/";
  }

  /** A file of the static site, by its path within a language's directory. */
  private String file(PageText language, String path) {
    String up = rule.isPresent() ? "../" : "";
    return language == text ? up + path : up() + directory(language) + path;
  }

  /** From this page's directory up to the root of the static site. */
  private String up() {
    return "../".repeat((text.code().equals("en") ? 1 : 0) + (rule.isPresent() ? 1 : 0));
  }

  private static String directory(PageText language) {
    return language.code().equals("en") ? "en/" : "";
  }
}
