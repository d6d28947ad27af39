/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
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
