/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The results of several rules evaluated on the same facts, joined: one outcome, every violation,
 * every derived value, typed. An area's {@link Answer} is one; an area's {@linkplain
 * RuleArea.Decider decider} reads one to fold its decision.
 *
 * <p>The joined outcome is {@link Outcome#VIOLATED} if any rule is violated, else {@link
 * Outcome#UNDETERMINED} if any is undetermined, else {@link Outcome#SATISFIED} if any rule applied,
 * else {@link Outcome#NOT_IN_FORCE}.
 */
public interface RuleResults {

  /**
   * Joins results.
   *
   * @param results the result of each rule, in evaluation order
   * @return the joined view
   */
  static RuleResults of(List<RuleResult> results) {
    ImmutableList<RuleResult> copy = ImmutableList.copyOf(results);
    return () -> copy;
  }

  /**
   * The result of each rule, in evaluation order.
   *
   * @return the results
   */
  List<RuleResult> results();

  /**
   * The joined outcome.
   *
   * @return the outcome
   */
  default Outcome outcome() {
    boolean undetermined = false;
    boolean satisfied = false;
    for (RuleResult r : results()) {
      switch (r.outcome()) {
        case VIOLATED -> {
          return Outcome.VIOLATED;
        }
        case UNDETERMINED -> undetermined = true;
        case SATISFIED -> satisfied = true;
        case NOT_IN_FORCE -> {}
      }
    }
    return undetermined
        ? Outcome.UNDETERMINED
        : satisfied ? Outcome.SATISFIED : Outcome.NOT_IN_FORCE;
  }

  /**
   * The result of one rule.
   *
   * @param ruleId the rule
   * @return its result, if it was evaluated
   */
  default Optional<RuleResult> result(RuleId ruleId) {
    for (RuleResult r : results()) {
      if (r.ruleId().equals(ruleId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The result of one rule.
   *
   * @param rule the rule
   * @return its result, if it was evaluated
   */
  default Optional<RuleResult> result(Rule<?> rule) {
    return result(rule.id());
  }

  /**
   * Every violation of every rule, in order.
   *
   * @return the violations
   */
  default ImmutableList<Violation> violations() {
    return results().stream()
        .flatMap(r -> r.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every error.
   *
   * @return the errors
   */
  default ImmutableList<Violation> errors() {
    return violations().stream()
        .filter(Violation::isError)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every warning.
   *
   * @return the warnings
   */
  default ImmutableList<Violation> warnings() {
    return violations().stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The ids of the rules with at least one violation (error or warning), in order.
   *
   * @return the ids
   */
  default ImmutableList<RuleId> violatedRuleIds() {
    return violations().stream()
        .map(Violation::ruleId)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every missing fact, once each.
   *
   * @return the facts
   */
  default ImmutableList<String> missingFacts() {
    return results().stream()
        .flatMap(r -> r.missingFacts().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every derived value of every rule, in order.
   *
   * @return the values
   */
  default ImmutableList<DerivedValue<?>> derivedValues() {
    return results().stream()
        .flatMap(r -> r.derivedValues().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The values derived under a key, or under each element of a template, by any rule.
   *
   * @param key a key, or a template such as {@code contactPersons[].period}
   * @param <T> the values' type
   * @return the derived values, in order
   */
  default <T> ImmutableList<DerivedValue<T>> derived(DerivedKey<T> key) {
    ImmutableList.Builder<DerivedValue<T>> b = ImmutableList.builder();
    for (RuleResult r : results()) {
      b.addAll(r.derived(key));
    }
    return b.build();
  }

  /**
   * The value derived under a key by any rule (the first, should there be several).
   *
   * @param key the key of one value
   * @param <T> the value's type
   * @return the value, or empty when none was derived
   */
  default <T> Optional<T> value(DerivedKey<T> key) {
    for (RuleResult r : results()) {
      Optional<T> v = r.value(key);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /**
   * The sources of the rule versions that applied, once each, in order.
   *
   * @return the citations
   */
  default ImmutableList<SourceCitation> citations() {
    return results().stream()
        .flatMap(r -> r.citation().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
