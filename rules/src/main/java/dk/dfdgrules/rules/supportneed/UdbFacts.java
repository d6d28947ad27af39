/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The young person's registrations that UDB-4 reads besides the plan: course activities (for the
 * reading, writing and arithmetic test) and mentor interventions, and which mentor types count as
 * "a mentor".
 *
 * @param activities the course activities (kursusindsats/-aktivitet), possibly none
 * @param mentorInterventions the mentor interventions (mentorindsats), possibly none
 * @param mentorTypes the mentor type ids that count as a mentor for UDB-4; {@link
 *     #DEFAULT_MENTOR_TYPES} ({1}) when not given
 */
public record UdbFacts(
    List<Activity> activities,
    List<MentorIntervention> mentorInterventions,
    Set<Integer> mentorTypes) {

  /**
   * The mentor types that count by default: {1} 'Mentor, individuel'.
   *
   * <p><em>Interpretation:</em> the source's "mentorindsats/-aktivitet (id 1)" is read as mentor
   * type 1 'Mentor, individuel' (the source also calls intervention type 'Mentor' id 7); the set is
   * a parameter so a caller can widen it.
   */
  public static final Set<Integer> DEFAULT_MENTOR_TYPES = Set.of(MentorType.MENTOR_INDIVIDUAL.id());

  /** Copies the lists; absent lists are empty and absent mentor types the default. */
  public UdbFacts(
      @Nullable List<Activity> activities,
      @Nullable List<MentorIntervention> mentorInterventions,
      @Nullable Set<Integer> mentorTypes) {
    this.activities = activities == null ? List.of() : ImmutableList.copyOf(activities);
    this.mentorInterventions =
        mentorInterventions == null ? List.of() : ImmutableList.copyOf(mentorInterventions);
    this.mentorTypes =
        mentorTypes == null || mentorTypes.isEmpty()
            ? DEFAULT_MENTOR_TYPES
            : ImmutableSortedSet.copyOf(mentorTypes);
  }

  /**
   * No activities and no mentor.
   *
   * @return the facts
   */
  public static UdbFacts none() {
    return new UdbFacts(List.of(), List.of(), DEFAULT_MENTOR_TYPES);
  }

  /**
   * Activities and mentor interventions, with the default mentor types.
   *
   * @param activities the course activities
   * @param mentorInterventions the mentor interventions
   * @return the facts
   */
  public static UdbFacts of(
      List<Activity> activities, List<MentorIntervention> mentorInterventions) {
    return new UdbFacts(activities, mentorInterventions, DEFAULT_MENTOR_TYPES);
  }
}
