/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import java.util.Optional;

/**
 * An area's typed answer to its question, folded from its rules' results: whether the data is
 * accepted ({@link Verdict}), whether a letter is produced, whether a subscription closes …
 *
 * <p>Every decision has a {@link #kind()} — the answer in one word, e.g. {@code STAYS_OPEN} or
 * {@code LETTER}, which a case file asserts with {@code decision:} — the rule that decided, and
 * why. The rest of a decision (the letter's lines, the close date …) is the area's own.
 */
public interface Decision {

  /**
   * The answer in one word, a constant of the area's {@code Kind} enum.
   *
   * @return the kind
   */
  Enum<?> kind();

  /**
   * The rule (or rule item) that decided.
   *
   * @return the rule, or empty when no rule decided (e.g. nothing in force, all accepted)
   */
  Optional<RuleId> decidedBy();

  /**
   * Why, as a message.
   *
   * @return the reason, or empty when there is nothing to explain
   */
  Optional<Message> reason();
}
