/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

/**
 * A DREAM file that cannot be read at all — empty, no recognisable header, a long file not sorted
 * by person — as opposed to a bad row, which is rejected and reported. The message names the line
 * and never holds personal data.
 */
public final class DreamInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An input error.
   *
   * @param message what is wrong; no personal data
   */
  DreamInputException(String message) {
    super(message);
  }
}
