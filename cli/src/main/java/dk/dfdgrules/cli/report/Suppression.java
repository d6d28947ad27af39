/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Small-cell suppression ({@code --suppress-below N}): a count from 1 to N−1 is shown as {@code
 * <N}, never as a number and never as 0; a share is hidden ({@value #HIDDEN_SHARE}) when its count
 * or its base is suppressed. A true 0 stays 0. Off (N = 0 or 1) nothing is hidden.
 *
 * <p>This is primary suppression only: where the hidden cells of a row can be worked out from its
 * total and the shown cells, the caller must hide more.
 *
 * @param below the threshold N, ≥ 0
 */
public record Suppression(int below) {

  /** What a hidden share shows. */
  public static final String HIDDEN_SHARE = "·";

  /** No suppression. */
  public static final Suppression NONE = new Suppression(0);

  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException if it is negative
   */
  public Suppression {
    checkArgument(below >= 0, "the threshold must be >= 0, was %s", below);
  }

  /**
   * Whether a count is hidden.
   *
   * @param n the count
   * @return true for {@code 1 <= n < N}
   */
  public boolean hides(long n) {
    return n > 0 && n < below;
  }

  /**
   * Whether a share is hidden: its count or its base is.
   *
   * @param numerator the count
   * @param denominator the base
   * @return true if hidden
   */
  public boolean hidesShare(long numerator, long denominator) {
    return hides(numerator) || hides(denominator);
  }

  /**
   * What a hidden count shows.
   *
   * @return {@code <N}
   */
  public String hiddenCount() {
    return "<" + below;
  }
}
