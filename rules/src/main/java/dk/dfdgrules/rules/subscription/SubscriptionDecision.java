package dk.dfdgrules.rules.subscription;

import static com.google.common.base.Preconditions.checkState;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an event does to a UDB subscription (the result of {@link
 * SubscriptionRules#evaluate(UdbSubscription, SubscriptionFacts, SubscriptionEvent, LocalDate)}):
 * it stays open, it closes (with a reason, a date and the deciding rule), or — for a manual close
 * — it is refused; with an explanation in Danish and English.
 *
 * @param kind the decision
 * @param closeReason the close reason, when it closes and the source gives one (SUB-6 and a
 *     manual close have none; {@link CloseReason#COMPLETED_VOCATIONAL_EDUCATION} has no id)
 * @param closeDate the day it closes, when it closes
 * @param scheduledClose while it stays open: the day SUB-6 (when enabled) will close it unless UDB
 *     reports an admission
 * @param decidedBy the rule that decided
 * @param explanation why
 * @param result the results of the rules the event concerns, with the derived values
 */
public record SubscriptionDecision(
    Kind kind,
    Optional<CloseReason> closeReason,
    Optional<LocalDate> closeDate,
    Optional<LocalDate> scheduledClose,
    RuleId decidedBy,
    Message explanation,
    CombinedResult result) {

  /** The decision. */
  public enum Kind {
    /** The subscription stays open. */
    STAYS_OPEN,
    /** The subscription closes. */
    CLOSES,
    /** A manual close is refused (SUB-7). */
    REFUSED,
    /** A fact needed to decide is missing; {@link CombinedResult#missingFacts()} names it. */
    UNDETERMINED,
    /** The subscription is not open on the evaluation date: nothing to decide. */
    NOT_OPEN
  }

  /**
   * The explanation in Danish.
   *
   * @return the text
   */
  public String explanationDanish() {
    return Messages.danish(explanation);
  }

  /**
   * The explanation in English.
   *
   * @return the text
   */
  public String explanationEnglish() {
    return Messages.english(explanation);
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
