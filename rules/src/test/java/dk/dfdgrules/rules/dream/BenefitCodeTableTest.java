/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DRM-4 as data: the code list, and the range fallback for codes it does not list. */
class BenefitCodeTableTest {

  private static final BenefitCodeTable TABLE = BenefitCodeTable.standard();

  @ParameterizedTest(name = "DRM-4: code {0} goes to {1} by its range")
  @CsvSource({
    // A-dagpenge: single codes and 213-219, both sides of each
    "110, OTHER_BENEFIT",
    "111, UNEMPLOYMENT_BENEFIT",
    "112, OTHER_BENEFIT",
    "114, OTHER_BENEFIT",
    "115, UNEMPLOYMENT_BENEFIT",
    "116, OTHER_BENEFIT",
    "120, OTHER_BENEFIT",
    "121, UNEMPLOYMENT_BENEFIT",
    "122, OTHER_BENEFIT",
    "150, OTHER_BENEFIT",
    "151, UNEMPLOYMENT_BENEFIT",
    "153, UNEMPLOYMENT_BENEFIT",
    "154, OTHER_BENEFIT",
    "212, OTHER_BENEFIT",
    "213, UNEMPLOYMENT_BENEFIT",
    "219, UNEMPLOYMENT_BENEFIT",
    "220, OTHER_BENEFIT",
    "230, OTHER_BENEFIT",
    "231, UNEMPLOYMENT_BENEFIT",
    "232, OTHER_BENEFIT",
    "298, OTHER_BENEFIT",
    "299, UNEMPLOYMENT_BENEFIT",
    "300, OTHER_BENEFIT",
    // Kontanthjælp 130-139 / 730-739
    "129, OTHER_BENEFIT",
    "130, CASH_BENEFIT_JOB_READY",
    "131, CASH_BENEFIT_JOB_READY",
    "132, CASH_BENEFIT_JOB_READY",
    "139, CASH_BENEFIT_JOB_READY",
    "140, EDUCATION_BENEFIT_JOB_READY",
    "149, EDUCATION_BENEFIT_JOB_READY",
    "729, EDUCATION_BENEFIT_ACTIVITY_READY",
    "730, CASH_BENEFIT_ACTIVITY_READY",
    "739, CASH_BENEFIT_ACTIVITY_READY",
    "740, FLEXJOB_UNEMPLOYMENT_BENEFIT",
    // Integrationsydelse 160-169 / 700-719
    "159, OTHER_BENEFIT",
    "160, INTEGRATION_BENEFIT_JOB_READY",
    "169, INTEGRATION_BENEFIT_JOB_READY",
    "170, OTHER_BENEFIT",
    "699, OTHER_BENEFIT",
    "700, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "701, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "719, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "720, EDUCATION_BENEFIT_ACTIVITY_READY",
    // Ledighedsydelse 740-748, Forrevalidering 750-758, Revalidering 760-768
    "748, FLEXJOB_UNEMPLOYMENT_BENEFIT",
    "749, OTHER_BENEFIT",
    "750, PRE_REHABILITATION",
    "758, PRE_REHABILITATION",
    "759, OTHER_BENEFIT",
    "760, REHABILITATION",
    "768, REHABILITATION",
    "769, OTHER_BENEFIT",
    // Fleksjob 771, 774; Førtidspension 781, 783
    "770, OTHER_BENEFIT",
    "771, FLEXJOB",
    "772, OTHER_BENEFIT",
    "773, OTHER_BENEFIT",
    "774, FLEXJOB",
    "775, OTHER_BENEFIT",
    "780, OTHER_BENEFIT",
    "781, DISABILITY_PENSION",
    "782, OTHER_BENEFIT",
    "783, DISABILITY_PENSION",
    "784, OTHER_BENEFIT",
    // Ressourceforløb 810-818, Jobafklaring 870-878, Sygedagpenge 890-899
    "809, OTHER_BENEFIT",
    "810, RESOURCE_COURSE",
    "818, RESOURCE_COURSE",
    "819, OTHER_BENEFIT",
    "869, OTHER_BENEFIT",
    "870, JOB_CLARIFICATION",
    "878, JOB_CLARIFICATION",
    "879, OTHER_BENEFIT",
    "889, OTHER_BENEFIT",
    "890, SICKNESS_BENEFIT",
    "891, SICKNESS_BENEFIT",
    "899, SICKNESS_BENEFIT",
    "900, OTHER_BENEFIT",
    // the end of the list: 996, 998 other; 997, 999 population exits
    "995, OTHER_BENEFIT",
    "996, OTHER_BENEFIT",
    "997, NO_BENEFIT",
    "998, OTHER_BENEFIT",
    "999, NO_BENEFIT",
    // 000 and the codes below 100 are well-formed codes of no range, not blank weeks
    "000, OTHER_BENEFIT",
    "001, OTHER_BENEFIT",
    "099, OTHER_BENEFIT",
    "100, OTHER_BENEFIT"
  })
  void drm4_everyCodeHasTheGroupOfItsRange(String code, BenefitGroup group) {
    assertThat(BenefitCodeTable.groupByRange(Integer.parseInt(code))).isEqualTo(group);
  }

  @Test
  void drm4_theRangesAgreeWithEveryCodeOfTheList() {
    // the list (data) and the ranges (code) are two implementations of one table
    assertThat(TABLE.codes()).hasSize(134);
    for (int c : TABLE.codes()) {
      assertThat(BenefitCodeTable.groupByRange(c))
          .as("code %s", c)
          .isEqualTo(TABLE.defaultGroup(c).orElseThrow());
    }
  }

  @Test
  void drm4_aListedCodeKeepsItsListedGroup_anUnlistedOneTakesItsRange() {
    BenefitCodeTable own =
        BenefitCodeTable.builder("own")
            .code(131, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .build();
    assertThat(own.groupOrRange(131)).isEqualTo(BenefitGroup.OTHER_BENEFIT);
    assertThat(own.groupOrRange(132)).isEqualTo(BenefitGroup.CASH_BENEFIT_JOB_READY);
    assertThat(TABLE.groupOrRange(891)).isEqualTo(BenefitGroup.SICKNESS_BENEFIT);
    assertThat(TABLE.isKnown(891)).isFalse();
  }

  @Test
  void drm4_aNumberThatIsNoThreeDigitCodeIsTheCallersMistake() {
    assertThatThrownBy(() -> BenefitCodeTable.groupByRange(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code must be 000-999, was -1");
    assertThatThrownBy(() -> BenefitCodeTable.groupByRange(1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void drm4_everyWellFormedCodeHasExactlyOneGroup(@ForAll("codes") int code) {
    Statistics.cover(20, !TABLE.isKnown(code), "an unlisted code");
    Statistics.cover(5, TABLE.isKnown(code), "a listed code");
    BenefitGroup g = BenefitCodeTable.groupByRange(code);
    assertThat(g).isNotNull();
    assertThat(BenefitCodeTable.groupByRange(code)).isSameAs(g); // pure
    assertThat(TABLE.groupOrRange(code))
        .isEqualTo(TABLE.isKnown(code) ? TABLE.defaultGroup(code).orElseThrow() : g);
  }

  Gen<Integer> codes() {
    return Gens.integers(0, 999);
  }
}
