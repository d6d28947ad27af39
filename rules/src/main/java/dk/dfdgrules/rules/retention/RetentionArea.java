package dk.dfdgrules.rules.retention;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code retention} area (RET-1 … RET-4) for tools; applications call {@link
 * RetentionRules#evaluate} instead.
 */
public final class RetentionArea implements RuleArea<RetentionFacts> {

  /** The area's name. */
  public static final String NAME = "retention";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public RetentionArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Deletion of early-pension and booking data; who gets early-pension data (RET-1 … RET-4)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return RetentionRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<RetentionFacts> factsType() {
    return RetentionFacts.class;
  }

  @Override
  public CombinedResult evaluate(RetentionFacts facts, EvaluationContext context) {
    return RetentionRules.evaluate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/retention/example.json");
  }
}
