package dk.dfdgrules.rules.cases;

import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * What a case expects; every part is optional and only given parts are checked.
 *
 * @param outcome the joined outcome
 * @param violations the exact set of rule ids with a violation of any severity
 * @param errors the exact set of rule ids with an error
 * @param warnings the exact set of rule ids with a warning
 * @param missing the exact set of missing facts
 * @param derived derived values that must be present
 */
public record Expectation(
    Optional<Outcome> outcome,
    Optional<List<RuleId>> violations,
    Optional<List<RuleId>> errors,
    Optional<List<RuleId>> warnings,
    Optional<List<String>> missing,
    Optional<List<ExpectedDerivedValue>> derived) {}
