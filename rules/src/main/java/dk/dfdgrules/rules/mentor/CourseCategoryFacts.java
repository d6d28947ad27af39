/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import java.util.Optional;

/**
 * The facts of the {@code course-category} area: the course category (afholdelseskategori) of a
 * course intervention, and whether it is being created or updated.
 *
 * <p>In JSON: {@code {"courseCategory": 42, "action": "CREATE"}}.
 *
 * @param courseCategory the course category id
 * @param action create or update
 */
public record CourseCategoryFacts(Optional<Integer> courseCategory, Optional<CourseAction> action) {

  /** Treats missing parts as absent. */
  public CourseCategoryFacts {
    courseCategory = orEmpty(courseCategory);
    action = orEmpty(action);
  }

  /**
   * The facts of one course intervention.
   *
   * @param courseCategory the course category id
   * @param action create or update
   * @return the facts
   */
  public static CourseCategoryFacts of(int courseCategory, CourseAction action) {
    return new CourseCategoryFacts(Optional.of(courseCategory), Optional.of(action));
  }
}
