package dk.dfdgrules.rules.absence;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code absence} area (ABS-1 … ABS-3) for tools; applications call {@link
 * AbsenceRules#evaluate} or one of its per-rule methods instead.
 */
public final class AbsenceArea implements RuleArea<AbsenceFacts> {

  /** The area's name. */
  public static final String NAME = "absence";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public AbsenceArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Absence history for the current a-kasse, re-registration on recovery, absence 74 and the joblog (ABS-1 … ABS-3)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return AbsenceRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<AbsenceFacts> factsType() {
    return AbsenceFacts.class;
  }

  @Override
  public CombinedResult evaluate(AbsenceFacts facts, EvaluationContext context) {
    return AbsenceRules.evaluate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/absence/example.json");
  }
}
