/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/** Checks shared by the assertions: message texts in both languages, and no personal data. */
final class MessageChecks {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_.]*}");
  private static final Pattern CPR_LIKE =
      Pattern.compile("(?<![0-9])[0-3][0-9][01][0-9]{3}-?[0-9]{4}(?![0-9])");

  private MessageChecks() {}

  /**
   * What is wrong with a message's texts: no Danish text, no English text of its own (not the
   * Danish one inherited), or a placeholder left unfilled.
   */
  static List<String> languageProblems(Message message) {
    List<String> problems = new ArrayList<>();
    String key = message.key();
    if (Messages.text(key, Messages.DANISH).isEmpty()) {
      problems.add("no Danish text for key '" + key + "'");
    }
    if (!hasOwnEnglishText(key)) {
      problems.add("no English text for key '" + key + "'");
    }
    for (var locale : List.of(Messages.DANISH, Messages.ENGLISH)) {
      Messages.text(key, locale)
          .map(t -> Messages.substitute(t, message.arguments()))
          .filter(t -> PLACEHOLDER.matcher(t).find())
          .ifPresent(
              t ->
                  problems.add(
                      "the "
                          + locale.getDisplayLanguage(java.util.Locale.ENGLISH)
                          + " text of '"
                          + key
                          + "' has an unfilled placeholder: "
                          + t));
    }
    return problems;
  }

  private static boolean hasOwnEnglishText(String key) {
    for (String baseName : Messages.baseNames()) {
      try {
        if (Messages.ownKeys(baseName, Messages.ENGLISH).contains(key)) {
          return true;
        }
      } catch (MissingResourceException e) {
        // this module has no English file: keep looking
      }
    }
    return false;
  }

  /** The arguments and rendered texts of a message that look like CPR numbers. */
  static List<String> personalData(Message message) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> a : message.arguments().entrySet()) {
      if (CPR_LIKE.matcher(a.getValue()).find()) {
        found.add(
            "argument '" + a.getKey() + "' of '" + message.key() + "' holds a CPR-like number");
      }
    }
    for (var locale : List.of(Messages.DANISH, Messages.ENGLISH)) {
      if (CPR_LIKE.matcher(Messages.format(message, locale)).find()) {
        found.add("the text of '" + message.key() + "' holds a CPR-like number");
      }
    }
    return found;
  }
}
