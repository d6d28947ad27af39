/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

/** How {@link ActivationMeasuresJob} groups its measures. */
public enum Grouping {
  /** One group: the whole period. */
  NONE,
  /**
   * One group per municipality code of the rows (the empty code for rows without one), each over
   * the whole period.
   */
  MUNICIPALITY,
  /**
   * One group per calendar month of the period, each over the month's days within the period (the
   * first and last month may be partial).
   */
  MONTH
}
