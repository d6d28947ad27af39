/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * What a case expects. Strict: an omitted key is not checked; a given key is checked exactly — an
 * empty list asserts that nothing is there ({@code derived: []} = nothing derived, {@code
 * violations: []} = no violation, {@code missing: []} = no missing fact).
 *
 * @param outcome the joined outcome
 * @param decision the kind of the area's decision, e.g. {@code STAYS_OPEN} or {@code LETTER}
 * @param decidedBy the rule (item) the decision names as deciding
 * @param violations the exact set of rule ids with a violation of any severity
 * @param errors the exact set of rule ids with an error
 * @param warnings the exact set of rule ids with a warning
 * @param missing the exact set of missing facts
 * @param derived every derived value, each once, in any order
 */
public record Expectation(
    Optional<Outcome> outcome,
    Optional<String> decision,
    Optional<RuleId> decidedBy,
    Optional<List<RuleId>> violations,
    Optional<List<RuleId>> errors,
    Optional<List<RuleId>> warnings,
    Optional<List<String>> missing,
    Optional<List<ExpectedDerivedValue>> derived) {}
