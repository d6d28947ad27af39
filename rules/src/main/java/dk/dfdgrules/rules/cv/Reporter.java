/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

/** Who reports a CV approval status to DFDG ({@code JobSearch.CvWorkflowService}). */
public enum Reporter {
  /** The citizen's a-kasse (unemployment fund). */
  UNEMPLOYMENT_FUND,
  /** The jobcentre. */
  JOBCENTRE
}
