package dk.dfdgrules.rules.subscription;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The area {@code udb-subscription} for tools: SUB-1 … SUB-7 on a {@link SubscriptionEvaluation},
 * delegating to {@link SubscriptionRules#results(SubscriptionEvaluation, EvaluationContext)}. Only
 * the rules the event concerns are evaluated; the close decision is in the derived values ({@code
 * subscription.closedOn}, {@code subscription.closeReason}, {@code subscription.scheduledClose}),
 * a refused manual close is a violation of SUB-7.
 */
public final class SubscriptionArea implements RuleArea<SubscriptionEvaluation> {

  /** The area's name. */
  public static final String NAME = "udb-subscription";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public SubscriptionArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Closing the subscription to UDB education events on an event (SUB-1 … SUB-7)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return SubscriptionRules.ruleIds();
  }

  @Override
  public Class<SubscriptionEvaluation> factsType() {
    return SubscriptionEvaluation.class;
  }

  @Override
  public CombinedResult evaluate(SubscriptionEvaluation facts, EvaluationContext context) {
    return SubscriptionRules.results(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/subscription/udb-subscription-example.json");
  }
}
