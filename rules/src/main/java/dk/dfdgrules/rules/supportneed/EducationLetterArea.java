package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The area {@code education-letter} for tools: LET-1 … LET-5 on a {@link PlanPublication},
 * delegating to {@link LetterRules#evaluate(PlanPublication, EvaluationContext)}. The letter's
 * content is in the derived values ({@code letter}, {@code letter.lines[i]}, …).
 */
public final class EducationLetterArea implements RuleArea<PlanPublication> {

  /** The area's name. */
  public static final String NAME = "education-letter";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public EducationLetterArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The letter to the citizen on publishing an education plan with support needs (LET-1 … LET-5)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return LetterRules.ruleIds();
  }

  @Override
  public Class<PlanPublication> factsType() {
    return PlanPublication.class;
  }

  @Override
  public CombinedResult evaluate(PlanPublication facts, EvaluationContext context) {
    return LetterRules.evaluate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/supportneed/education-letter-example.json");
  }
}
