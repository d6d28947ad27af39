/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * Enumerates the edge cases of a generator as vectors of edge-alternative indices, one per draw,
 * breadth first: the all-simplest vector first, then those that differ from it in one draw, then in
 * two, and so on. The tree is discovered as values are generated (a draw's later draws depend on
 * its answer), so the caller reports back the arities each vector met.
 *
 * <p>Each vector is produced once: its parent is the vector with its last non-zero index set to 0.
 * Only the first {@value #MAX_POSITIONS} draws of a value are varied.
 */
public final class EdgeCaseEnumerator {

  /** Draws beyond this position keep their simplest alternative. */
  static final int MAX_POSITIONS = 64;

  private final Deque<int[]> queue = new ArrayDeque<>();

  /** Starts with the all-simplest vector. */
  public EdgeCaseEnumerator() {
    queue.add(new int[0]);
  }

  /**
   * The next vector to try.
   *
   * @return the vector, or empty when every edge case has been produced
   */
  public Optional<int[]> next() {
    return Optional.ofNullable(queue.poll());
  }

  /**
   * Reports the draws a vector met, so its children can be enqueued.
   *
   * @param vector the vector that was tried
   * @param arities the number of edge alternatives of each draw it met
   */
  public void explored(int[] vector, int[] arities) {
    int last = vector.length - 1;
    while (last >= 0 && vector[last] == 0) {
      last--;
    }
    int end = Math.min(arities.length, MAX_POSITIONS);
    for (int i = last + 1; i < end; i++) {
      for (int j = 1; j < arities[i]; j++) {
        int[] child = Arrays.copyOf(vector, i + 1);
        child[i] = j;
        queue.add(child);
      }
    }
  }
}
