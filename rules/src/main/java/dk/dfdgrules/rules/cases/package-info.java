/**
 * Case files: rule cases as data a caseworker can read — a sentence naming the case, the
 * evaluation date, the facts and the expected outcome, violations, missing facts and derived
 * values — and the runner that evaluates them against a {@link dk.dfdgrules.rules.RuleArea}.
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
 *       violations: [SN-1]
 * }</pre>
 *
 * <p>Optional per case: {@code enable} (announced rule versions, by key or rule id, with the date
 * they apply from), {@code switchOff} (rule ids). Optional expectations: {@code outcome}, {@code
 * violations} (the exact set of rule ids with a violation of any severity), {@code errors}, {@code
 * warnings}, {@code missing} (the exact set of missing facts), {@code derived} (values that must be
 * among the derived values: {@code path}, and optionally {@code value}, {@code previous}, {@code
 * decidedBy}).
 *
 * <p>Reading needs Jackson's YAML module on the class path (an optional dependency of this module).
 */
@NullMarked
package dk.dfdgrules.rules.cases;

import org.jspecify.annotations.NullMarked;
