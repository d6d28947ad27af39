/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The int constants of {@link ContactPersonTypes}, {@link ContactGroups}, {@link AbsenceTypes},
 * {@link CourseCategories} and {@link InterventionTypes}: one per value of the data file, each
 * naming a listed id.
 */
class IdConstantsTest {

  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
    "ContactPersonTypes, contact-person-types",
    "ContactGroups, contact-groups",
    "AbsenceTypes, absence-types",
    "CourseCategories, course-categories",
    "InterventionTypes, intervention-types"
  })
  void oneConstantPerListedId(String className, String key) throws Exception {
    Class<?> type = Class.forName("dk.dfdgrules.codelists." + className);
    List<String> ids = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        ids.add(Integer.toString(field.getInt(null)));
      }
    }
    CodeList list = CodeLists.get(key);

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(
            list.codes().stream().map(c -> c.id().orElseThrow()).toList());
  }
}
