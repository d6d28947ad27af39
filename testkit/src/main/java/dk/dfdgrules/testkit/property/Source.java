/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.testkit.property.internal.ChoiceStream;

/**
 * What a {@link Gen} draws from: a seeded stream of choices that the engine records, replays and
 * shrinks. A generator written by hand draws only through these methods (or through other
 * generators with {@link #draw(Gen)}); it never keeps a {@code Random} of its own, or shrinking and
 * reproduction would not see its choices.
 *
 * <p>Every draw <em>shrinks</em> towards its simplest answer: a number towards zero (or the bound
 * nearest zero), an index towards 0, a coin towards {@code false}. Write generators so that the
 * simplest answers give the simplest value (the empty list, the first alternative, the earliest
 * date).
 *
 * <p>Every draw also has <em>edge alternatives</em>, tried first by the engine: the bounds of a
 * number, both sides of a coin, and every alternative of an index among at most 16.
 *
 * <p>Instances are made by the engine (and by {@link Gen#sample(long)}); one per generated value,
 * not thread-safe.
 */
public final class Source {

  /** Below this many alternatives every alternative of an index is an edge case. */
  static final int ALL_EDGES_BELOW = 16;

  private final ChoiceStream choices;

  Source(ChoiceStream choices) {
    this.choices = choices;
  }

  /**
   * Draws a value from a generator.
   *
   * @param gen the generator
   * @param <T> the value type
   * @return the value
   */
  public <T> T draw(Gen<T> gen) {
    return gen.generate(this);
  }

  /**
   * Draws a number in a range. It shrinks towards the value of the range nearest zero; its edge
   * cases are the bounds (and 0 and −1 when the range spans zero).
   *
   * @param min the smallest value
   * @param max the largest value, not below {@code min}
   * @return a number in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  public long longBetween(long min, long max) {
    checkArgument(max >= min, "max %s is below min %s", max, min);
    if (min >= 0) {
      return min + choices.choose(max - min, 0, null);
    }
    if (max < 0) {
      return max - choices.choose(max - min, 0, null);
    }
    boolean negative = choices.choose(1, 2, null) == 1;
    return negative ? -1 - choices.choose(-(min + 1), 0, null) : choices.choose(max, 0, null);
  }

  /**
   * Draws a number in a range; see {@link #longBetween(long, long)}.
   *
   * @param min the smallest value
   * @param max the largest value, not below {@code min}
   * @return a number in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  public int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /**
   * Draws an index, uniformly. It shrinks towards 0; when {@code size} is at most 16 every index is
   * an edge case, otherwise the first and the last.
   *
   * @param size the number of alternatives, at least 1
   * @return an index in {@code [0, size)}
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public int index(int size) {
    checkArgument(size >= 1, "size must be at least 1, was %s", size);
    return (int) choices.choose(size - 1L, ALL_EDGES_BELOW, null);
  }

  /**
   * Draws an index with weights. It shrinks towards 0; when there are at most 16 alternatives every
   * alternative is an edge case.
   *
   * @param weights one non-negative weight per alternative, at least one positive
   * @return an index in {@code [0, weights.length)}
   * @throws IllegalArgumentException if there is no positive weight or a weight is negative
   */
  public int weightedIndex(double... weights) {
    checkArgument(weights.length >= 1, "at least one weight is needed");
    boolean anyPositive = false;
    for (double w : weights) {
      checkArgument(w >= 0 && Double.isFinite(w), "weights must be finite and >= 0, was %s", w);
      anyPositive |= w > 0;
    }
    checkArgument(anyPositive, "at least one weight must be positive");
    return (int) choices.choose(weights.length - 1L, ALL_EDGES_BELOW, weights);
  }

  /**
   * Flips a coin. It shrinks towards {@code false}; both sides are edge cases.
   *
   * @param probabilityOfTrue the chance of {@code true} in random generation, in {@code [0, 1]}
   * @return the side
   * @throws IllegalArgumentException if the probability is outside {@code [0, 1]}
   */
  public boolean coin(double probabilityOfTrue) {
    checkArgument(
        probabilityOfTrue >= 0 && probabilityOfTrue <= 1,
        "probability must be in [0, 1], was %s",
        probabilityOfTrue);
    return choices.choose(1, 2, new double[] {1 - probabilityOfTrue, probabilityOfTrue}) == 1;
  }

  ChoiceStream choices() {
    return choices;
  }
}
