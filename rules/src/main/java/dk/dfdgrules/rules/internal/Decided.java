/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.internal;

import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Violation;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an area's decision says besides its content: its kind, the rule that decided and why. The
 * deciding areas' folds find it in their rules' results, the first that applies of several ways,
 * then build their decision with it.
 *
 * @param kind the kind of the decision
 * @param rule the rule that decided; empty when none did
 * @param reason why
 * @param <K> the area's kinds of decision
 */
public record Decided<K>(K kind, Optional<RuleId> rule, Optional<Message> reason) {

  /**
   * Decided by a derived value: by its rule, for its reason.
   *
   * @param kind the kind
   * @param value the value
   * @param <K> the area's kinds of decision
   * @return the decision's kind, rule and reason
   */
  public static <K> Decided<K> by(K kind, DerivedValue<?> value) {
    return new Decided<>(kind, Optional.of(value.decidedBy()), Optional.of(value.reason()));
  }

  /**
   * Decided by a violation: by its rule, for its message.
   *
   * @param kind the kind
   * @param violation the violation
   * @param <K> the area's kinds of decision
   * @return the decision's kind, rule and reason
   */
  public static <K> Decided<K> by(K kind, Violation violation) {
    return new Decided<>(kind, Optional.of(violation.ruleId()), Optional.of(violation.message()));
  }

  /**
   * Decided by no rule.
   *
   * @param kind the kind
   * @param reason why, if anything says
   * @param <K> the area's kinds of decision
   * @return the decision's kind and reason
   */
  public static <K> Decided<K> byNoRule(K kind, Optional<Message> reason) {
    return new Decided<>(kind, Optional.empty(), reason);
  }

  /**
   * Undetermined by the first rule that misses a fact, naming the facts it misses.
   *
   * @param results the rules' results
   * @param kind the area's undetermined kind
   * @param <K> the area's kinds of decision
   * @return the decision's kind, rule and reason; empty when no rule misses a fact
   */
  public static <K> Optional<Decided<K>> firstUndetermined(RuleResults results, K kind) {
    return results.results().stream()
        .filter(RuleResult::isUndetermined)
        .findFirst()
        .map(
            r ->
                new Decided<>(
                    kind,
                    Optional.of(r.ruleId()),
                    Optional.of(
                        Message.of(
                            "rule.undetermined",
                            "rule",
                            r.ruleId(),
                            "missing",
                            r.missingFacts()))));
  }

  /**
   * Decided by the first derived value that says something: by its rule, for the rule's explanation
   * or else the value's reason.
   *
   * @param results the rules' results
   * @param saysSomething whether a derived value says something about the facts
   * @param kind the area's decided kind
   * @param <K> the area's kinds of decision
   * @return the decision's kind, rule and reason; empty when no derived value says something
   */
  public static <K> Optional<Decided<K>> firstSaying(
      RuleResults results, Predicate<DerivedValue<?>> saysSomething, K kind) {
    return results.derivedValues().stream()
        .filter(saysSomething)
        .findFirst()
        .map(
            d ->
                new Decided<>(
                    kind,
                    Optional.of(d.decidedBy()),
                    results
                        .result(d.decidedBy())
                        .flatMap(RuleResult::explanation)
                        .or(() -> Optional.of(d.reason()))));
  }
}
