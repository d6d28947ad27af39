/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

/**
 * Every try of a property passed, but a coverage requirement ({@link Statistics#cover}) was not
 * met: the generators did not reach a kind of case often enough. The message names each label below
 * its requirement, the share it reached, and the seed.
 */
public final class CoverageFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The seed of the run. */
  private final long seed;

  CoverageFailure(String message, long seed) {
    super(message);
    this.seed = seed;
  }

  /**
   * The seed of the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }
}
