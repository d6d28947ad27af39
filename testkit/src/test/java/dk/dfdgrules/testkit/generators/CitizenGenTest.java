/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.citizens;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.ContactGroups;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.ContactGroupMembership;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.Statistics;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenGenTest {

  @ParameterizedTest
  @ValueSource(strings = {"2022-01-01", "2024-02-29", "2023-03-01", "2021-12-06"})
  @DisplayName("agedBetween(16, 29).on(day) gives ages 16 to 29 on that day, both ends reached")
  void agedBetween(String dayText) {
    LocalDate day = LocalDate.parse(dayText);
    PropertyCheck.forAll(citizens().agedBetween(16, 29).on(day))
        .verify(
            c -> {
              int age = c.getCpr().ageOn(day);
              Statistics.cover(0.1, age == 16, "16");
              Statistics.cover(0.1, age == 29, "29");
              assertThat(age).isBetween(16, 29);
            });
  }

  @Test
  @DisplayName("inContactGroup(g).on(day) puts the citizen in g on that day")
  void inContactGroup() {
    LocalDate day = LocalDate.of(2022, 2, 1);
    PropertyCheck.forAll(
            citizens().inContactGroup(ContactGroups.EDUCATION_BENEFIT_RECIPIENT).on(day))
        .check(c -> c.contactGroupOn(day).orElse(-1) == ContactGroups.EDUCATION_BENEFIT_RECIPIENT);
  }

  @Test
  @DisplayName(
      "citizens have listed municipalities and contact groups, and memberships do not overlap")
  void valid() {
    PropertyCheck.forAll(citizens())
        .verify(
            c -> {
              Statistics.cover(10, c.getContactGroups().isEmpty(), "no membership");
              Statistics.cover(10, c.getContactGroups().size() >= 2, "two or more");
              Statistics.cover(50, c.getResidenceMunicipality().isPresent(), "municipality");
              c.getResidenceMunicipality()
                  .ifPresent(
                      m ->
                          assertThat(CodeLists.get(CodeLists.MUNICIPALITIES).contains(m)).isTrue());
              List<ContactGroupMembership> ms = c.getContactGroups();
              for (int i = 0; i < ms.size(); i++) {
                assertThat(
                        CodeLists.get(CodeLists.CONTACT_GROUPS)
                            .contains(String.valueOf(ms.get(i).getContactGroup())))
                    .isTrue();
                for (int j = i + 1; j < ms.size(); j++) {
                  assertThat(ms.get(i).getPeriod().overlaps(ms.get(j).getPeriod())).isFalse();
                }
              }
              assertThat(c.toString()).doesNotContain(c.getCpr().unmaskedValue());
            });
  }

  @Test
  @DisplayName("the simplest citizen has no municipality and no membership")
  void shrinksToSimplest() {
    Citizen simplest = citizens().edgeCases(1).get(0);
    assertThat(simplest.getResidenceMunicipality()).isEmpty();
    assertThat(simplest.getContactGroups()).isEmpty();
  }
}
