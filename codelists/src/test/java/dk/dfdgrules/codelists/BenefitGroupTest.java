/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 17 benefit groups of FLIS-DREAM §6.1.10. */
class BenefitGroupTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NO_BENEFIT                         | Ingen ydelse                                      | Ingen ydelse
          UNEMPLOYMENT_BENEFIT               | A-dagpenge - LAB 1                                | A-dagpenge
          CASH_BENEFIT_JOB_READY             | Kontanthjælp - LAB 2 (Jobparate)                  | Kontanthjælp - (Jobparate)
          INTEGRATION_BENEFIT_JOB_READY      | Integrationsydelse - LAB 2, 12 (Jobparate)        | Integrationsydelse - (Jobparate)
          CASH_BENEFIT_ACTIVITY_READY        | Kontanthjælp - LAB 3 (Aktivitetsparate)           | Kontanthjælp - (Aktivitetsparate)
          INTEGRATION_BENEFIT_ACTIVITY_READY | Integrationsydelse - LAB 3, 13 (Aktivitetsparate) | Integrationsydelse - (Aktivitetsparate)
          PRE_REHABILITATION                 | Forrevalidering - LAB 4                           | Forrevalidering
          REHABILITATION                     | Revalidering - LAB 4                              | Revalidering
          SICKNESS_BENEFIT                   | Sygedagpenge - LAB 5                              | Sygedagpenge
          DISABILITY_PENSION                 | Førtidspension - LAB 6                            | Førtidspension
          FLEXJOB                            | Fleksjob - LAB 7                                  | Fleksjob
          FLEXJOB_UNEMPLOYMENT_BENEFIT       | Ledighedsydelse - LAB 7                           | Ledighedsydelse
          RESOURCE_COURSE                    | Ressourceforløb - LAB 11                          | Ressourceforløb
          EDUCATION_BENEFIT_JOB_READY        | Uddannelseshjælp - LAB 12 (Jobparate)             | Uddannelseshjælp - (Jobparate)
          EDUCATION_BENEFIT_ACTIVITY_READY   | Uddannelseshjælp - LAB 13 (Aktivitetsparate)      | Uddannelseshjælp - (Aktivitetsparate)
          JOB_CLARIFICATION                  | Jobafklaring - LAB 14                             | Jobafklaring -
          OTHER_BENEFIT                      | Anden ydelse                                      | Anden ydelse
          """)
  void currentAndComingNamesAsPublishedInSourceOrder(
      BenefitGroup group, String current, String coming) {
    assertThat(group.currentName()).isEqualTo(current);
    assertThat(group.comingName()).isEqualTo(coming);
    assertThat(group.officialName()).isEqualTo(coming);
    assertThat(BenefitGroup.byName(current)).contains(group);
    assertThat(BenefitGroup.byName(coming)).contains(group);
  }

  @Test
  void thereAre17() {
    assertThat(BenefitGroup.values()).hasSize(17);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Jobafklaring                  | JOB_CLARIFICATION
          jobafklaring -                | JOB_CLARIFICATION
          kontanthjælp – (jobparate)    | CASH_BENEFIT_JOB_READY
          KONTANTHJAELP - (JOBPARATE)   | CASH_BENEFIT_JOB_READY
          Fortidspension                | DISABILITY_PENSION
          a-dagpenge - lab 1            | UNEMPLOYMENT_BENEFIT
          """)
  void byNameIsCaseAndAccentInsensitiveOverNamesAndAliases(String name, BenefitGroup group) {
    assertThat(BenefitGroup.byName(name)).contains(group);
  }

  @Test
  void byNameOfAnUnknownNameIsEmpty() {
    assertThat(BenefitGroup.byName("Selvforsørget")).isEmpty();
  }

  @Test
  void theSixSelectedGroupsOfDrm6() {
    assertThat(BenefitGroup.values())
        .filteredOn(BenefitGroup::isSelected)
        .containsExactlyInAnyOrder(
            BenefitGroup.CASH_BENEFIT_JOB_READY,
            BenefitGroup.CASH_BENEFIT_ACTIVITY_READY,
            BenefitGroup.INTEGRATION_BENEFIT_JOB_READY,
            BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY,
            BenefitGroup.EDUCATION_BENEFIT_JOB_READY,
            BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY);
  }

  @Test
  void codeCarriesBothNamesAsAttributes() {
    Code code = CodeLists.codeOf(BenefitGroup.JOB_CLARIFICATION);

    assertThat(code.name()).isEqualTo("Jobafklaring -");
    assertThat(code.aliases()).containsExactly("Jobafklaring - LAB 14", "Jobafklaring");
    assertThat(code.attribute("currentName")).contains("Jobafklaring - LAB 14");
    assertThat(code.attribute("comingName")).contains("Jobafklaring -");
    assertThat(code.id()).isEmpty();
  }
}
