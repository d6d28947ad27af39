/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

/** RET-3: whether a requester gets the citizen's early-pension data. */
public enum EarlyPensionAccess {
  /** The citizen's current a-kasse: DFDG forwards the data to it. */
  PERMITTED,
  /** A jobcentre, or an a-kasse the citizen is not a member of now: refused. */
  REFUSED
}
