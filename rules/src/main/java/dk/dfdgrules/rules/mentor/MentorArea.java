package dk.dfdgrules.rules.mentor;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code mentor} area (MEN) for tools; applications call {@link MentorRules#validate}
 * instead.
 */
public final class MentorArea implements RuleArea<MentorFacts> {

  /** The area's name. */
  public static final String NAME = "mentor";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public MentorArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Mentor type 6 'Personlig jobformidler' (MEN-1 … MEN-3)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return MentorRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<MentorFacts> factsType() {
    return MentorFacts.class;
  }

  @Override
  public CombinedResult evaluate(MentorFacts facts, EvaluationContext context) {
    return MentorRules.validate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/mentor/mentor-example.json");
  }
}
