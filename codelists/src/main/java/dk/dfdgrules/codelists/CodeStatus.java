/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

/**
 * What a {@link CodeList} knows about an id on a date: the answer of {@link
 * CodeList#statusOf(String, java.time.LocalDate)}.
 */
public enum CodeStatus {
  /** The id is in the list and valid on the date. */
  VALID,
  /** The id is in the list, but its validity starts after the date. */
  NOT_YET_VALID,
  /** The id is in the list, but its validity ended before the date (known, no longer valid). */
  RETIRED,
  /**
   * The id is not in the list, but the list is partial and its metadata says other ids are accepted
   * ({@link CodeList#acceptsOtherIds()}): a known id whose name is not in the sources.
   */
  KNOWN_ID_NAME_NOT_IN_SOURCES,
  /** The id is not in the list and the list accepts no other ids. */
  UNKNOWN
}
