/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

/** RET-4: whether UDK may read what it asks for in DFDG. */
public enum UdkReadAccess {
  /** DFDG's history of a-kasse membership, or the dates of entry to and exit from efterløn. */
  PERMITTED,
  /** Anything else: RET-4 says nothing about it. */
  NOT_COVERED
}
