/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server;

import dk.dfdgrules.server.problem.Problem;

/** Ends a request with a {@link Problem}: the caller's mistake, answered as problem+json. */
final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  ProblemException(Problem.Kind kind, String detail) {
    this(Problem.of(kind, detail));
  }

  Problem problem() {
    return problem;
  }
}
