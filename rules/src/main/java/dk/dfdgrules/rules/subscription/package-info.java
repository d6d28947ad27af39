/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Closing a young person's subscription (abonnement) to education events from UDB
 * (DFDG-RN-2021-12-06 §3.4), SUB-1 … SUB-7, both versions where the rules changed on 2021-12-06 and
 * the announced SUB-6.
 *
 * <table>
 *   <caption>Entry point</caption>
 *   <tr><th>question</th><th>entry point</th><th>area</th></tr>
 *   <tr><td>does this event close the subscription?</td>
 *       <td>{@link dk.dfdgrules.rules.subscription.SubscriptionRules#decide(dk.dfdgrules.core.subscription.UdbSubscription, dk.dfdgrules.rules.subscription.SubscriptionFacts, dk.dfdgrules.rules.subscription.SubscriptionEvent, java.time.LocalDate)}
 *       → {@code Answer<}{@link dk.dfdgrules.rules.subscription.SubscriptionDecision}{@code >}</td>
 *       <td>{@link dk.dfdgrules.rules.subscription.SubscriptionRules#AREA udb-subscription}</td></tr>
 * </table>
 *
 * <p>Each rule (SUB-1 … SUB-7, constants of {@link
 * dk.dfdgrules.rules.subscription.SubscriptionRules}) derives its own typed values ({@code
 * subscription.closedOn}, {@code subscription.closeReason}, {@code subscription.scheduledClose});
 * the decision is folded from the rules' results.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Record constructors accept null only where JSON may leave a field out, and say so.
 */
@NullMarked
package dk.dfdgrules.rules.subscription;

import org.jspecify.annotations.NullMarked;
