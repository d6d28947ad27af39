package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link CombinedResult}: the joined outcome and every violation of the area.
 *
 * <pre>{@code
 * assertThat(combined).isViolated().violatesExactly("SN-2", "SN-4");
 * assertThat(combined).result("SN-4").isViolated().hasViolation("SN-4").atPath("supportNeeds");
 * }</pre>
 */
public final class CombinedResultAssert
    extends AbstractResultAssert<CombinedResultAssert, CombinedResult> {

  CombinedResultAssert(CombinedResult actual) {
    super(actual, CombinedResultAssert.class);
  }

  @Override
  protected Outcome outcome() {
    return actual.outcome();
  }

  @Override
  protected List<Violation> violations() {
    return actual.violations();
  }

  @Override
  protected List<String> missingFacts() {
    return actual.missingFacts();
  }

  @Override
  protected List<DerivedValue> derivedValues() {
    return actual.derivedValues();
  }

  @Override
  protected List<Message> otherMessages() {
    return actual.results().stream().flatMap(r -> r.explanation().stream()).toList();
  }

  /**
   * The result of one rule; fails if the rule was not evaluated.
   *
   * @param ruleId e.g. {@code SN-4}
   * @return the rule result's assertion
   */
  public RuleResultAssert result(String ruleId) {
    isNotNull();
    Optional<RuleResult> r = actual.result(RuleId.of(ruleId));
    if (r.isEmpty()) {
      failWithMessage(
          "Expected a result of %s but the rules evaluated are %s",
          ruleId, actual.results().stream().map(RuleResult::ruleId).toList());
    }
    return new RuleResultAssert(r.orElseThrow());
  }
}
