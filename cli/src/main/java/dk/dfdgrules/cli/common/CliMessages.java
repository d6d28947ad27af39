/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.MessageBundleProvider;
import dk.dfdgrules.core.rule.Messages;
import java.util.List;
import java.util.Locale;

/** The command line's own labels, Danish by default and English, through {@link Messages}. */
public final class CliMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.cli.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CliMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }

  /**
   * A label.
   *
   * @param key the key
   * @param locale the language
   * @param namesAndValues arguments as name/value pairs
   * @return the text
   */
  public static String text(String key, Locale locale, Object... namesAndValues) {
    return Messages.format(Message.of(key, namesAndValues), locale);
  }

  /**
   * The locale of a {@code --lang} option value.
   *
   * @param lang {@code da} or {@code en}
   * @return the locale
   * @throws UserInputException if neither
   */
  public static Locale locale(String lang) {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "da", "dansk", "danish" -> Messages.DANISH;
      case "en", "english", "engelsk" -> Messages.ENGLISH;
      default -> throw new UserInputException("--lang must be da or en, was '" + lang + "'");
    };
  }
}
