/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link MentorRules#validate}: accepted, rejected (MEN-1 errors) or undetermined
 * (MEN-2 misses a fact), and MEN-3's effects in 'Min plan' per type-6 intervention — folded by
 * {@link MentorRules} from the results of MEN-1 … MEN-3. MEN-2's warnings are in the answer's
 * results.
 *
 * @param kind accepted, rejected or undetermined
 * @param myPlanEffects one entry per mentor intervention of type 6 (none before 2021-12-06)
 * @param decidedBy the rule of the first error (MEN-1), or of the first undetermined result
 *     (MEN-2); empty when accepted
 * @param reason the first error's message, or which facts are missing; empty when accepted
 */
public record MentorResult(
    Verdict.Kind kind,
    List<MyPlanEffect> myPlanEffects,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** Copies the list. */
  public MentorResult {
    myPlanEffects = List.copyOf(myPlanEffects);
  }

  /**
   * Tells whether the registration is accepted.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return kind == Verdict.Kind.ACCEPTED;
  }
}
