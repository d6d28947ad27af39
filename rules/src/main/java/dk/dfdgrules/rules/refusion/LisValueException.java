/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

/**
 * A malformed value of a LIS row: its message is the {@link LisProblem#reason() reason}, never the
 * value (which may sit next to a CPR number in the file).
 */
public final class LisValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problem. */
  private final LisProblem problem;

  /**
   * An exception for a problem.
   *
   * @param problem what is wrong
   */
  public LisValueException(LisProblem problem) {
    super(requireNonNull(problem, "problem").reason());
    this.problem = problem;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public LisProblem problem() {
    return problem;
  }
}
