/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Case files: rule cases as data a caseworker can read — a sentence naming the case, the evaluation
 * date, the facts and the expected outcome, violations, missing facts and derived values — and the
 * runner that evaluates them against a {@link dk.dfdgrules.core.rule.RuleArea}.
 *
 * <p>A case file is YAML (or JSON):
 *
 * <pre>{@code
 * area: support-needs
 * cases:
 *   - name: A plan at step 2 with needs 1 and 2 breaks SN-1
 *     at: 2022-01-10
 *     facts:
 *       plan: {step: 2, supportNeeds: [1, 2]}
 *     expect:
 *       outcome: VIOLATED
 *       decision: REJECTED
 *       decidedBy: SN-1
 *       violations: [SN-1]
 *       derived: []
 * }</pre>
 *
 * <p>Optional per case: {@code enable} (announced rule versions, by key or rule id, with the date
 * they apply from), {@code switchOff} (rule ids).
 *
 * <p>Expectations are <b>strict</b>: a key that is left out is not checked; a key that is given is
 * checked exactly, and an empty list asserts that nothing is there. {@code outcome}; {@code
 * decision} (the kind of the area's decision, e.g. {@code STAYS_OPEN}) and {@code decidedBy} (the
 * rule the decision names); {@code violations} (the exact set of rule ids with a violation of any
 * severity; {@code []} = none), {@code errors}, {@code warnings}; {@code missing} (the exact set of
 * missing facts); {@code derived} (every derived value, each once, in any order — {@code []} =
 * nothing derived: a path, and optionally its {@code value} and {@code previous} as text and the
 * rule ({@code decidedBy}) that derived it).
 *
 * <p>Reading needs Jackson's YAML module on the class path (an optional dependency of this module).
 */
@NullMarked
package dk.dfdgrules.rules.cases;

import org.jspecify.annotations.NullMarked;
