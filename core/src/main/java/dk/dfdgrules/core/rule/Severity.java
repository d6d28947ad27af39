/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

/** How serious a violation is. */
public enum Severity {
  /** The data may not be saved or sent as it is. */
  ERROR,
  /** The data may be saved, but something should be looked at (e.g. SN-6). */
  WARNING
}
