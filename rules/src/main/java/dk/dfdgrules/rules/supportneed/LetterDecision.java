/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * Whether publishing a plan produces a letter to the citizen, its content, and which rule decided —
 * folded by {@link LetterRules} from the results of LET-1 … LET-5.
 *
 * @param kind letter, no letter, or undetermined (a fact is missing)
 * @param letter the letter's content, when there is one
 * @param decidedBy the rule that decided: LET-1 or LET-2 for a letter; LET-1, LET-2 or LET-5 for no
 *     letter; LET-5 when undetermined
 * @param reason why, as a message
 */
public record LetterDecision(
    Kind kind,
    Optional<EducationLetter> letter,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /** A letter is produced. */
    LETTER,
    /** No letter is produced. */
    NO_LETTER,
    /** A fact needed to decide is missing; the answer's missing facts name it. */
    UNDETERMINED
  }

  /**
   * Tells whether a letter is produced.
   *
   * @return true for a letter
   */
  public boolean isLetter() {
    return kind == Kind.LETTER;
  }
}
