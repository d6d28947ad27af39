package dk.dfdgrules.rules;

import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one area of the specification behind one generic face, for tools: the command line
 * ({@code dfdg evaluate AREA}) and case files evaluate an area by its name, with facts read from
 * JSON or YAML into {@link #factsType()}.
 *
 * <p>Application code calls the area's typed entry point instead (e.g. the support needs of a plan
 * at a step); an area delegates to it. Implementations are registered in {@code
 * META-INF/services/dk.dfdgrules.rules.RuleArea} and found by {@link RuleAreas}.
 *
 * @param <F> the facts the area reads
 */
public interface RuleArea<F> {

  /**
   * The area's name on the command line and in case files, lower-case with hyphens, e.g. {@code
   * support-needs}.
   *
   * @return the name
   */
  String name();

  /**
   * A one-line English description, e.g. "Support needs in the education plan (SN-1 … SN-6)".
   *
   * @return the description
   */
  String description();

  /**
   * The rule ids the area evaluates.
   *
   * @return the ids
   */
  List<RuleId> ruleIds();

  /**
   * The type facts are read into (a record or value type that Jackson reads with {@link
   * dk.dfdgrules.core.json.DfdgJson#mapper()}).
   *
   * @return the facts type
   */
  Class<F> factsType();

  /**
   * Evaluates every rule of the area.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return every rule's result, joined
   */
  RuleResults evaluate(F facts, EvaluationContext context);

  /**
   * A bundled example of facts for this area, as a class-path resource holding JSON, used by the
   * command line to show the area at work.
   *
   * @return the resource name, if the area bundles one
   */
  default Optional<String> exampleResource() {
    return Optional.empty();
  }
}
