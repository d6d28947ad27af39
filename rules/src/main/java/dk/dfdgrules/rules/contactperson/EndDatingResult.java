/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * What a move does to a citizen's contact persons — folded by {@link ContactPersonEndDating} from
 * the results of CP-1, CP-2 and CP-3: one decision per contact person, in input order (each naming
 * the rule item that decided it, as the derived values do), and whether any of them changed.
 *
 * @param kind changed, unchanged, or undetermined (the move date or source is missing)
 * @param decisions one decision per contact person, in input order
 * @param decidedBy the rule that decided: CP-3 when a date rule applied (every change is CP-3's),
 *     CP-2 when only exempt types were decided, CP-1 when it held the move back (a jobcentre's own
 *     move, or a move before 2021-12-06), the rule missing a fact when undetermined; empty when no
 *     rule decided any contact person (none given, or the deciding rule switched off)
 * @param reason why: the deciding rule's explanation, or which facts are missing
 */
public record EndDatingResult(
    Kind kind,
    List<EndDatingDecision> decisions,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /** At least one contact person gets new dates. */
    CHANGED,
    /** No contact person's dates change. */
    UNCHANGED,
    /** A fact needed to decide is missing; the answer's missing facts name it. */
    UNDETERMINED
  }

  /** Copies the list. */
  public EndDatingResult {
    decisions = List.copyOf(decisions);
  }

  static EndDatingResult undetermined(
      List<EndDatingDecision> decisions, RuleId decidedBy, Message reason) {
    return new EndDatingResult(
        Kind.UNDETERMINED, decisions, Optional.of(decidedBy), Optional.of(reason));
  }

  /**
   * The contact persons after the move, in input order.
   *
   * @return the contact persons
   */
  public List<ContactPerson> contactPersonsAfter() {
    return decisions.stream().map(EndDatingDecision::after).toList();
  }

  /**
   * The decisions that changed a contact person.
   *
   * @return the changes
   */
  public List<EndDatingDecision> changes() {
    return decisions.stream().filter(EndDatingDecision::changed).toList();
  }
}
