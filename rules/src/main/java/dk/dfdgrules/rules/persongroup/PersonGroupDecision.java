/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What PG-1 and PG-2 decided about a person-group marking — folded by {@link
 * PersonGroupMarkingRules} from their results.
 *
 * @param kind the decision in one word
 * @param closedAutomatically whether DFDG closes the marking automatically on the move; empty when
 *     the rules could not decide (facts missing) or say nothing (a marking of another type)
 * @param closedOn the date DFDG closes it (the move date), when it does
 * @param closeRequestPermitted whether the new jobcentre may close the marking, when it asked and
 *     PG-2 covers the request
 * @param decidedBy the rule that decided: PG-1 on a CPR move, PG-2 on the new jobcentre's own move
 *     and on its close request, the rule missing a fact when undetermined; empty when no rule
 *     decided
 * @param reason why, as a message
 */
public record PersonGroupDecision(
    Kind kind,
    Optional<Boolean> closedAutomatically,
    Optional<LocalDate> closedOn,
    Optional<Boolean> closeRequestPermitted,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /** DFDG closes the marking automatically on the move (PG-1). */
    CLOSES,
    /**
     * The marking is not closed automatically (PG-1: it covers the new municipality, or had ended;
     * PG-2: the new jobcentre moved the citizen itself).
     */
    STAYS_OPEN,
    /** The new jobcentre may close the previous jobcentre's marking (PG-2, from 2021-12-06). */
    CLOSE_PERMITTED,
    /**
     * The new jobcentre could not close the previous jobcentre's marking (PG-2, before 2021-12-06):
     * an error.
     */
    CLOSE_REFUSED,
    /**
     * No rule decided anything: a marking of another type than 5 (or the deciding rule is switched
     * off).
     */
    NOT_CONCERNED,
    /** A fact needed to decide is missing; the answer's missing facts name it. */
    UNDETERMINED
  }
}
