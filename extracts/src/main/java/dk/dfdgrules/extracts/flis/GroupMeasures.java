/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import dk.dfdgrules.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The measures ACT-1 … ACT-7 of one group (FLIS-DFDG §6), as {@link
 * dk.dfdgrules.rules.flis.ActivationMeasures} defines them, over the group's period.
 *
 * @param group the group: empty for {@link Grouping#NONE}, the municipality code (empty for rows
 *     without one), or the month as {@code 2022-03}
 * @param from the group's first day
 * @param to the group's last day
 * @param citizens ACT-1: distinct citizens with a record counted in the period
 * @param visitationCourses ACT-2: visitation courses overlapping the period (half-open)
 * @param activationCourses ACT-3: activation courses overlapping the period (closed)
 * @param conversations ACT-4: conversations held in the period
 * @param aidCosts ACT-5: the exact sum of the aid expenses dated in the period
 * @param daysActivated ACT-6: the sum over activations of their days in the period
 * @param hoursPerWeek ACT-7: the sum of the hours per week entered
 * @param activationsWithHours ACT-7: the activations summed
 * @param activationsWithoutHours ACT-7: the activations in the period left out, without hours
 */
public record GroupMeasures(
    String group,
    LocalDate from,
    LocalDate to,
    long citizens,
    long visitationCourses,
    long activationCourses,
    long conversations,
    Money aidCosts,
    long daysActivated,
    BigDecimal hoursPerWeek,
    long activationsWithHours,
    long activationsWithoutHours) {}
