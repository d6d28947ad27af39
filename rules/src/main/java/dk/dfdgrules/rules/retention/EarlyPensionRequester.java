/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

/** Who asks for a citizen's early-pension data (RET-3). */
public enum EarlyPensionRequester {
  /** The citizen's current a-kasse: DFDG forwards the data to it. */
  CURRENT_UNEMPLOYMENT_FUND,
  /** An a-kasse the citizen is not a member of now. */
  OTHER_UNEMPLOYMENT_FUND,
  /** A jobcentre: no access. */
  JOBCENTRE
}
