package dk.dfdgrules.rules.cases;

import dk.dfdgrules.core.rule.RuleId;
import java.util.Optional;

/**
 * A derived value a case expects.
 *
 * @param path the value's path, e.g. {@code contactPersons[0].end}
 * @param value the expected value as text, if checked
 * @param previous the expected previous value as text, if checked
 * @param decidedBy the expected deciding rule (item), if checked
 */
public record ExpectedDerivedValue(
    String path, Optional<String> value, Optional<String> previous, Optional<RuleId> decidedBy) {}
