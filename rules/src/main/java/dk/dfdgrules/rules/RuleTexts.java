/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Locale;

/**
 * The title and the summary of every rule, in Danish and English, for a caseworker reading a rule
 * catalogue: what the rule is called and, in one to three plain sentences, what it says — with the
 * change by in-force date where the rule has versions.
 *
 * <p>The texts are message keys in the bundle of the rule's own area (next to its violation and
 * explanation messages), {@code <id>.title} and {@code <id>.summary}, e.g. {@code SUB-3.title}, so
 * wording and translation change without touching code. Every rule of every area in {@link
 * RuleAreas#library()} and every DREAM rule ({@link dk.dfdgrules.rules.dream.DreamRules#ALL}) has
 * both; an area a {@link RuleAreaProvider} adds has them if its own bundle, registered as a {@link
 * dk.dfdgrules.core.rule.MessageBundleProvider}, holds the two keys.
 *
 * <p>As every message: a locale whose language is English gets the English text, any other locale
 * the Danish one ({@link Messages#text(String, Locale)}).
 */
public final class RuleTexts {

  /** The suffix of a title's key: {@code SUB-3.title}. */
  static final String TITLE = ".title";

  /** The suffix of a summary's key: {@code SUB-3.summary}. */
  static final String SUMMARY = ".summary";

  private RuleTexts() {}

  /**
   * A rule's short title, at most 60 characters, e.g. for {@code SUB-3} in English "Completed
   * vocational education closes the subscription".
   *
   * @param id a rule id, e.g. {@code SUB-3} or {@code EC-4.1}
   * @param locale the language: English for English, Danish for anything else
   * @return the title
   * @throws IllegalArgumentException naming the id, if no registered bundle has a title for it
   */
  public static String title(RuleId id, Locale locale) {
    return text(id, TITLE, "title", locale);
  }

  /**
   * A rule's summary: one to three plain sentences saying what the rule says, with the change by
   * in-force date where the rule has versions.
   *
   * @param id a rule id, e.g. {@code SUB-3} or {@code EC-4.1}
   * @param locale the language: English for English, Danish for anything else
   * @return the summary
   * @throws IllegalArgumentException naming the id, if no registered bundle has a summary for it
   */
  public static String summary(RuleId id, Locale locale) {
    return text(id, SUMMARY, "summary", locale);
  }

  private static String text(RuleId id, String suffix, String what, Locale locale) {
    return Messages.text(id.value() + suffix, locale)
        .orElseThrow(
            () ->
                new IllegalArgumentException("no " + what + " for rule " + id + " in any bundle"));
  }
}
