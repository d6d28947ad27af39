/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.VisitationCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DRM-4: a known visitation category decides job-ready vs activity-ready for the kontanthjælp,
 * integrationsydelse and uddannelseshjælp families; uddannelsesparat and åbenlyst uddannelsesparat
 * count as job-ready for uddannelseshjælp only.
 */
class BenefitGroupByVisitationTest {

  @ParameterizedTest(name = "DRM-4: {0} with {1} is {2}")
  @CsvSource({
    // kontanthjælp: either side of the family, both ways
    "CASH_BENEFIT_JOB_READY, ACTIVITY_READY, CASH_BENEFIT_ACTIVITY_READY",
    "CASH_BENEFIT_ACTIVITY_READY, JOB_READY, CASH_BENEFIT_JOB_READY",
    "CASH_BENEFIT_ACTIVITY_READY, ACTIVITY_READY, CASH_BENEFIT_ACTIVITY_READY",
    "CASH_BENEFIT_JOB_READY, JOB_READY, CASH_BENEFIT_JOB_READY",
    // the education categories do not decide outside uddannelseshjælp: the code's group stays
    "CASH_BENEFIT_ACTIVITY_READY, EDUCATION_READY, CASH_BENEFIT_ACTIVITY_READY",
    "CASH_BENEFIT_JOB_READY, OBVIOUSLY_EDUCATION_READY, CASH_BENEFIT_JOB_READY",
    // integrationsydelse
    "INTEGRATION_BENEFIT_JOB_READY, ACTIVITY_READY, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "INTEGRATION_BENEFIT_ACTIVITY_READY, JOB_READY, INTEGRATION_BENEFIT_JOB_READY",
    "INTEGRATION_BENEFIT_ACTIVITY_READY, EDUCATION_READY, INTEGRATION_BENEFIT_ACTIVITY_READY",
    // uddannelseshjælp: (åbenlyst) uddannelsesparat is job-ready
    "EDUCATION_BENEFIT_ACTIVITY_READY, EDUCATION_READY, EDUCATION_BENEFIT_JOB_READY",
    "EDUCATION_BENEFIT_ACTIVITY_READY, OBVIOUSLY_EDUCATION_READY, EDUCATION_BENEFIT_JOB_READY",
    "EDUCATION_BENEFIT_JOB_READY, ACTIVITY_READY, EDUCATION_BENEFIT_ACTIVITY_READY",
    "EDUCATION_BENEFIT_ACTIVITY_READY, JOB_READY, EDUCATION_BENEFIT_JOB_READY",
    // groups of no family keep their group
    "SICKNESS_BENEFIT, ACTIVITY_READY, SICKNESS_BENEFIT",
    "UNEMPLOYMENT_BENEFIT, JOB_READY, UNEMPLOYMENT_BENEFIT",
    "OTHER_BENEFIT, EDUCATION_READY, OTHER_BENEFIT",
  })
  void drm4VisitationDecidesTheSideOfTheFamily(
      BenefitGroup code, VisitationCategory visitation, BenefitGroup expected) {
    assertThat(BenefitGroupRule.byVisitation(code, visitation)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "DRM-4: {0} without visitation stays")
  @CsvSource({"CASH_BENEFIT_ACTIVITY_READY", "EDUCATION_BENEFIT_JOB_READY", "FLEXJOB"})
  void drm4WithoutAKnownVisitationTheCodeDecides(BenefitGroup code) {
    assertThat(BenefitGroupRule.byVisitation(code, null)).isEqualTo(code);
  }
}
