/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

/** Køn — read from the last digit of a CPR number: odd is male, even is female. */
public enum Sex {
  /** Mand — the CPR number's last digit is odd. */
  MALE,
  /** Kvinde — the CPR number's last digit is even. */
  FEMALE
}
