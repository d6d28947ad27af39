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
import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import org.junit.jupiter.api.Test;

/**
 * DRM-3/DRM-4 as data: a caller's code table, built by hand or from a code list, with its kinds and
 * population exits (DRM-5).
 */
class BenefitCodeTableBuilderTest {

  private static Code code(String id, String group, String kind) {
    Code.Builder b = Code.builder("Ydelse " + id).id(id);
    if (group != null) {
      b.attribute("group", group);
    }
    if (kind != null) {
      b.attribute("kind", kind);
    }
    return b.build();
  }

  private static CodeList.Builder list() {
    return CodeList.builder("own-benefit-codes")
        .title("Egne ydelseskoder")
        .englishTitle("Own benefit codes")
        .source("test");
  }

  @Test
  void theStandardTableHasTheListsVersionAnd997And999AsPopulationExits() {
    BenefitCodeTable standard = BenefitCodeTable.standard();

    assertThat(standard.populationExits()).containsExactlyInAnyOrder(997, 999);
    assertThat(standard.isPopulationExit(999)).isTrue();
    assertThat(standard.isPopulationExit(111)).isFalse();
    assertThat(standard)
        .hasToString("BenefitCodeTable{DREAM vejledning 44 v2 (2019-11-04), 134 codes}");
    assertThat(standard.kind(111)).contains(BenefitKind.PASSIVE);
    assertThat(standard.kind(133)).contains(BenefitKind.ACTIVATION);
  }

  @Test
  void aCallersTableKnowsExactlyItsCodesFrom100To999() {
    BenefitCodeTable own =
        BenefitCodeTable.builder("own")
            .code(100, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .code(133, BenefitGroup.CASH_BENEFIT_JOB_READY, BenefitKind.ACTIVATION)
            .code(999, BenefitGroup.NO_BENEFIT, BenefitKind.PASSIVE)
            .populationExit(999)
            .build();

    assertThat(own.codes()).containsExactly(100, 133, 999);
    assertThat(own.isKnown(100)).isTrue();
    assertThat(own.isKnown(999)).isTrue();
    assertThat(own.isKnown(101)).isFalse();
    assertThat(own.isKnown(99)).isFalse();
    assertThat(own.isKnown(1000)).isFalse();
    assertThat(own.defaultGroup(133)).contains(BenefitGroup.CASH_BENEFIT_JOB_READY);
    assertThat(own.kind(133)).contains(BenefitKind.ACTIVATION);
    assertThat(own.kind(100)).contains(BenefitKind.PASSIVE);
    assertThat(own.kind(101)).isEmpty();
    assertThat(own.populationExits()).containsExactly(999);
    assertThat(own.isPopulationExit(100)).isFalse();
    assertThat(own).hasToString("BenefitCodeTable{own, 3 codes}");
  }

  @Test
  void aCodeAddedAgainReplacesTheFirst() {
    BenefitCodeTable own =
        BenefitCodeTable.builder("own")
            .code(133, BenefitGroup.CASH_BENEFIT_JOB_READY, BenefitKind.ACTIVATION)
            .code(133, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE)
            .build();

    assertThat(own.defaultGroup(133)).contains(BenefitGroup.OTHER_BENEFIT);
    assertThat(own.kind(133)).contains(BenefitKind.PASSIVE);
  }

  @Test
  void theBuilderRefusesACodeOutside100To999AnExitThatIsNoCodeAndABlankVersion() {
    BenefitCodeTable.Builder b = BenefitCodeTable.builder("own");
    assertThatThrownBy(() -> b.code(99, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must be 100-999, was 99");
    assertThatThrownBy(() -> b.code(1000, BenefitGroup.OTHER_BENEFIT, BenefitKind.PASSIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                BenefitCodeTable.builder("own")
                    .code(111, BenefitGroup.UNEMPLOYMENT_BENEFIT, BenefitKind.PASSIVE)
                    .populationExit(997)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population exit 997 is not a code of the table");
    assertThatThrownBy(() -> BenefitCodeTable.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank");
  }

  @Test
  void fromCodeListTakesTheGroupAndKindAttributesSkipsValuesWithoutIdAndMarks997And999() {
    CodeList codes =
        list()
            .version("v1")
            .add(code("111", "UNEMPLOYMENT_BENEFIT", "PASSIVE"))
            .add(code("893", "SICKNESS_BENEFIT", "ACTIVATION"))
            .add(code("997", "NO_BENEFIT", "PASSIVE"))
            .add(Code.builder("Beskæftigede").build())
            .build();

    BenefitCodeTable table = BenefitCodeTable.fromCodeList(codes);

    assertThat(table.codes()).containsExactly(111, 893, 997);
    assertThat(table.defaultGroup(893)).contains(BenefitGroup.SICKNESS_BENEFIT);
    assertThat(table.kind(893)).contains(BenefitKind.ACTIVATION);
    assertThat(table.populationExits()).containsExactly(997);
    assertThat(table).hasToString("BenefitCodeTable{v1, 3 codes}");
  }

  @Test
  void fromCodeListWithoutVersionIsVersionedByItsKeyAndHasNoExitItDoesNotList() {
    CodeList codes = list().add(code("111", "UNEMPLOYMENT_BENEFIT", "PASSIVE")).build();

    BenefitCodeTable table = BenefitCodeTable.fromCodeList(codes);

    assertThat(table.populationExits()).isEmpty();
    assertThat(table).hasToString("BenefitCodeTable{own-benefit-codes, 1 codes}");
  }

  @Test
  void fromCodeListRefusesACodeWithoutGroupOrKindOrNotThreeDigitsFrom100() {
    assertThatThrownBy(
            () -> BenefitCodeTable.fromCodeList(list().add(code("111", null, "PASSIVE")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code 111 has no group");
    assertThatThrownBy(
            () ->
                BenefitCodeTable.fromCodeList(
                    list().add(code("111", "UNEMPLOYMENT_BENEFIT", null)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code 111 has no kind");
    assertThatThrownBy(
            () ->
                BenefitCodeTable.fromCodeList(
                    list().add(code("099", "OTHER_BENEFIT", "PASSIVE")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must be 100-999, was 099");
    assertThatThrownBy(
            () ->
                BenefitCodeTable.fromCodeList(
                    list().add(code("1111", "OTHER_BENEFIT", "PASSIVE")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("code must be three digits");
    assertThatThrownBy(
            () ->
                BenefitCodeTable.fromCodeList(
                    list().add(code("1x1", "OTHER_BENEFIT", "PASSIVE")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("code must be three digits");
    // 100 is the lowest code
    assertThat(
            BenefitCodeTable.fromCodeList(
                    list().add(code("100", "OTHER_BENEFIT", "PASSIVE")).build())
                .codes())
        .containsExactly(100);
  }
}
