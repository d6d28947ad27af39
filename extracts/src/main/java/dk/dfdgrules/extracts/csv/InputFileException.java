/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.csv;

/**
 * A whole input file cannot be read as the job needs it — no header row, a required column missing
 * — as opposed to a bad row, which is reported and skipped. The message says what is wrong in one
 * line, without personal data, for a command line to print.
 */
public class InputFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An input error.
   *
   * @param message what is wrong, without personal data
   */
  public InputFileException(String message) {
    super(message);
  }
}
