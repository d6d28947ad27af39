package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The area {@code support-needs} for tools: SN-1 … SN-6 on {@link SupportNeedFacts}, delegating
 * to {@link SupportNeedRules#validate(SupportNeedFacts, EvaluationContext)}.
 */
public final class SupportNeedArea implements RuleArea<SupportNeedFacts> {

  /** The area's name. */
  public static final String NAME = "support-needs";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public SupportNeedArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Support needs in the education plan at its step (SN-1 … SN-6)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return SupportNeedRules.ruleIds();
  }

  @Override
  public Class<SupportNeedFacts> factsType() {
    return SupportNeedFacts.class;
  }

  @Override
  public CombinedResult evaluate(SupportNeedFacts facts, EvaluationContext context) {
    return SupportNeedRules.validate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/supportneed/support-needs-example.json");
  }
}
