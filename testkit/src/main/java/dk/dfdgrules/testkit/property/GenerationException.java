/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

/**
 * A generator could not produce a value: a filter rejected too many values in a row, or too few
 * distinct values exist for a set. The message names the filter; the engine adds the property and
 * its seed.
 */
public class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what could not be generated and why
   */
  public GenerationException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what could not be generated and why
   * @param cause the underlying failure
   */
  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
