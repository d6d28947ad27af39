/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.contact.ContactPerson;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the {@code mentor} area: the citizen's contact group (and, in group 14, whether they
 * are in a resource course) on the evaluation date, the mentor interventions being registered, and
 * the citizen's contact persons.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"contactGroup": 11,
 *  "mentorInterventions": [{"mentorType": 6, "period": "2022-03-10/.."}],
 *  "contactPersons": [{"type": 3, "period": "2022-01-01/.."}]}
 * }</pre>
 *
 * @param contactGroup the contact group on the evaluation date
 * @param inResourceCourse for contact group 14 'Førtidspensionister': whether the citizen is in a
 *     resource course (ressourceforløb)
 * @param mentorInterventions the mentor interventions (mentorindsatser) being registered
 * @param contactPersons the citizen's contact persons
 */
public record MentorFacts(
    Optional<Integer> contactGroup,
    Optional<Boolean> inResourceCourse,
    List<MentorIntervention> mentorInterventions,
    List<ContactPerson> contactPersons) {

  /** Copies the lists; treats missing parts as absent or empty. */
  public MentorFacts {
    contactGroup = orEmpty(contactGroup);
    inResourceCourse = orEmpty(inResourceCourse);
    mentorInterventions = copyOrEmpty(mentorInterventions);
    contactPersons = copyOrEmpty(contactPersons);
  }
}
