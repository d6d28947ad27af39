package dk.dfdgrules.core.rule;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule of the specification: a pure function of facts and an evaluation context to a {@link
 * RuleResult}. No clock, no I/O, no state: the same facts on the same date give the same result,
 * from any thread.
 *
 * @param <F> the facts the rule reads
 */
public interface Rule<F> {

  /**
   * The rule's spec id.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Every version of the rule, the older ones kept.
   *
   * @return the versions
   */
  List<RuleVersion> versions();

  /**
   * Evaluates the rule with the version in force in the context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the result; never throws for a broken rule or a missing fact
   */
  RuleResult evaluate(F facts, EvaluationContext context);

  /**
   * Evaluates the rule on a date, with announced versions off.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date
   * @return the result
   */
  default RuleResult evaluate(F facts, LocalDate evaluationDate) {
    return evaluate(facts, EvaluationContext.on(evaluationDate));
  }
}
