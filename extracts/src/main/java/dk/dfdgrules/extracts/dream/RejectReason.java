/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

/**
 * Why a row of a DREAM file was rejected. Each reason has a message key {@code dream.reject.<NAME>}
 * in the DREAM message bundles of {@code dfdg-rules} (Danish and English, {@link
 * dk.dfdgrules.rules.dream.DreamMessages}).
 */
public enum RejectReason {
  /** An empty line. */
  EMPTY_ROW,
  /** More or fewer fields than the header. */
  FIELD_COUNT,
  /** The person key is blank or longer than 64 characters. */
  MALFORMED_KEY,
  /** A weekly value that is neither blank nor three digits. */
  MALFORMED_CODE,
  /** A three-digit code that is not in the code table. */
  UNKNOWN_CODE,
  /** A quoted field whose quote is not closed on the line. */
  UNTERMINATED_QUOTE,
  /** A week value (long format) that is malformed or names no real week. */
  MALFORMED_WEEK,
  /** A week (long format) outside the data range. */
  WEEK_OUT_OF_RANGE,
  /** A visitation category that is not known. */
  UNKNOWN_VISITATION,
  /**
   * A person key already used by an earlier row of a wide file: a person counts once (DRM-7), so
   * the later row is rejected. (In a long file a key that comes back after another key is the "not
   * sorted" input error.)
   */
  DUPLICATE_KEY,
  /** A quarter value (visit table) that is malformed. */
  MALFORMED_QUARTER,
  /** A second visit row for the same person and quarter with another category; the first stands. */
  CONFLICTING_VISITATION;

  /**
   * The message key.
   *
   * @return {@code dream.reject.<NAME>}
   */
  public String messageKey() {
    return "dream.reject." + name();
  }
}
