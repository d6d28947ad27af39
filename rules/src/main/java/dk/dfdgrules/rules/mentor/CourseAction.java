/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

/**
 * What a jobcentre does with a course intervention (kursusindsats): create a new one or update one.
 */
public enum CourseAction {
  /** A new course intervention. */
  CREATE,
  /** An update of an existing course intervention. */
  UPDATE
}
