package dk.dfdgrules.rules.educationcontact;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The area {@code education-contacts} for tools: EC-1 … EC-4 on {@link EducationContactFacts},
 * delegating to {@link EducationContactRules#validate(EducationContactFacts, EvaluationContext)}.
 */
public final class EducationContactArea implements RuleArea<EducationContactFacts> {

  /** The area's name. */
  public static final String NAME = "education-contacts";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public EducationContactArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Contacts for young people with an education order, types 31 and 32 (EC-1 … EC-4)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return EducationContactRules.ruleIds();
  }

  @Override
  public Class<EducationContactFacts> factsType() {
    return EducationContactFacts.class;
  }

  @Override
  public CombinedResult evaluate(EducationContactFacts facts, EvaluationContext context) {
    return EducationContactRules.validate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/educationcontact/education-contacts-example.json");
  }
}
