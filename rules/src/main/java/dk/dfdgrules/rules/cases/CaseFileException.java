/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

/** A case file that cannot be read: the message names the file, line and field. */
public final class CaseFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An error.
   *
   * @param message file, line, field and reason
   */
  public CaseFileException(String message) {
    super(message);
  }

  /**
   * An error with its cause.
   *
   * @param message file, line, field and reason
   * @param cause the parser's error
   */
  public CaseFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
