/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.rules.internal.FactParts.copyOrEmpty;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the {@code absence} area. Each rule reads its part; a part left out means the caller
 * does not ask that question (ABS-2 without a recovery report derives nothing).
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"absences": [{"absenceType": 25, "period": "2015-01-01/2016-06-30"}],
 *  "contactGroup": 26, "visitationCategory": "Jobparat",
 *  "newRegistration": {"absenceType": 74, "period": "2022-03-01/.."},
 *  "recoveryReport": {"recoveryDate": "2022-02-14"}}
 * }</pre>
 *
 * @param absences the citizen's absence registrations (fraværshistorik): ABS-1 reads them, ABS-3
 *     looks for an active absence 74
 * @param contactGroup the citizen's contact group on the evaluation date (ABS-3)
 * @param visitationCategory the citizen's visitation category on the evaluation date (ABS-3)
 * @param newRegistration an absence the jobcentre is about to register (ABS-3)
 * @param recoveryReport a recovery report from KSD being processed (ABS-2)
 */
public record AbsenceFacts(
    List<AbsenceRegistration> absences,
    Optional<Integer> contactGroup,
    Optional<VisitationCategory> visitationCategory,
    Optional<AbsenceRegistration> newRegistration,
    Optional<RecoveryReport> recoveryReport) {

  /** Copies the list; treats missing parts as absent. */
  public AbsenceFacts {
    absences = copyOrEmpty(absences);
    contactGroup = orEmpty(contactGroup);
    visitationCategory = orEmpty(visitationCategory);
    newRegistration = orEmpty(newRegistration);
    recoveryReport = orEmpty(recoveryReport);
  }

  /**
   * Facts with only an absence history (ABS-1).
   *
   * @param absences the registrations
   * @return the facts
   */
  public static AbsenceFacts history(List<AbsenceRegistration> absences) {
    return new AbsenceFacts(
        absences, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
