/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * The ids of the absence types (fraværstyper) the sources name, as plain ints for rules. The list
 * is <em>partial</em>: other ids are "known id, name not in the sources" (see {@link
 * CodeLists#ABSENCE_TYPES}, which also holds the names).
 *
 * <p>Source: DFDG-RN-2021-12-06 §2.1, §2.3.
 */
public final class AbsenceTypes {

  /** 25 — "Seniorjob". */
  public static final int SENIOR_JOB = 25;

  /** 71 — "Arbejdsfordeling op til 6 uger". */
  public static final int WORK_SHARING_UP_TO_6_WEEKS = 71;

  /** 74 — "Uddannelse under pulje til uddannelsesløft". */
  public static final int EDUCATION_UNDER_EDUCATION_BOOST_POOL = 74;

  /** 78 — "Arbejdsfordeling – ny midlertidig ordning. Covid-19". */
  public static final int WORK_SHARING_COVID_19 = 78;

  private AbsenceTypes() {}
}
