/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing choice sequence: makes it shorter and its numbers smaller while the property
 * still fails, in <em>shortlex</em> order (a shorter sequence is simpler; of equal length, the
 * lexicographically smaller one). Deterministic, and bounded by a number of replays.
 *
 * <p>Passes, repeated until one whole round improves nothing or the budget is spent:
 *
 * <ol>
 *   <li>delete chunks of 8, 4, 2 and 1 choices (removes list elements and filter rejections);
 *   <li>set chunks of 8, 4 and 2 choices to 0;
 *   <li>lower each choice: try 0, then binary search;
 *   <li>move the value of a choice, or a half, a quarter … of it, onto a later one (turns {@code
 *       [60, 50]} into {@code [0, 110]}, whose first element the next round deletes; {@code [10,
 *       0]} into {@code [5, 5]}).
 * </ol>
 */
public final class Shrinker {

  /** Replays a candidate sequence. */
  @FunctionalInterface
  public interface Oracle {
    /**
     * Replays a candidate.
     *
     * @param candidate the choices to replay
     * @return the choices the replay used, if the property still failed in the same way; null
     *     otherwise
     */
    long @Nullable [] stillFails(long[] candidate);
  }

  /**
   * The outcome of shrinking.
   *
   * @param choices the smallest failing sequence found
   * @param steps the replays made
   * @param improvements how many replays found a smaller failing sequence
   */
  public record Result(long[] choices, int steps, int improvements) {}

  private final Oracle oracle;
  private final int maxSteps;
  private final Set<Key> tried = new HashSet<>();
  private long[] best;
  private int steps;
  private int improvements;

  private Shrinker(long[] start, Oracle oracle, int maxSteps) {
    this.best = start.clone();
    this.oracle = oracle;
    this.maxSteps = maxSteps;
  }

  /**
   * Shrinks a failing sequence.
   *
   * @param failing the choices of the failing value
   * @param oracle replays candidates
   * @param maxSteps the most replays to make
   * @return the result
   */
  public static Result shrink(long[] failing, Oracle oracle, int maxSteps) {
    Shrinker s = new Shrinker(failing, oracle, maxSteps);
    s.run();
    return new Result(s.best.clone(), s.steps, s.improvements);
  }

  private void run() {
    boolean improved = true;
    while (improved && steps < maxSteps) {
      improved = deleteChunks();
      improved |= zeroChunks();
      improved |= lowerValues();
      improved |= redistribute();
    }
  }

  private boolean deleteChunks() {
    boolean any = false;
    for (int k : new int[] {8, 4, 2, 1}) {
      int i = 0;
      while (i + k <= best.length && steps < maxSteps) {
        long[] c = new long[best.length - k];
        System.arraycopy(best, 0, c, 0, i);
        System.arraycopy(best, i + k, c, i, best.length - i - k);
        if (accept(c)) {
          any = true;
        } else {
          i++;
        }
      }
    }
    return any;
  }

  private boolean zeroChunks() {
    boolean any = false;
    for (int k : new int[] {8, 4, 2}) {
      for (int i = 0; i + k <= best.length && steps < maxSteps; i++) {
        boolean nonZero = false;
        for (int j = i; j < i + k; j++) {
          nonZero |= best[j] != 0;
        }
        if (nonZero) {
          long[] c = best.clone();
          Arrays.fill(c, i, i + k, 0);
          any |= accept(c);
        }
      }
    }
    return any;
  }

  private boolean lowerValues() {
    boolean any = false;
    for (int i = 0; i < best.length && steps < maxSteps; i++) {
      if (best[i] == 0) {
        continue;
      }
      if (acceptWith(i, 0)) {
        any = true;
        continue;
      }
      long lo = 1;
      while (i < best.length && lo < best[i] && steps < maxSteps) {
        long mid = lo + (best[i] - lo) / 2;
        if (acceptWith(i, mid)) {
          any = true;
        } else {
          lo = mid + 1;
        }
      }
    }
    return any;
  }

  private boolean redistribute() {
    boolean any = false;
    for (int i = 0; i < best.length && steps < maxSteps; i++) {
      for (int j = i + 1; j < Math.min(best.length, i + 9) && steps < maxSteps; j++) {
        // move all of best[i] onto best[j], else a half, a quarter …
        for (long d = i < best.length && j < best.length ? best[i] : 0;
            d > 0 && j < best.length && steps < maxSteps;
            d /= 2) {
          long[] c = best.clone();
          long sum = c[j] + d;
          c[j] = sum < 0 ? Long.MAX_VALUE : sum;
          c[i] -= d;
          if (accept(c)) {
            any = true;
            break;
          }
        }
      }
    }
    return any;
  }

  private boolean acceptWith(int i, long value) {
    long[] c = best.clone();
    c[i] = value;
    return accept(c);
  }

  private boolean accept(long[] candidate) {
    if (!isSimpler(candidate, best) || steps >= maxSteps || !tried.add(new Key(candidate))) {
      return false;
    }
    steps++;
    long[] result = oracle.stillFails(candidate);
    if (result != null && isSimpler(result, best)) {
      best = result;
      improvements++;
      return true;
    }
    return false;
  }

  /**
   * Tells whether a sequence is simpler than another in shortlex order.
   *
   * @param a a sequence
   * @param b another
   * @return true if {@code a} is shorter, or as long and lexicographically smaller
   */
  public static boolean isSimpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }

  private record Key(long[] choices) {
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && Arrays.equals(choices, k.choices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
      return Arrays.toString(choices);
    }
  }
}
