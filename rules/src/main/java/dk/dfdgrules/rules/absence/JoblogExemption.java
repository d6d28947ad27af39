/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

/**
 * ABS-3: what an absence 'Uddannelse under pulje til uddannelsesløft' (74) does to the joblog
 * requirement.
 */
public enum JoblogExemption {
  /** A job-ready citizen in contact group 2 or 26 with an active absence 74: exempt. */
  EXEMPT,
  /** The same citizen before 2021-12-06: not exempt (the error the release corrected). */
  NOT_EXEMPT,
  /** ABS-3 says nothing: no active absence 74, another contact group, or not job-ready. */
  NOT_COVERED
}
