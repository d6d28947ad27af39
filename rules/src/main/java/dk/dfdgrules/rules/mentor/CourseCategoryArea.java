package dk.dfdgrules.rules.mentor;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code course-category} area (HC) for tools; applications call {@link CourseCategoryRules#validate}
 * instead.
 */
public final class CourseCategoryArea implements RuleArea<CourseCategoryFacts> {

  /** The area's name. */
  public static final String NAME = "course-category";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public CourseCategoryArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Course categories 42 and 43 retired for new course interventions (HC-1)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return CourseCategoryRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<CourseCategoryFacts> factsType() {
    return CourseCategoryFacts.class;
  }

  @Override
  public CombinedResult evaluate(CourseCategoryFacts facts, EvaluationContext context) {
    return CourseCategoryRules.validate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/mentor/course-category-example.json");
  }
}
