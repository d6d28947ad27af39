/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import dk.dfdgrules.testkit.property.internal.Describe;

/**
 * A property found a counterexample. The message gives the property's name, the seed of the run,
 * the shrunk and the original counterexample, the failure, and how to run the property again with
 * the same seed; the cause is the failure of the shrunk counterexample.
 *
 * <p>Values appear by their {@code toString} (a CPR number masked), and any CPR-like run of ten
 * digits in the text is masked too.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The property's name. */
  private final String propertyName;

  /** The seed of the run. */
  private final long seed;

  /** The tries made. */
  private final int tries;

  /** The original counterexample, as text. */
  private final String original;

  /** The shrunk counterexample, as text. */
  private final String shrunk;

  /** The replays shrinking made. */
  private final int shrinkSteps;

  /** Whether the original was an edge case. */
  private final boolean edgeCase;

  PropertyFailure(Report report) {
    super(report.message(), report.shrunkFailure());
    this.propertyName = report.propertyName();
    this.seed = report.seed();
    this.tries = report.tries();
    this.original = report.original();
    this.shrunk = report.shrunk();
    this.shrinkSteps = report.shrinkSteps();
    this.edgeCase = report.edgeCase();
  }

  /**
   * What a failed property found, as {@link PropertyCheck} hands it over.
   *
   * @param propertyName the property's name
   * @param seed the seed of the run
   * @param tries the tries made, the failing one included
   * @param edgeCase whether the original counterexample was an edge case
   * @param original the original counterexample, as (masked) text
   * @param originalFailure what the original counterexample failed with
   * @param shrunk the shrunk counterexample, as (masked) text
   * @param shrunkFailure what the shrunk counterexample failed with
   * @param shrinkSteps the replays shrinking made
   */
  record Report(
      String propertyName,
      long seed,
      int tries,
      boolean edgeCase,
      String original,
      Throwable originalFailure,
      String shrunk,
      Throwable shrunkFailure,
      int shrinkSteps) {

    String message() {
      StringBuilder b = new StringBuilder();
      b.append("Property '")
          .append(propertyName)
          .append("' failed after ")
          .append(tries)
          .append(tries == 1 ? " try" : " tries")
          .append(" (seed ")
          .append(seed)
          .append(").\n");
      b.append("Shrunk counterexample (")
          .append(shrinkSteps)
          .append(" shrink steps):\n  ")
          .append(shrunk)
          .append("\n  failure: ")
          .append(Describe.failure(shrunkFailure))
          .append('\n');
      b.append("Original counterexample")
          .append(edgeCase ? " (an edge case, tried whatever the seed)" : "")
          .append(":\n  ")
          .append(original)
          .append("\n  failure: ")
          .append(Describe.failure(originalFailure))
          .append('\n');
      b.append("Run it again with seed ")
          .append(seed)
          .append(": @Property(seed = \"")
          .append(seed)
          .append("\"), PropertyCheck.forAll(..).seed(")
          .append(seed)
          .append("L), or -D")
          .append(PropertyCheck.SEED_PROPERTY)
          .append('=')
          .append(seed)
          .append('.');
      return b.toString();
    }
  }

  /**
   * The property's name.
   *
   * @return the name
   */
  public String propertyName() {
    return propertyName;
  }

  /**
   * The seed of the run that failed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of tries made, the failing one included.
   *
   * @return the count
   */
  public int tries() {
    return tries;
  }

  /**
   * The first counterexample found, as text.
   *
   * @return the text
   */
  public String originalCounterexample() {
    return original;
  }

  /**
   * The shrunk counterexample, as text.
   *
   * @return the text
   */
  public String shrunkCounterexample() {
    return shrunk;
  }

  /**
   * The number of replays shrinking made.
   *
   * @return the count
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Tells whether the original counterexample was an edge case (found whatever the seed).
   *
   * @return true for an edge case
   */
  public boolean foundAsEdgeCase() {
    return edgeCase;
  }
}
