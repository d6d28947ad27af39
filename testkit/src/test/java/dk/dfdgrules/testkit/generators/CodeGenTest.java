/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeList;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.codelists.CourseCategories;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.PropertyCheck;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeGenTest {

  @Test
  @DisplayName(
      "every code list has a generator of its values; the first and the last are edge cases")
  void everyList() {
    for (CodeList list : CodeLists.all()) {
      List<Code> values = list.codes();
      PropertyCheck.forAll(codes(list)).named(list.key()).tries(50).check(values::contains);
      assertThat(codes(list).edgeCases(20))
          .as(list.key())
          .contains(values.get(0), values.get(values.size() - 1));
    }
  }

  @Test
  @DisplayName(
      "validOn keeps the values valid on the day: types 31/32 from 2021-12-06, categories 42/43 until 2021-12-05")
  void validOn() {
    LocalDate before = LocalDate.of(2021, 12, 5);
    LocalDate from = LocalDate.of(2021, 12, 6);
    assertThat(codes(CodeLists.CONTACT_PERSON_TYPES).validOn(before).ids().edgeCases(20))
        .doesNotContain(String.valueOf(ContactPersonTypes.JOBCENTRE_CONTACT));
    assertThat(codes(CodeLists.CONTACT_PERSON_TYPES).validOn(from).ids().edgeCases(20))
        .contains(String.valueOf(ContactPersonTypes.JOBCENTRE_CONTACT));
    assertThat(codes(CodeLists.COURSE_CATEGORIES).validOn(from).ids().edgeCases(20))
        .containsExactly(String.valueOf(CourseCategories.READING_WRITING_ARITHMETIC_TEST));
    assertThatThrownBy(
            () ->
                codes(CodeLists.CONTACT_PERSON_TYPES)
                    .validOn(before)
                    .withIds()
                    .ids()
                    .map(Integer::parseInt)
                    .filter(i -> i == 32)
                    .sample(1))
        .hasMessageContaining("rejected 100 values in a row");
  }

  @Test
  @DisplayName("any code of any list")
  void anyCode() {
    PropertyCheck.forAll(DfdgGenerators.anyCode())
        .check(e -> e.getKey().codes().contains(e.getValue()));
    PropertyCheck.forAll(Gens.elements(CodeLists.all())).check(l -> !l.codes().isEmpty());
  }
}
