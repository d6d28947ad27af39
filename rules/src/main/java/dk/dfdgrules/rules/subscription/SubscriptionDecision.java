/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static com.google.common.base.Preconditions.checkState;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an event does to a UDB subscription — folded by {@link SubscriptionRules} from the results
 * of the rules the event concerns: it stays open, it closes (with a reason, a date and the deciding
 * rule), or — for a manual close — it is refused; with an explanation in Danish and English.
 *
 * @param kind the decision
 * @param closeReason the close reason, when it closes and the source gives one (SUB-6 and a manual
 *     close have none; {@link CloseReason#COMPLETED_VOCATIONAL_EDUCATION} has no id)
 * @param closeDate the day it closes, when it closes
 * @param scheduledClose while it stays open: the day SUB-6 (when enabled) will close it unless UDB
 *     reports an admission
 * @param decidedBy the rule that decided: the rule that closes, refuses or misses a fact, the rule
 *     that keeps it open or schedules its close; empty when no rule concerned applied (e.g.
 *     switched off)
 * @param reason why
 */
public record SubscriptionDecision(
    Kind kind,
    Optional<CloseReason> closeReason,
    Optional<LocalDate> closeDate,
    Optional<LocalDate> scheduledClose,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** The decision. */
  public enum Kind {
    /** The subscription stays open. */
    STAYS_OPEN,
    /** The subscription closes. */
    CLOSES,
    /** A manual close is refused (SUB-7). */
    REFUSED,
    /** A fact needed to decide is missing; the answer's missing facts name it. */
    UNDETERMINED,
    /** The subscription is not open on the evaluation date: nothing to decide. */
    NOT_OPEN
  }

  static SubscriptionDecision closes(
      Optional<CloseReason> closeReason, LocalDate on, RuleId decidedBy, Message reason) {
    return new SubscriptionDecision(
        Kind.CLOSES,
        closeReason,
        Optional.of(on),
        Optional.empty(),
        Optional.of(decidedBy),
        Optional.of(reason));
  }

  static SubscriptionDecision staysOpen(
      Optional<LocalDate> scheduledClose, Optional<RuleId> decidedBy, Optional<Message> reason) {
    return new SubscriptionDecision(
        Kind.STAYS_OPEN, Optional.empty(), Optional.empty(), scheduledClose, decidedBy, reason);
  }

  static SubscriptionDecision refused(RuleId decidedBy, Message reason) {
    return other(Kind.REFUSED, Optional.of(decidedBy), reason);
  }

  static SubscriptionDecision undetermined(RuleId decidedBy, Message reason) {
    return other(Kind.UNDETERMINED, Optional.of(decidedBy), reason);
  }

  static SubscriptionDecision notOpen(Optional<RuleId> decidedBy, Message reason) {
    return other(Kind.NOT_OPEN, decidedBy, reason);
  }

  private static SubscriptionDecision other(Kind kind, Optional<RuleId> decidedBy, Message reason) {
    return new SubscriptionDecision(
        kind, Optional.empty(), Optional.empty(), Optional.empty(), decidedBy, Optional.of(reason));
  }

  /**
   * The subscription as closed by this decision.
   *
   * @param subscription the subscription evaluated
   * @return a copy with the close date and reason
   * @throws IllegalStateException if the decision is not {@link Kind#CLOSES}
   */
  public UdbSubscription applyTo(UdbSubscription subscription) {
    checkState(kind == Kind.CLOSES, "only a closing decision can be applied; this one is %s", kind);
    UdbSubscription.Builder b = UdbSubscription.builder();
    b.from(subscription).closedOn(closeDate.orElseThrow());
    closeReason.ifPresent(b::closeReason);
    return b.build();
  }
}
