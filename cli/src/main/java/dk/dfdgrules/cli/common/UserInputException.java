/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.common;

/**
 * A mistake in what the user gave the command (a missing file, a malformed date or field): the
 * command prints the message on one line and exits with code 2, never a stack trace.
 */
public final class UserInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An input error.
   *
   * @param message what is wrong, naming the file, line or field; never personal data
   */
  public UserInputException(String message) {
    super(message);
  }

  /**
   * An input error with its cause.
   *
   * @param message what is wrong
   * @param cause the underlying exception
   */
  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
