package dk.dfdgrules.rules.unemploymentfund;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code membership-recall} area (AK-1) for tools; applications call {@link
 * MembershipRecallRules#validateRecall} instead.
 */
public final class MembershipRecallArea implements RuleArea<MembershipRecallFacts> {

  /** The area's name. */
  public static final String NAME = "membership-recall";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public MembershipRecallArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Recall of an a-kasse membership registration (AK-1)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return MembershipRecallRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<MembershipRecallFacts> factsType() {
    return MembershipRecallFacts.class;
  }

  @Override
  public CombinedResult evaluate(MembershipRecallFacts facts, EvaluationContext context) {
    return MembershipRecallRules.validate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/unemploymentfund/example.json");
  }
}
