/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The decision of the {@code absence} area — what ABS-1 … ABS-3 derived, typed — folded by {@link
 * AbsenceRules} from the rules' results.
 *
 * @param kind decided, not covered, rejected (ABS-3 before the fix) or undetermined
 * @param historyAccess ABS-1, one entry per absence registration (empty when ABS-1 is not in force)
 * @param reRegistrationDate ABS-2, the re-registration date for a recovery report, when one was
 *     given and the date could be decided
 * @param newRegistrationPermitted ABS-3, whether the absence 74 about to be registered may be, for
 *     a registration ABS-3 covers (a job-ready citizen in contact group 26)
 * @param joblogExemption ABS-3, what an active absence 74 does to the joblog requirement, when it
 *     could be decided
 * @param decidedBy the rule that decided: ABS-3 when rejected; the rule missing a fact when
 *     undetermined; when decided, the first rule (ABS-1, ABS-2, ABS-3) that says something; empty
 *     when not covered
 * @param reason why, as a message
 */
public record AbsenceResult(
    Kind kind,
    List<AbsenceAccess> historyAccess,
    Optional<LocalDate> reRegistrationDate,
    Optional<Boolean> newRegistrationPermitted,
    Optional<JoblogExemption> joblogExemption,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /**
     * A rule says something about the facts: an access of a covered type (ABS-1), a re-registration
     * date (ABS-2), a registration of absence 74 permitted or an exemption decided (ABS-3).
     */
    DECIDED,
    /**
     * No rule in force says anything about the facts: only types, groups or categories the rules do
     * not cover, or nothing asked.
     */
    NOT_COVERED,
    /** The absence 74 about to be registered is rejected (ABS-3 before 2021-12-06). */
    REJECTED,
    /** A fact needed to answer a question asked is missing; the answer's missing facts name it. */
    UNDETERMINED
  }

  /** Copies the list. */
  public AbsenceResult {
    historyAccess = List.copyOf(historyAccess);
  }
}
