package dk.dfdgrules.rules.contactperson;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.RuleArea;
import java.util.List;
import java.util.Optional;

/**
 * The {@code contact-persons} area (CP-1 … CP-3) for tools; applications call {@link
 * ContactPersonEndDating#onMove} instead.
 */
public final class ContactPersonArea implements RuleArea<ContactPersonMoveFacts> {

  /** The area's name. */
  public static final String NAME = "contact-persons";

  /** Creates the area (for {@link java.util.ServiceLoader}). */
  public ContactPersonArea() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Contact persons end-dated when the citizen moves (CP-1 … CP-3)";
  }

  @Override
  public List<RuleId> ruleIds() {
    return ContactPersonEndDating.RULES.stream().map(r -> r.id()).toList();
  }

  @Override
  public Class<ContactPersonMoveFacts> factsType() {
    return ContactPersonMoveFacts.class;
  }

  @Override
  public CombinedResult evaluate(ContactPersonMoveFacts facts, EvaluationContext context) {
    return ContactPersonEndDating.evaluate(facts, context).result();
  }

  @Override
  public Optional<String> exampleResource() {
    return Optional.of("dk/dfdgrules/rules/contactperson/example.json");
  }
}
