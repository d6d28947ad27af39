package dk.dfdgrules.rules.persongroup;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code person-group-marking} area (PG-1, PG-2) for tools; applications call {@link
 * PersonGroupMarkingRules#onMove} or {@link PersonGroupMarkingRules#mayClose} instead.
 */
public final class PersonGroupArea implements RuleArea<PersonGroupFacts> {

  /** The area's name. */
  public static final String NAME = "person-group-marking";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public PersonGroupArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Person-group marking type 5 on a move; who may close it (PG-1, PG-2)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return PersonGroupMarkingRules.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<PersonGroupFacts> factsType() {
    return PersonGroupFacts.class;
  }

  @Override
  public CombinedResult evaluate(PersonGroupFacts facts, EvaluationContext context) {
    return PersonGroupMarkingRules.evaluate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/persongroup/example.json");
  }
}
