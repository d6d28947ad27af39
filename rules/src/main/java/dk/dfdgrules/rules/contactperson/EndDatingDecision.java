/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a move did to one contact person: the person before and after, whether it changed, and which
 * rule (item) decided — CP-1 (no automatic end-dating), CP-2 (exempt type) or CP-3.1 … CP-3.4 —
 * with the reason.
 *
 * <p>Personal data: the contact person's name is redacted in {@link #toString()} (it is redacted in
 * {@link ContactPerson#toString()}).
 *
 * @param index the contact person's position in the input list
 * @param before the contact person as given
 * @param after the contact person after the move (equal to {@code before} when unchanged)
 * @param decidedBy the rule (item) that decided; empty when no rule could decide (facts missing, or
 *     the deciding rule switched off)
 * @param reason why, as a message; empty when no rule decided
 */
public record EndDatingDecision(
    int index,
    ContactPerson before,
    ContactPerson after,
    Optional<RuleId> decidedBy,
    Optional<Message> reason) {

  /**
   * Tells whether the move changed the contact person's dates.
   *
   * @return true if the period changed
   */
  public boolean changed() {
    return !before.getPeriod().equals(after.getPeriod());
  }

  /**
   * The period before the move.
   *
   * @return the old period
   */
  public DatePeriod oldPeriod() {
    return before.getPeriod();
  }

  /**
   * The period after the move.
   *
   * @return the new period
   */
  public DatePeriod newPeriod() {
    return after.getPeriod();
  }

  /**
   * The start date before the move.
   *
   * @return the old start
   */
  public LocalDate oldStart() {
    return before.getPeriod().start();
  }

  /**
   * The start date after the move.
   *
   * @return the new start
   */
  public LocalDate newStart() {
    return after.getPeriod().start();
  }

  /**
   * The end date before the move.
   *
   * @return the old end, empty when open-ended
   */
  public Optional<LocalDate> oldEnd() {
    return before.getPeriod().end();
  }

  /**
   * The end date after the move.
   *
   * @return the new end, empty when still open-ended
   */
  public Optional<LocalDate> newEnd() {
    return after.getPeriod().end();
  }
}
