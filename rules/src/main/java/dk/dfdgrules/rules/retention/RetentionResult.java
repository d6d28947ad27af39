/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision of the {@code retention} area — the derived dates and decisions of RET-1 … RET-4,
 * typed — folded by {@link RetentionRules} from the rules' results. An empty part was not asked
 * for, or could not be decided (see the answer's missing facts).
 *
 * @param kind decided, not covered, refused (RET-3) or undetermined
 * @param statePensionDate RET-1: the day the citizen reaches state pension age
 * @param earlyPensionDeletionDate RET-1: the first day the early-pension data is deleted
 * @param earlyPensionDueForDeletion RET-1: whether that day is reached on the evaluation date
 * @param bookingDeletionDate RET-2: the first day the booking/summons data is deleted
 * @param bookingDueForDeletion RET-2: whether that day is reached on the evaluation date
 * @param earlyPensionAccessPermitted RET-3: whether the requester gets the early-pension data
 * @param udkReadAccess RET-4: whether UDK may read what it asks for
 * @param udkReportingChannel RET-4: how UDK's data reaches the a-kasser on the evaluation date
 * @param decidedBy the rule that decided: RET-3 when refused; the rule missing a fact when
 *     undetermined; when decided, the first rule (RET-1 … RET-4) that says something; empty when
 *     not covered
 * @param reason why, as a message
 */
public record RetentionResult(
    Kind kind,
    Optional<LocalDate> statePensionDate,
    Optional<LocalDate> earlyPensionDeletionDate,
    Optional<Boolean> earlyPensionDueForDeletion,
    Optional<LocalDate> bookingDeletionDate,
    Optional<Boolean> bookingDueForDeletion,
    Optional<Boolean> earlyPensionAccessPermitted,
    Optional<UdkReadAccess> udkReadAccess,
    Optional<UdkReportingChannel> udkReportingChannel,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /**
     * A rule says something about the facts: a deletion date (RET-1, RET-2), access given (RET-3),
     * UDK's reporting channel or read access (RET-4).
     */
    DECIDED,
    /** No rule in force says anything about the facts (e.g. before 2021-12-06). */
    NOT_COVERED,
    /** The requester does not get the early-pension data (RET-3). */
    REFUSED,
    /** A fact needed to answer a question asked is missing; the answer's missing facts name it. */
    UNDETERMINED
  }
}
