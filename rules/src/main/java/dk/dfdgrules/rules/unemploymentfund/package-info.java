/**
 * AK-1 — recalling an a-kasse's membership registration (DFDG-RN-2021-12-06 §5.1).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules} — the entry point:
 *       {@code validateRecall(recalled, otherMemberships, date)}; the rule AK-1 in its two
 *       versions;
 *   <li>{@link dk.dfdgrules.rules.unemploymentfund.MembershipRecallFacts}, {@link
 *       dk.dfdgrules.rules.unemploymentfund.MembershipRecallArea} — the {@code membership-recall}
 *       area.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.unemploymentfund;

import org.jspecify.annotations.NullMarked;
