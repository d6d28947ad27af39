/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import java.util.OptionalInt;

/**
 * The library's optional suppression of small cells of the benchmark model (SUP-1; not in the
 * source, which removes dimensions instead): off by default; when on, a cell whose count rests on 1
 * to {@code threshold − 1} distinct citizens is {@linkplain CellValue.Suppressed suppressed}, a
 * cell of 0 stays 0.
 *
 * @param threshold the smallest number of distinct citizens shown; empty when off
 */
public record Suppression(OptionalInt threshold) {

  /** The source's group size: groups of fewer than 5 citizens are not to be shown (§7.3). */
  public static final int SOURCE_THRESHOLD = 5;

  /** Suppression off, the default. */
  public static final Suppression OFF = new Suppression(OptionalInt.empty());

  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException if it is below 2 (nothing would be suppressed)
   */
  public Suppression {
    checkArgument(
        threshold.isEmpty() || threshold.getAsInt() >= 2,
        "the suppression threshold is >= 2, was %s",
        Masking.lazy(threshold));
  }

  /**
   * Suppression of cells with fewer distinct citizens than a threshold.
   *
   * @param threshold the smallest number shown, ≥ 2 (the source's is {@value #SOURCE_THRESHOLD})
   * @return the suppression
   * @throws IllegalArgumentException if the threshold is below 2
   */
  public static Suppression below(int threshold) {
    return new Suppression(OptionalInt.of(threshold));
  }

  /**
   * Tells whether suppression is on.
   *
   * @return true when a threshold is set
   */
  public boolean isOn() {
    return threshold.isPresent();
  }

  /**
   * Tells whether a cell with a number of distinct citizens is suppressed.
   *
   * @param citizens the distinct citizens the cell's count rests on, ≥ 0
   * @return true when on and {@code 1 <= citizens < threshold}
   */
  public boolean suppresses(long citizens) {
    return threshold.isPresent() && citizens >= 1 && citizens < threshold.getAsInt();
  }
}
