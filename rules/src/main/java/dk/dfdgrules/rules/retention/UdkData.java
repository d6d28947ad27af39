/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

/** What Udbetaling Danmark (UDK) asks to read in DFDG (RET-4). */
public enum UdkData {
  /** DFDG's history of a-kasse membership. */
  MEMBERSHIP_HISTORY,
  /** The dates of entry to and exit from efterløn, reported by the a-kasse. */
  EARLY_RETIREMENT_DATES,
  /** Anything else: RET-4 says nothing about it. */
  OTHER
}
