/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Labels and coverage requirements, called from inside a property while it runs, so that a property
 * can show — and assert — which kinds of cases its generators reached.
 *
 * <pre>{@code
 * @Property
 * void validPlansPassTheSupportNeedRules(@ForAll EducationPlan plan) {
 *   Statistics.label("step " + plan.step().id());
 *   Statistics.cover(10, plan.step() == Step.STEP_4, "at step 4");
 *   ...
 * }
 * }</pre>
 *
 * <p>A label counts the tries it was given in (once per try). A coverage requirement fails the
 * property after its last try when fewer than the required percentage of the tries met the
 * condition, with a message that names the label, the share reached and the seed. Discarded tries
 * (an aborted assumption) count for neither. During shrinking, and outside a property, these
 * methods do nothing.
 */
public final class Statistics {

  private static final ThreadLocal<@Nullable Collector> CURRENT = new ThreadLocal<>();

  private Statistics() {}

  /**
   * Counts the current try under a label.
   *
   * @param label a short description of the kind of case, e.g. {@code "step 4"}
   */
  public static void label(String label) {
    Collector c = CURRENT.get();
    if (c != null) {
      c.label(label);
    }
  }

  /**
   * Requires that at least a share of the tries meets a condition; counts the current try under the
   * label when it does.
   *
   * @param minPercent the least share of tries, 0–100
   * @param condition whether the current try meets it
   * @param label names the condition in statistics and messages
   * @throws IllegalArgumentException if {@code minPercent} is outside 0–100, or the same label is
   *     required with two different shares
   */
  public static void cover(double minPercent, boolean condition, String label) {
    checkArgument(
        minPercent >= 0 && minPercent <= 100, "minPercent must be 0-100, was %s", minPercent);
    Collector c = CURRENT.get();
    if (c != null) {
      c.require(label, minPercent);
      if (condition) {
        c.label(label);
      }
    }
  }

  static @Nullable Collector install(@Nullable Collector collector) {
    Collector previous = CURRENT.get();
    if (collector == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(collector);
    }
    return previous;
  }

  /** The counts of one property run. */
  static final class Collector {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Double> required = new LinkedHashMap<>();
    private final Set<String> thisTry = new LinkedHashSet<>();
    private int tries;

    void label(String label) {
      thisTry.add(label);
    }

    void require(String label, double minPercent) {
      Double before = required.putIfAbsent(label, minPercent);
      checkArgument(
          before == null || before == minPercent,
          "coverage of '%s' is required as both %s %% and %s %%",
          label,
          before,
          minPercent);
      counts.putIfAbsent(label, 0);
    }

    void commitTry() {
      tries++;
      for (String l : thisTry) {
        counts.merge(l, 1, Integer::sum);
      }
      thisTry.clear();
    }

    void discardTry() {
      thisTry.clear();
    }

    int tries() {
      return tries;
    }

    ImmutableMap<String, Integer> counts() {
      return ImmutableMap.copyOf(counts);
    }

    ImmutableMap<String, Double> required() {
      return ImmutableMap.copyOf(required);
    }
  }
}
