/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DREAM benefit codes of appendix 2 (FLIS-DREAM §11) and their kind and group data. */
class DreamBenefitCodesTest {

  /** spec DRM-3: activation iff the name contains one of these. */
  private static final List<String> ACTIVATION_MARKERS =
      List.of(
          "Vejledning og opkvalificering",
          "Ordinær uddannelse",
          "Løntilskud",
          "Virksomhedspraktik",
          "Nytteindsats",
          "Anden aktivering",
          "6-ugers-selvvalgt uddannelse");

  private final CodeList codes = CodeLists.get(CodeLists.DREAM_BENEFIT_CODES);

  @Test
  void appendix2Has134ThreeDigitCodesFrom111To999() {
    assertThat(codes.size()).isEqualTo(134);
    assertThat(codes.codes())
        .allSatisfy(
            c -> assertThat(c.id()).hasValueSatisfying(id -> assertThat(id).matches("\\d{3}")));
    assertThat(codes.codes().get(0).id()).contains("111");
    assertThat(codes.codes().get(133).id()).contains("999");
    assertThat(codes.version()).contains("DREAM vejledning 44 v2 (2019-11-04)");
  }

  @Test
  void kindAttributeAgreesWithTheNameRuleOfDrm3() {
    for (Code code : codes.codes()) {
      boolean activation = ACTIVATION_MARKERS.stream().anyMatch(code.name()::contains);
      assertThat(code.attribute("kind"))
          .as(code.toString())
          .contains(activation ? "ACTIVATION" : "PASSIVE");
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "111, PASSIVE", "115, PASSIVE", "121, PASSIVE", "774, PASSIVE", "899, PASSIVE",
    "130, PASSIVE", "133, ACTIVATION", "139, ACTIVATION", "231, ACTIVATION", "299, ACTIVATION",
    "750, PASSIVE", "758, ACTIVATION", "998, PASSIVE"
  })
  void kindOfNamedExamples(String id, String kind) {
    assertThat(codes.byId(id).flatMap(c -> c.attribute("kind"))).contains(kind);
  }

  @Test
  void everyCodeHasADefaultBenefitGroupAndEveryGroupIsUsed() {
    Map<BenefitGroup, Long> perGroup =
        codes.codes().stream()
            .map(c -> BenefitGroup.valueOf(c.attribute("group").orElseThrow()))
            .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
    assertThat(perGroup.keySet()).containsExactlyInAnyOrder(BenefitGroup.values());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "111, UNEMPLOYMENT_BENEFIT",
    "121, UNEMPLOYMENT_BENEFIT",
    "151, UNEMPLOYMENT_BENEFIT",
    "153, UNEMPLOYMENT_BENEFIT",
    "231, UNEMPLOYMENT_BENEFIT",
    "299, UNEMPLOYMENT_BENEFIT",
    "130, CASH_BENEFIT_JOB_READY",
    "139, CASH_BENEFIT_JOB_READY",
    "730, CASH_BENEFIT_ACTIVITY_READY",
    "739, CASH_BENEFIT_ACTIVITY_READY",
    "160, INTEGRATION_BENEFIT_JOB_READY",
    "169, INTEGRATION_BENEFIT_JOB_READY",
    "700, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "719, INTEGRATION_BENEFIT_ACTIVITY_READY",
    "140, EDUCATION_BENEFIT_JOB_READY",
    "149, EDUCATION_BENEFIT_JOB_READY",
    "720, EDUCATION_BENEFIT_ACTIVITY_READY",
    "729, EDUCATION_BENEFIT_ACTIVITY_READY",
    "740, FLEXJOB_UNEMPLOYMENT_BENEFIT",
    "748, FLEXJOB_UNEMPLOYMENT_BENEFIT",
    "750, PRE_REHABILITATION",
    "758, PRE_REHABILITATION",
    "760, REHABILITATION",
    "768, REHABILITATION",
    "771, FLEXJOB",
    "774, FLEXJOB",
    "781, DISABILITY_PENSION",
    "783, DISABILITY_PENSION",
    "810, RESOURCE_COURSE",
    "818, RESOURCE_COURSE",
    "870, JOB_CLARIFICATION",
    "878, JOB_CLARIFICATION",
    "890, SICKNESS_BENEFIT",
    "899, SICKNESS_BENEFIT",
    "997, NO_BENEFIT",
    "999, NO_BENEFIT",
    "412, OTHER_BENEFIT",
    "651, OTHER_BENEFIT",
    "881, OTHER_BENEFIT",
    "996, OTHER_BENEFIT",
    "998, OTHER_BENEFIT"
  })
  void defaultGroupFollowsTheDrm4Table(String id, BenefitGroup group) {
    assertThat(BenefitGroup.defaultFor(id)).contains(group);
  }

  @Test
  void derivedValueBeskaeftigedeIsNoCodeAndGroupsAsNoBenefit() {
    CodeList derived = CodeLists.get(CodeLists.DREAM_DERIVED_BENEFIT_VALUES);
    Code employed = derived.byName("Beskæftigede").orElseThrow();

    assertThat(employed.id()).isEmpty();
    assertThat(employed.attribute("group")).contains(BenefitGroup.NO_BENEFIT.name());
    assertThat(codes.byName("Beskæftigede")).isEmpty();
  }

  @Test
  void blankWeekIsNotACode() {
    assertThat(codes.contains("")).isFalse();
    assertThat(BenefitGroup.defaultFor("")).isEmpty();
    assertThat(codes.statusOf("112", java.time.LocalDate.of(2020, 1, 1)))
        .isEqualTo(CodeStatus.UNKNOWN);
  }
}
