/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the {@code activation-measures} area (ACT-1 … ACT-7): a period — from its first to
 * its last day, both included — and the records measured over it, in any order.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"from": "2022-03-01", "to": "2022-03-31",
 *  "activations": [{"citizen": "0101801111", "start": "2022-02-20", "end": "2022-03-05",
 *                   "hoursPerWeek": 37, "status": "Optaget"}],
 *  "visitationCourses": [{"citizen": "0101801111", "category": "JOB_READY",
 *                         "start": "2022-01-10", "end": "2022-03-01"}],
 *  "conversations": [{"citizen": "0101801111", "date": "2022-03-15", "type": "Jobsamtale"}],
 *  "aidExpenses": [{"citizen": "0101801111", "date": "2022-03-20", "cost": 1740.96}],
 *  "measures": ["ACT-6"]}
 * }</pre>
 *
 * @param from the period's first day
 * @param to the period's last day, not before {@code from}
 * @param activations the activation courses (ACT-1, ACT-3, ACT-6, ACT-7)
 * @param visitationCourses the visitation courses, half-open [start, end) (ACT-1, ACT-2)
 * @param conversations the held conversations (ACT-1, ACT-4)
 * @param aidExpenses the aid expenses (ACT-1, ACT-5)
 * @param measures the ids of the measures to evaluate, e.g. {@code ACT-6}; all seven when empty
 */
public record ActivationMeasuresFacts(
    LocalDate from,
    LocalDate to,
    List<Activation> activations,
    List<VisitationCourse> visitationCourses,
    List<Conversation> conversations,
    List<AidExpense> aidExpenses,
    List<String> measures) {

  /**
   * Checks the period and copies the lists; a list left out is empty.
   *
   * @throws NullPointerException if {@code from} or {@code to} is missing
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or a measure is not one
   *     of ACT-1 … ACT-7
   */
  public ActivationMeasuresFacts {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "the period's end %s is before its start %s", to, from);
    activations = copyOrEmpty(activations);
    visitationCourses = copyOrEmpty(visitationCourses);
    conversations = copyOrEmpty(conversations);
    aidExpenses = copyOrEmpty(aidExpenses);
    measures = copyOrEmpty(measures);
    for (String m : measures) {
      checkArgument(m.matches("ACT-[1-7]"), "measures are ACT-1 … ACT-7, was %s", Masking.echo(m));
    }
  }

  /**
   * Facts over a period with records and every measure.
   *
   * @param period a closed period
   * @param activations the activations
   * @param visitationCourses the visitation courses
   * @param conversations the conversations
   * @param aidExpenses the aid expenses
   * @return the facts
   * @throws IllegalArgumentException if the period is open-ended
   */
  public static ActivationMeasuresFacts of(
      DatePeriod period,
      List<Activation> activations,
      List<VisitationCourse> visitationCourses,
      List<Conversation> conversations,
      List<AidExpense> aidExpenses) {
    checkArgument(
        !period.isOpenEnded(), "a measured period has an end, was %s", Masking.lazy(period));
    return new ActivationMeasuresFacts(
        period.start(),
        period.end().orElseThrow(),
        activations,
        visitationCourses,
        conversations,
        aidExpenses,
        List.of());
  }

  /**
   * The measured period, both ends included.
   *
   * @return the period
   */
  public DatePeriod period() {
    return DatePeriod.of(from, to);
  }

  /**
   * The number of records, of every kind.
   *
   * @return the rows
   */
  public long records() {
    return (long) activations.size()
        + visitationCourses.size()
        + conversations.size()
        + aidExpenses.size();
  }

  /** The period and the numbers of records, without personal data. */
  @Override
  public String toString() {
    return "ActivationMeasuresFacts["
        + period()
        + ": "
        + activations.size()
        + " activations, "
        + visitationCourses.size()
        + " visitation courses, "
        + conversations.size()
        + " conversations, "
        + aidExpenses.size()
        + " aid expenses"
        + (measures.isEmpty() ? "" : ", measures " + measures)
        + "]";
  }
}
