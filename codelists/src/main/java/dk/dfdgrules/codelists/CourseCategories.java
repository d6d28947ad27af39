/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * The ids of the course categories (afholdelseskategorier of a course intervention) the sources
 * name, as plain ints for rules. The list is <em>partial</em>: other ids are "known id, name not in
 * the sources" (see {@link CodeLists#COURSE_CATEGORIES}, which also holds the names and validity).
 *
 * <p>Source: DFDG-RN-2021-12-06 §3.2, §3.6.
 */
public final class CourseCategories {

  /** 37 — "Læse-, skrive- og regnetest". */
  public static final int READING_WRITING_ARITHMETIC_TEST = 37;

  /**
   * 42 — "Udskrivningskordinator, individuel" (sic), retired from 2021-12-06 (valid to 2021-12-05).
   */
  public static final int DISCHARGE_COORDINATOR_INDIVIDUAL = 42;

  /** 43 — "Udskrivningskordinator, plads" (sic), retired from 2021-12-06 (valid to 2021-12-05). */
  public static final int DISCHARGE_COORDINATOR_PLACE = 43;

  private CourseCategories() {}
}
