package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The area {@code udb-message} for tools: UDB-1 … UDB-5 on {@link UdbMessageFacts}, delegating to
 * {@link UdbMessages#evaluate(UdbMessageFacts, EvaluationContext)}. The message content is in the
 * derived values ({@code udbMessage}, {@code udbMessage.supportNeeds}, …).
 */
public final class UdbMessageArea implements RuleArea<UdbMessageFacts> {

  /** The area's name. */
  public static final String NAME = "udb-message";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public UdbMessageArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "What DFDG sends to UDB on admission and on later changes of support needs (UDB-1 … UDB-5)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return UdbMessages.ruleIds();
  }

  @Override
  public Class<UdbMessageFacts> factsType() {
    return UdbMessageFacts.class;
  }

  @Override
  public CombinedResult evaluate(UdbMessageFacts facts, EvaluationContext context) {
    return UdbMessages.evaluate(facts, context);
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/supportneed/udb-message-example.json");
  }
}
