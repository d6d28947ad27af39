/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import dk.dfdgrules.core.rule.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The page chrome in one language (headings, labels): {@code pages.properties} in Danish, the
 * default, and {@code pages_en.properties} in English.
 */
final class PageText {

  static final String BASE_NAME = "dk.dfdgrules.server.html.pages";

  private static final PageText DANISH = new PageText(Locale.ROOT);
  private static final PageText ENGLISH = new PageText(Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final boolean english;

  private PageText(Locale language) {
    this.bundle =
        ResourceBundle.getBundle(
            BASE_NAME,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.english = language.equals(Locale.ENGLISH);
  }

  /** The texts of a language: English for an English locale, else Danish. */
  static PageText of(Locale locale) {
    return isEnglish(locale) ? ENGLISH : DANISH;
  }

  static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /** The language code of the page's {@code lang} attribute, {@code da} or {@code en}. */
  String code() {
    return english ? "en" : "da";
  }

  /** The locale of the rules' messages in this language. */
  Locale locale() {
    return english ? Messages.ENGLISH : Messages.DANISH;
  }

  /** The other language. */
  PageText other() {
    return english ? DANISH : ENGLISH;
  }

  /**
   * A text.
   *
   * @throws java.util.MissingResourceException if the key is not in the bundle (a defect)
   */
  String get(String key) {
    return bundle.getString(key);
  }

  /** A text with {@code {name}} placeholders filled in. */
  String get(String key, String name, Object value) {
    return Messages.substitute(get(key), Map.of(name, String.valueOf(value)));
  }

  /** Every key (for the test that both languages have the same). */
  java.util.Set<String> keys() {
    return bundle.keySet();
  }
}
