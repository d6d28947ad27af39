/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The stream of choices a generator draws from, and the record of what it drew.
 *
 * <p>Every random decision of a generator is one <em>choice</em>: a number in {@code [0, max]},
 * where 0 is the simplest answer (the lower bound, the empty list, the first alternative). A value
 * is fully described by the sequence of its choices, so a failing value can be shrunk by making the
 * sequence shorter and its numbers smaller and replaying it (the approach of Hypothesis).
 *
 * <p>Three modes:
 *
 * <ul>
 *   <li><b>random</b>: choices come from a seeded {@link SplittableRandom};
 *   <li><b>replay</b>: choices come from a given sequence, clamped to each draw's bound; past its
 *       end every choice is 0;
 *   <li><b>edge</b>: each choice is one of the draw's edge alternatives (its bounds, or every
 *       alternative of a small choice), picked by an index vector; past the vector's end the first
 *       alternative.
 * </ul>
 *
 * <p>Whatever the mode, the choices actually used (after clamping) are recorded, so the record of a
 * replay is the canonical form of the value. Not thread-safe: one stream per generated value.
 */
public final class ChoiceStream {

  /** The most choices one value may use; more means a runaway generator. */
  public static final int MAX_CHOICES = 50_000;

  private enum Mode {
    RANDOM,
    REPLAY,
    EDGE
  }

  private final Mode mode;
  private final @Nullable SplittableRandom random;
  private final long[] prefix;
  private final int[] edgeVector;

  private long[] recorded = new long[32];
  private int[] arities = new int[32];
  private int size;

  private ChoiceStream(
      Mode mode, @Nullable SplittableRandom random, long[] prefix, int[] edgeVector) {
    this.mode = mode;
    this.random = random;
    this.prefix = prefix;
    this.edgeVector = edgeVector;
  }

  /**
   * A stream of random choices.
   *
   * @param seed the seed
   * @return the stream
   */
  public static ChoiceStream random(long seed) {
    return new ChoiceStream(Mode.RANDOM, new SplittableRandom(seed), new long[0], new int[0]);
  }

  /**
   * A stream that replays a recorded sequence, then answers 0.
   *
   * @param choices the choices to replay
   * @return the stream
   */
  public static ChoiceStream replay(long[] choices) {
    return new ChoiceStream(Mode.REPLAY, null, choices.clone(), new int[0]);
  }

  /**
   * A stream that answers each draw with one of its edge alternatives.
   *
   * @param edgeVector the index of the alternative per draw; 0 past its end
   * @return the stream
   */
  public static ChoiceStream edges(int[] edgeVector) {
    return new ChoiceStream(Mode.EDGE, null, new long[0], edgeVector.clone());
  }

  /**
   * Draws a choice.
   *
   * @param max the largest choice, at least 0
   * @param allEdgesBelow when {@code max} is below this, every alternative {@code 0..max} is an
   *     edge case; otherwise only {@code 0} and {@code max} (and {@code 1} if {@code smallEdge})
   * @param weights for a weighted choice, one weight per alternative {@code 0..max}; null for
   *     uniform
   * @return a choice in {@code [0, max]}
   * @throws Overrun if the value uses more than {@link #MAX_CHOICES} choices
   */
  public long choose(long max, int allEdgesBelow, double @Nullable [] weights) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    if (size >= MAX_CHOICES) {
      throw new Overrun(MAX_CHOICES);
    }
    long choice;
    int arity = edgeCount(max, allEdgesBelow);
    switch (mode) {
      case RANDOM -> choice = randomChoice(max, arity, allEdgesBelow, weights);
      case REPLAY -> choice = size < prefix.length ? Math.min(Math.max(prefix[size], 0), max) : 0;
      default -> {
        int index = size < edgeVector.length ? Math.min(edgeVector[size], arity - 1) : 0;
        choice = edge(max, allEdgesBelow, index);
      }
    }
    if (weights != null && weights[(int) choice] <= 0) {
      choice = positiveWeightNear(weights, (int) choice);
    }
    record(choice, arity);
    return choice;
  }

  private static int positiveWeightNear(double[] weights, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    for (int i = index + 1; i < weights.length; i++) {
      if (weights[i] > 0) {
        return i;
      }
    }
    return index;
  }

  private long randomChoice(long max, int arity, int allEdgesBelow, double @Nullable [] weights) {
    SplittableRandom r = random;
    if (r == null) {
      throw new IllegalStateException("no random source");
    }
    if (weights != null) {
      return weighted(r, weights);
    }
    if (max == 0) {
      return 0;
    }
    int bias = r.nextInt(16);
    if (bias == 0) {
      return edge(max, allEdgesBelow, r.nextInt(arity));
    }
    if (bias == 1 && max > 16) {
      return r.nextLong(17); // small values are simple and often interesting
    }
    return max == Long.MAX_VALUE ? r.nextLong() & Long.MAX_VALUE : r.nextLong(max + 1);
  }

  private static long weighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0 && weights[i] > 0) {
        return i;
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    return 0;
  }

  private static int edgeCount(long max, int allEdgesBelow) {
    if (max < allEdgesBelow) {
      return (int) max + 1;
    }
    return max == 0 ? 1 : 2;
  }

  private static long edge(long max, int allEdgesBelow, int index) {
    if (max < allEdgesBelow) {
      return index;
    }
    return index == 0 ? 0 : max;
  }

  private void record(long choice, int arity) {
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
      arities = Arrays.copyOf(arities, size * 2);
    }
    recorded[size] = choice;
    arities[size] = arity;
    size++;
  }

  /**
   * The choices used so far.
   *
   * @return a copy
   */
  public long[] recorded() {
    return Arrays.copyOf(recorded, size);
  }

  /**
   * The number of edge alternatives of each draw so far.
   *
   * @return a copy
   */
  public int[] arities() {
    return Arrays.copyOf(arities, size);
  }

  /**
   * The number of choices used so far.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /** Thrown when a value needs more than {@link #MAX_CHOICES} choices. */
  public static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun(int limit) {
      super("a value used more than " + limit + " random choices: is a generator recursing?");
    }
  }
}
