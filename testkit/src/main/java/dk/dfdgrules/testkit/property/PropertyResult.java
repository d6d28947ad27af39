/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a property run did: how many tries (edge cases among them), how many were discarded, the
 * counts of every label, and the failure if there was one.
 *
 * @param name the property's name
 * @param seed the seed of the run
 * @param tries the tries evaluated, edge cases included, discarded ones not
 * @param edgeCases the edge cases among the tries
 * @param discarded the tries discarded by an aborted assumption
 * @param labels the number of tries per label ({@link Statistics})
 * @param required the coverage required per label, in per cent
 * @param failure the counterexample or coverage failure, if the property failed
 */
public record PropertyResult(
    String name,
    long seed,
    int tries,
    int edgeCases,
    int discarded,
    Map<String, Integer> labels,
    Map<String, Double> required,
    Optional<AssertionError> failure) {

  /**
   * Copies the maps.
   *
   * @param name the property's name
   * @param seed the seed of the run
   * @param tries the tries evaluated
   * @param edgeCases the edge cases among the tries
   * @param discarded the tries discarded
   * @param labels the number of tries per label
   * @param required the coverage required per label
   * @param failure the failure, if any
   */
  public PropertyResult {
    labels = ImmutableMap.copyOf(labels);
    required = ImmutableMap.copyOf(required);
  }

  /**
   * Tells whether the property held and its coverage was met.
   *
   * @return true if passed
   */
  public boolean passed() {
    return failure.isEmpty();
  }

  /**
   * The share of tries with a label.
   *
   * @param label a label
   * @return the share in per cent, 0 when there were no tries
   */
  public double percentage(String label) {
    return tries == 0 ? 0 : 100.0 * labels.getOrDefault(label, 0) / tries;
  }

  /**
   * A short report: tries, seed, and one line per label with its share (and requirement).
   *
   * @return the report
   */
  public String report() {
    StringBuilder b =
        new StringBuilder()
            .append(name)
            .append(": ")
            .append(tries)
            .append(" tries (")
            .append(edgeCases)
            .append(" edge cases), ")
            .append(discarded)
            .append(" discarded, seed ")
            .append(seed);
    labels.forEach(
        (label, count) -> {
          b.append("\n  ")
              .append(String.format(Locale.ROOT, "%5.1f %%", percentage(label)))
              .append(' ')
              .append(label)
              .append(" (")
              .append(count)
              .append(')');
          Double min = required.get(label);
          if (min != null) {
            b.append(String.format(Locale.ROOT, " — required ≥ %.1f %%", min));
          }
        });
    return b.toString();
  }
}
