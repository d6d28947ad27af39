/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.subscription.UdbSubscription;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the area {@code udb-subscription} in one record, as written in JSON: {@code
 * {"subscription": {"createdOn": "2020-01-01"}, "facts": {"birthDate": "1996-05-01",
 * "contactGroup": 12}, "event": {"type": "ageCheck"}}}.
 *
 * @param subscription the subscription
 * @param facts the young person's and the jobcentre's facts on the evaluation date; none when left
 *     out
 * @param event what happened
 */
public record SubscriptionEvaluation(
    UdbSubscription subscription, SubscriptionFacts facts, SubscriptionEvent event) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the subscription or the event is missing
   */
  public SubscriptionEvaluation(
      UdbSubscription subscription, @Nullable SubscriptionFacts facts, SubscriptionEvent event) {
    checkArgument(subscription != null, "subscription is required");
    checkArgument(event != null, "event is required: what happened to the subscription");
    this.subscription = subscription;
    this.facts = facts == null ? SubscriptionFacts.none() : facts;
    this.event = event;
  }
}
