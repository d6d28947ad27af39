/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

/**
 * What PG-2 answers to the new jobcentre's request to close a marking created by the citizen's
 * previous jobcentre, after it moved the citizen itself (the derived {@code closeRequestedBy}).
 */
public enum CloseRequest {
  /** The new jobcentre may close the marking (from 2021-12-06). */
  PERMITTED,
  /** The new jobcentre could not close the marking (before 2021-12-06): an error of PG-2. */
  REFUSED
}
