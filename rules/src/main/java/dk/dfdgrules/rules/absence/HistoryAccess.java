/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

/** ABS-1: whether the citizen's current a-kasse may read one absence registration. */
public enum HistoryAccess {
  /** Within the type's read-back window. */
  READABLE,
  /** Of a covered type, but outside its read-back window. */
  NOT_READABLE,
  /** Of a type ABS-1 says nothing about. */
  NOT_COVERED
}
