/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.plan.EducationPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the area {@code udb-message} in one flat record, as written in JSON: {@code
 * {"event": "ADMISSION", "plan": {"step": 1, "supportNeeds": [3]}, "mentorInterventions":
 * [{"mentorType": 1, "period": "2021-11-01/.."}]}}.
 *
 * @param event what happened; {@link UdbEvent#ADMISSION} when left out
 * @param plan the education plan with its step and needs
 * @param admittedOn the day UDB reported the admission; for {@link UdbEvent#SUPPORT_NEEDS_CHANGED}
 *     (UDB-5). Left out: UDB has reported no admission
 * @param activities the course activities
 * @param mentorInterventions the mentor interventions
 * @param mentorTypes the mentor types that count for UDB-4; {1} when left out
 */
public record UdbMessageFacts(
    UdbEvent event,
    EducationPlan plan,
    Optional<LocalDate> admittedOn,
    List<Activity> activities,
    List<MentorIntervention> mentorInterventions,
    Set<Integer> mentorTypes) {

  /**
   * Applies the defaults.
   *
   * @throws IllegalArgumentException if {@code plan} is missing
   */
  public UdbMessageFacts(
      @Nullable UdbEvent event,
      EducationPlan plan,
      @Nullable Optional<LocalDate> admittedOn,
      @Nullable List<Activity> activities,
      @Nullable List<MentorIntervention> mentorInterventions,
      @Nullable Set<Integer> mentorTypes) {
    checkArgument(plan != null, "plan is required: the education plan whose needs may be sent");
    UdbFacts registrations = new UdbFacts(activities, mentorInterventions, mentorTypes);
    this.event = event == null ? UdbEvent.ADMISSION : event;
    this.plan = plan;
    this.admittedOn = admittedOn == null ? Optional.empty() : admittedOn;
    this.activities = registrations.activities();
    this.mentorInterventions = registrations.mentorInterventions();
    this.mentorTypes = registrations.mentorTypes();
  }

  /**
   * The facts of an admission: UDB reports the young person admitted to an education.
   *
   * @param plan the education plan: step and needs
   * @param registrations course activities, mentor interventions and the mentor types that count
   * @return the facts
   */
  public static UdbMessageFacts admission(EducationPlan plan, UdbFacts registrations) {
    return new UdbMessageFacts(
        UdbEvent.ADMISSION,
        plan,
        Optional.empty(),
        registrations.activities(),
        registrations.mentorInterventions(),
        registrations.mentorTypes());
  }

  /**
   * The facts of a change of the needs after UDB reported an admission (UDB-5).
   *
   * @param plan the education plan with the changed needs
   * @param registrations course activities, mentor interventions and the mentor types that count
   * @param admittedOn the day UDB reported the admission
   * @return the facts
   */
  public static UdbMessageFacts supportNeedsChanged(
      EducationPlan plan, UdbFacts registrations, LocalDate admittedOn) {
    return new UdbMessageFacts(
        UdbEvent.SUPPORT_NEEDS_CHANGED,
        plan,
        Optional.of(admittedOn),
        registrations.activities(),
        registrations.mentorInterventions(),
        registrations.mentorTypes());
  }

  /**
   * The registrations UDB-4 reads.
   *
   * @return the facts
   */
  public UdbFacts registrations() {
    return new UdbFacts(activities, mentorInterventions, mentorTypes);
  }
}
