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
import org.junit.jupiter.api.Test;

/**
 * DRM-5: where a person is 52 weeks after week t — one of the 17 groups, out of the population
 * (997/999) or beyond the data — with its dense index 0–18.
 */
class FollowUpTest {

  @Test
  void aGroupFollowUpIsTheGroupAtTPlus52() {
    FollowUp a = FollowUp.group(BenefitGroup.UNEMPLOYMENT_BENEFIT);

    assertThat(a.index()).isEqualTo(1);
    assertThat(a.group()).contains(BenefitGroup.UNEMPLOYMENT_BENEFIT);
    assertThat(a.isLeftPopulation()).isFalse();
    assertThat(a.isBeyondData()).isFalse();
    assertThat(a.displayName()).isEqualTo("A-dagpenge");
    assertThat(a.id()).isEqualTo("UNEMPLOYMENT_BENEFIT");
    assertThat(a).hasToString("UNEMPLOYMENT_BENEFIT");
  }

  @Test
  void theLastGroupIsStillAGroup() {
    FollowUp other = FollowUp.group(BenefitGroup.OTHER_BENEFIT);

    assertThat(other.index()).isEqualTo(16);
    assertThat(other.group()).contains(BenefitGroup.OTHER_BENEFIT);
    assertThat(other.displayName()).isEqualTo("Anden ydelse");
    assertThat(other.id()).isEqualTo("OTHER_BENEFIT");
    assertThat(other.isLeftPopulation()).isFalse();
  }

  @Test
  void leftThePopulationIs997Or999AtTPlus52() {
    FollowUp left = FollowUp.leftPopulation();

    assertThat(left.index()).isEqualTo(FollowUp.LEFT_POPULATION_INDEX).isEqualTo(17);
    assertThat(left.group()).isEmpty();
    assertThat(left.isLeftPopulation()).isTrue();
    assertThat(left.isBeyondData()).isFalse();
    assertThat(left.displayName()).isEqualTo("Udtrådt af befolkningen (997/999)");
    assertThat(left.id()).isEqualTo("LEFT_POPULATION");
  }

  @Test
  void beyondTheDataIsAnUnknownWeekTPlus52() {
    FollowUp beyond = FollowUp.beyondData();

    assertThat(beyond.index()).isEqualTo(FollowUp.BEYOND_DATA_INDEX).isEqualTo(18);
    assertThat(beyond.group()).isEmpty();
    assertThat(beyond.isLeftPopulation()).isFalse();
    assertThat(beyond.isBeyondData()).isTrue();
    assertThat(beyond.displayName()).isEqualTo("Ukendt (uge t+52 efter data)");
    assertThat(beyond.id()).isEqualTo("BEYOND_DATA");
  }

  @Test
  void ofIndexGivesTheFollowUpOfEachIndexFrom0To18() {
    assertThat(FollowUp.COUNT).isEqualTo(19);
    assertThat(FollowUp.ofIndex(0)).isSameAs(FollowUp.group(BenefitGroup.NO_BENEFIT));
    assertThat(FollowUp.ofIndex(16)).isSameAs(FollowUp.group(BenefitGroup.OTHER_BENEFIT));
    assertThat(FollowUp.ofIndex(17)).isSameAs(FollowUp.leftPopulation());
    assertThat(FollowUp.ofIndex(18)).isSameAs(FollowUp.beyondData());
    for (int i = 0; i < FollowUp.COUNT; i++) {
      assertThat(FollowUp.ofIndex(i).index()).isEqualTo(i);
    }
  }

  @Test
  void ofIndexRefusesAnIndexOutside0To18() {
    assertThatThrownBy(() -> FollowUp.ofIndex(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up index must be 0-18, was 19");
    assertThatThrownBy(() -> FollowUp.ofIndex(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up index must be 0-18, was -1");
  }
}
