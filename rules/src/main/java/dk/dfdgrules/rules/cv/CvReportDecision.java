/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Whether DFDG accepts a CV status report — accepted, rejected with every failed condition, or
 * undetermined (the answer's missing facts name what is missing) — and, for an a-kasse's 'CV ej
 * godkendt' on a CV that is not searchable (CV-5), the comment DFDG sets instead of changing the
 * status. Folded by {@link CvApprovalRules} from the results of CV-1 … CV-6.
 *
 * @param kind accepted, rejected or undetermined
 * @param commentSet the comment DFDG sets ({@link CvApprovalRules#COMMENT}, derived by CV-5), if it
 *     sets one
 * @param failedConditions every failed condition, each with its rule id, field path and message
 * @param decidedBy the rule of the first failed condition, or of the first undetermined result;
 *     empty when accepted
 * @param reason the first failed condition's message, or which facts are missing; empty when
 *     accepted
 */
public record CvReportDecision(
    Verdict.Kind kind,
    Optional<String> commentSet,
    List<Violation> failedConditions,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** Copies the list. */
  public CvReportDecision {
    failedConditions = List.copyOf(failedConditions);
  }

  /**
   * Tells whether DFDG accepts the report: no condition failed and no fact is missing.
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return kind == Verdict.Kind.ACCEPTED;
  }

  /**
   * Tells whether DFDG rejects the report: at least one condition failed.
   *
   * @return true if rejected
   */
  public boolean rejected() {
    return kind == Verdict.Kind.REJECTED;
  }
}
