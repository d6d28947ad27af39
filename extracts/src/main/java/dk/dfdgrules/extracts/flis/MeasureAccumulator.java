/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.rules.flis.Activation;
import dk.dfdgrules.rules.flis.ActivationMeasures;
import dk.dfdgrules.rules.flis.AidExpense;
import dk.dfdgrules.rules.flis.Conversation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The measures of one group, added to record by record with {@link ActivationMeasures}' own tests
 * of one record, so that a streamed file gives what the rules give on the same records in memory.
 * Memory: the group's distinct citizens (ACT-1), nothing per row.
 */
final class MeasureAccumulator {

  private final String group;
  private final DatePeriod period;
  private final Set<CprNumber> citizens = new HashSet<>();
  private long visitationCourses;
  private long activationCourses;
  private long conversations;
  private BigDecimal aid = BigDecimal.ZERO;
  private long days;
  private BigDecimal hours = BigDecimal.ZERO;
  private long withHours;
  private long withoutHours;

  MeasureAccumulator(String group, DatePeriod period) {
    this.group = group;
    this.period = period;
  }

  void add(Activation a) {
    if (!ActivationMeasures.overlaps(a, period)) {
      return;
    }
    citizens.add(a.citizen());
    activationCourses++;
    days += ActivationMeasures.daysActivated(a, period);
    if (a.hoursPerWeek().isPresent()) {
      hours = hours.add(a.hoursPerWeek().get());
      withHours++;
    } else {
      withoutHours++;
    }
  }

  void add(VisitationCourse c) {
    if (ActivationMeasures.overlaps(c, period)) {
      citizens.add(c.getCitizen());
      visitationCourses++;
    }
  }

  void add(Conversation c) {
    if (period.contains(c.date())) {
      citizens.add(c.citizen());
      conversations++;
    }
  }

  void add(AidExpense e) {
    if (period.contains(e.date())) {
      citizens.add(e.citizen());
      aid = aid.add(e.cost().amount());
    }
  }

  GroupMeasures result() {
    return new GroupMeasures(
        group,
        period.start(),
        period.end().orElseThrow(),
        citizens.size(),
        visitationCourses,
        activationCourses,
        conversations,
        Money.of(aid),
        days,
        hours,
        withHours,
        withoutHours);
  }
}
