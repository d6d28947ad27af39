/**
 * AK-1 — recalling an a-kasse's membership registration (DFDG-RN-2021-12-06 §5.1).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules} — the entry point: {@code
 *       validate(recalled, otherMemberships, date)}, {@code validate(facts, date)}; the rule {@code
 *       AK_1} in its two versions and the area {@code AREA} ({@code membership-recall}), which
 *       answers with a {@link dk.dfdgrules.core.rule.Verdict};
 *   <li>{@link dk.dfdgrules.rules.unemploymentfund.MembershipRecallFacts} — the facts.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.unemploymentfund;

import org.jspecify.annotations.NullMarked;
