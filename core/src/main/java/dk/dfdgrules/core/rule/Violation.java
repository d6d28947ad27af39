/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import com.google.common.collect.ImmutableMap;
import dk.dfdgrules.codelists.internal.Masking;
import java.util.Locale;

/**
 * One broken rule: which rule, how serious, where in the input, what to say (a message key with
 * arguments — never the offending personal value), and the source.
 *
 * @param ruleId the rule (or rule item) that is broken
 * @param severity error or warning
 * @param path the path of the offending field in the input, e.g. {@code supportNeeds} or {@code
 *     contactPersons[2].end}; empty for the input as a whole; masked as the arguments are
 * @param message the message key and its arguments; every argument is masked as the library masks
 *     input in messages (digit groups of six digits or more become {@code *}), so that a value
 *     echoed from the input — a code that is not in its list, say — cannot carry a CPR number
 * @param citation the source of the rule version that applied
 */
public record Violation(
    RuleId ruleId, Severity severity, String path, Message message, SourceCitation citation) {

  /** Masks the message's arguments and the path (a path may hold a map's key). */
  public Violation {
    if (path != null) {
      path = Masking.mask(path, Math.max(1, path.length()));
    }
    if (message != null && !message.arguments().isEmpty()) {
      ImmutableMap.Builder<String, String> masked = ImmutableMap.builder();
      message
          .arguments()
          .forEach(
              (name, value) -> masked.put(name, Masking.mask(value, Math.max(1, value.length()))));
      message = new Message(message.key(), masked.buildOrThrow());
    }
  }

  /**
   * An error found by a rule version.
   *
   * @param version the version that applied
   * @param path the offending field's path
   * @param message the message
   * @return the violation
   */
  public static Violation error(RuleVersion version, String path, Message message) {
    return new Violation(version.ruleId(), Severity.ERROR, path, message, version.citation());
  }

  /**
   * A warning found by a rule version.
   *
   * @param version the version that applied
   * @param path the offending field's path
   * @param message the message
   * @return the violation
   */
  public static Violation warning(RuleVersion version, String path, Message message) {
    return new Violation(version.ruleId(), Severity.WARNING, path, message, version.citation());
  }

  /**
   * The message in a language.
   *
   * @param locale the language (English, or Danish for anything else)
   * @return the text
   */
  public String text(Locale locale) {
    return Messages.format(message, locale);
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
