/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

/** What makes DFDG consider a message to UDB (DFDG-RN-2021-12-06 §3.2). */
public enum UdbEvent {
  /** UDB tells DFDG that the young person has been admitted to an education (UDB-1 … UDB-4). */
  ADMISSION,
  /** The jobcentre changed the registered support needs after the admission (UDB-5). */
  SUPPORT_NEEDS_CHANGED
}
