package dk.dfdgrules.core.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The results of every rule an area entry point evaluated, joined: one outcome, every violation.
 *
 * <p>The outcome is {@link Outcome#VIOLATED} if any rule is violated, else {@link
 * Outcome#UNDETERMINED} if any is undetermined, else {@link Outcome#SATISFIED} if any rule applied,
 * else {@link Outcome#NOT_IN_FORCE}.
 *
 * @param results the result of each rule, in evaluation order
 */
public record CombinedResult(List<RuleResult> results) {

  /** Copies the list. */
  public CombinedResult {
    results = ImmutableList.copyOf(results);
  }

  /**
   * Joins results.
   *
   * @param results the results
   * @return the combined result
   */
  public static CombinedResult of(RuleResult... results) {
    return new CombinedResult(List.of(results));
  }

  /**
   * Evaluates rules on the same facts, in order, and joins their results: what an area's entry
   * point does.
   *
   * @param rules the rules
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @param <F> the facts
   * @return the joined results
   */
  public static <F> CombinedResult evaluate(
      List<? extends Rule<? super F>> rules, F facts, EvaluationContext context) {
    return new CombinedResult(rules.stream().map(r -> r.evaluate(facts, context)).toList());
  }

  /**
   * The joined outcome.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    if (results.stream().anyMatch(RuleResult::isViolated)) {
      return Outcome.VIOLATED;
    }
    if (results.stream().anyMatch(RuleResult::isUndetermined)) {
      return Outcome.UNDETERMINED;
    }
    return results.stream().anyMatch(RuleResult::isSatisfied)
        ? Outcome.SATISFIED
        : Outcome.NOT_IN_FORCE;
  }

  /**
   * Every violation of every rule.
   *
   * @return the violations
   */
  public ImmutableList<Violation> violations() {
    return results.stream()
        .flatMap(r -> r.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every error.
   *
   * @return the errors
   */
  public ImmutableList<Violation> errors() {
    return violations().stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every warning.
   *
   * @return the warnings
   */
  public ImmutableList<Violation> warnings() {
    return violations().stream()
        .filter(v -> !v.isError())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every missing fact, once each.
   *
   * @return the facts
   */
  public ImmutableList<String> missingFacts() {
    return results.stream()
        .flatMap(r -> r.missingFacts().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every derived value.
   *
   * @return the values
   */
  public ImmutableList<DerivedValue> derivedValues() {
    return results.stream()
        .flatMap(r -> r.derivedValues().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The result of one rule.
   *
   * @param ruleId the rule
   * @return its result, if it was evaluated
   */
  public Optional<RuleResult> result(RuleId ruleId) {
    return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * The ids of the rules with at least one violation (error or warning), in order.
   *
   * @return the ids
   */
  public ImmutableList<RuleId> violatedRuleIds() {
    return violations().stream()
        .map(Violation::ruleId)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
