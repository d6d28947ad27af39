/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Violation;
import java.util.List;

/**
 * The parts of a result that {@link AbstractResultAssert} checks, read from one rule's result or
 * from joined results.
 *
 * @param outcome the outcome
 * @param violations every violation
 * @param missingFacts the missing facts
 * @param derivedValues the derived values
 * @param otherMessages every message besides the violations' (explanations)
 */
record ResultParts(
    Outcome outcome,
    List<Violation> violations,
    List<String> missingFacts,
    List<DerivedValue<?>> derivedValues,
    List<Message> otherMessages) {

  /**
   * The parts of one rule's result.
   *
   * @param r the result
   * @return its parts; its explanation is its other message
   */
  static ResultParts of(RuleResult r) {
    return new ResultParts(
        r.outcome(),
        r.violations(),
        r.missingFacts(),
        r.derivedValues(),
        r.explanation().stream().toList());
  }

  /**
   * The parts of joined results.
   *
   * @param rs the results
   * @return their parts; the rules' explanations are the other messages
   */
  static ResultParts joined(RuleResults rs) {
    return new ResultParts(
        rs.outcome(),
        rs.violations(),
        rs.missingFacts(),
        rs.derivedValues(),
        rs.results().stream().flatMap(r -> r.explanation().stream()).toList());
  }
}
