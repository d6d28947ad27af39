/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.jobsearch;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * Whether job titles may be saved, and the titles given more than once per list (as first written)
 * — folded by {@link DuplicateJobTitles} from the results of DUP-1 and DUP-2.
 *
 * @param kind accepted, or rejected because a title is given more than once
 * @param duplicatedInRegistration titles given more than once on registration (DUP-1)
 * @param duplicatedInJobSearchRequirements titles given more than once in 'Krav til jobsøgning'
 *     (DUP-2)
 * @param duplicatedInJobGoals titles given more than once in the job goals (DUP-2)
 * @param decidedBy the rule of the first error (DUP-1 or DUP-2); empty when accepted
 * @param reason the first error's message; empty when accepted
 */
public record JobTitleCheck(
    Verdict.Kind kind,
    List<String> duplicatedInRegistration,
    List<String> duplicatedInJobSearchRequirements,
    List<String> duplicatedInJobGoals,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** Copies the lists. */
  public JobTitleCheck {
    duplicatedInRegistration = List.copyOf(duplicatedInRegistration);
    duplicatedInJobSearchRequirements = List.copyOf(duplicatedInJobSearchRequirements);
    duplicatedInJobGoals = List.copyOf(duplicatedInJobGoals);
  }

  /**
   * Tells whether the titles may be saved: no duplicate was found (or none is checked on the date).
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return kind == Verdict.Kind.ACCEPTED;
  }
}
