package dk.dfdgrules.core.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The joined results of rules (transitional; areas answer with {@link Answer}).
 *
 * @param results the result of each rule, in evaluation order
 */
public record CombinedResult(List<RuleResult> results) implements RuleResults {

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
   * Evaluates rules on the same facts, in order, and joins their results.
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
}
