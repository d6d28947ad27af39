/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.rule.Decision;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision of the {@code activation-measures} area: the seven measures of a period, typed,
 * folded by {@link ActivationMeasures} from the values its rules derived. A measure that was not
 * evaluated (left out of {@link ActivationMeasuresFacts#measures()}, or switched off) is empty.
 *
 * @param kind always {@link Kind#MEASURED}: measuring never fails; unknown code values are warnings
 * @param from the period's first day
 * @param to the period's last day
 * @param citizens ACT-1: distinct citizens with a record in the period
 * @param visitationCourses ACT-2: visitation courses overlapping the period
 * @param activationCourses ACT-3: activation courses overlapping the period
 * @param conversations ACT-4: conversations held in the period
 * @param aidCosts ACT-5: the cost of the aids whose expense day is in the period
 * @param daysActivated ACT-6: the sum over activations of their days in the period
 * @param hoursPerWeek ACT-7: the sum of the hours per week entered, over the activations in the
 *     period that have them
 * @param activationsWithoutHours ACT-7: the activations in the period left out for want of hours
 * @param decidedBy always empty: no single rule decides
 * @param reason the period measured, as a message
 */
public record ActivationMeasuresResult(
    Kind kind,
    LocalDate from,
    LocalDate to,
    Optional<Long> citizens,
    Optional<Long> visitationCourses,
    Optional<Long> activationCourses,
    Optional<Long> conversations,
    Optional<Money> aidCosts,
    Optional<Long> daysActivated,
    Optional<BigDecimal> hoursPerWeek,
    Optional<Long> activationsWithoutHours,
    Optional<RuleId> decidedBy,
    Optional<Message> reason)
    implements Decision {

  /** What the decision is. */
  public enum Kind {
    /** The measures of the period were computed. */
    MEASURED
  }
}
