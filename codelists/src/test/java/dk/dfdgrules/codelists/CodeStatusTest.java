/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CodeList#statusOf(String, LocalDate)} on both sides of the DFDG release of 2021-12-06:
 * retired vs unknown vs not yet valid vs known id whose name is not in the sources.
 */
class CodeStatusTest {

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    // HC-1: course categories 42 and 43 retired from 2021-12-06 (valid to 2021-12-05)
    "course-categories, 42, 2021-12-05, VALID",
    "course-categories, 42, 2021-12-06, RETIRED",
    "course-categories, 43, 2021-12-05, VALID",
    "course-categories, 43, 2022-06-01, RETIRED",
    "course-categories, 37, 2021-12-06, VALID",
    // partial list accepting other ids: a known id whose name the sources do not give
    "course-categories, 41, 2021-12-06, KNOWN_ID_NAME_NOT_IN_SOURCES",
    "course-categories, 0, 2021-12-06, UNKNOWN",
    "course-categories, 042, 2021-12-06, UNKNOWN",
    "course-categories, x, 2021-12-06, UNKNOWN",
    // CP: contact-person types 31 and 32 new from 2021-12-06
    "contact-person-types, 31, 2021-12-05, NOT_YET_VALID",
    "contact-person-types, 31, 2021-12-06, VALID",
    "contact-person-types, 32, 2021-12-05, NOT_YET_VALID",
    "contact-person-types, 32, 2021-12-06, VALID",
    "contact-person-types, 8, 2000-01-01, VALID",
    "contact-person-types, 1, 2022-03-10, KNOWN_ID_NAME_NOT_IN_SOURCES",
    "contact-person-types, 33, 2022-03-10, KNOWN_ID_NAME_NOT_IN_SOURCES",
    // MEN: mentor type 6 new from 2021-12-06; the mentor-type list is complete
    "mentor-types, 6, 2021-12-05, NOT_YET_VALID",
    "mentor-types, 6, 2021-12-06, VALID",
    "mentor-types, 5, 2021-12-05, VALID",
    "mentor-types, 7, 2021-12-06, UNKNOWN",
    // other partial lists with numeric ids
    "contact-groups, 3, 2022-01-01, KNOWN_ID_NAME_NOT_IN_SOURCES",
    "absence-types, 1, 2022-01-01, KNOWN_ID_NAME_NOT_IN_SOURCES",
    "intervention-types, 1, 2022-01-01, KNOWN_ID_NAME_NOT_IN_SOURCES",
    // partial lists that accept no other ids, complete lists
    "dream-match-categories, 4, 2010-01-01, UNKNOWN",
    "dream-benefit-codes, 112, 2019-11-04, UNKNOWN",
    "support-needs, 7, 2022-01-01, UNKNOWN",
    "support-needs, 1, 2021-12-05, NOT_YET_VALID",
    "support-needs, 1, 2021-12-06, VALID",
    // municipalities and regions: from the 2007 reform
    "municipalities, 101, 2006-12-31, NOT_YET_VALID",
    "municipalities, 101, 2007-01-01, VALID",
    "municipalities, 411, 2020-01-01, UNKNOWN",
    "regions, 1084, 2007-01-01, VALID"
  })
  void statusOfIdOnDate(String key, String id, LocalDate on, CodeStatus status) {
    assertThat(CodeLists.get(key).statusOf(id, on)).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} on {1}: {2} valid")
  @CsvSource({
    "course-categories, 2021-12-05, 3",
    "course-categories, 2021-12-06, 1",
    "contact-person-types, 2021-12-05, 8",
    "contact-person-types, 2021-12-06, 10",
    "mentor-types, 2021-12-05, 5",
    "mentor-types, 2021-12-06, 6"
  })
  void validOnDate(String key, LocalDate on, int count) {
    assertThat(CodeLists.get(key).validOn(on)).hasSize(count);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "contact-person-types, true",
    "contact-groups, true",
    "absence-types, true",
    "course-categories, true",
    "intervention-types, true",
    "dream-match-categories, false",
    "job-types, false",
    "dream-benefit-codes, false"
  })
  void whichListsAcceptOtherIds(String key, boolean accepts) {
    assertThat(CodeLists.get(key).acceptsOtherIds()).isEqualTo(accepts);
  }
}
