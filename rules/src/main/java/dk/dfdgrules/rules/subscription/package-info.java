/**
 * Closing a young person's subscription (abonnement) to education events from UDB
 * (DFDG-RN-2021-12-06 §3.4), SUB-1 … SUB-7, both versions where the rules changed on 2021-12-06
 * and the announced SUB-6.
 *
 * <table>
 *   <caption>Entry point</caption>
 *   <tr><th>question</th><th>entry point</th><th>area</th></tr>
 *   <tr><td>does this event close the subscription?</td>
 *       <td>{@link dk.dfdgrules.rules.subscription.SubscriptionRules#evaluate(dk.dfdgrules.core.subscription.UdbSubscription, dk.dfdgrules.rules.subscription.SubscriptionFacts, dk.dfdgrules.rules.subscription.SubscriptionEvent, java.time.LocalDate)}
 *       → {@link dk.dfdgrules.rules.subscription.SubscriptionDecision}</td>
 *       <td>{@code udb-subscription}</td></tr>
 * </table>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Record constructors accept null only where JSON may leave a field out, and say so.
 */
@NullMarked
package dk.dfdgrules.rules.subscription;

import org.jspecify.annotations.NullMarked;
