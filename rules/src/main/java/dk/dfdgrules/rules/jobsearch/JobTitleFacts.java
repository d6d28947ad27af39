/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.jobsearch;

import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;

import java.util.List;

/**
 * The facts of the {@code job-titles} area: the job titles (stillingsbetegnelser or aliases) a
 * caller is about to save, by where they are saved. A list left out is empty: nothing of that kind
 * is being saved. Job titles are not personal data; a violation names them.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"registration": ["Lagerarbejder", "Truckfører", "lagerarbejder"],
 *  "jobSearchRequirements": ["Butiksassistent"], "jobGoals": ["Kok", "Kok"]}
 * }</pre>
 *
 * @param registration the job titles given on registration (tilmelding) — DUP-1
 * @param jobSearchRequirements the job titles of the 'Krav til jobsøgning' — DUP-2
 * @param jobGoals the job titles of the job goals (jobmål) — DUP-2
 */
public record JobTitleFacts(
    List<String> registration, List<String> jobSearchRequirements, List<String> jobGoals) {

  /** Copies the lists; a missing list is empty. */
  public JobTitleFacts {
    registration = copyOrEmpty(registration);
    jobSearchRequirements = copyOrEmpty(jobSearchRequirements);
    jobGoals = copyOrEmpty(jobGoals);
  }

  /**
   * The facts of a registration.
   *
   * @param titles the job titles given on registration
   * @return the facts
   */
  public static JobTitleFacts registration(List<String> titles) {
    return new JobTitleFacts(titles, List.of(), List.of());
  }

  /**
   * The facts of 'Krav til jobsøgning' and job goals.
   *
   * @param jobSearchRequirements the titles of the job-search requirements
   * @param jobGoals the titles of the job goals
   * @return the facts
   */
  public static JobTitleFacts requirementsAndGoals(
      List<String> jobSearchRequirements, List<String> jobGoals) {
    return new JobTitleFacts(List.of(), jobSearchRequirements, jobGoals);
  }
}
