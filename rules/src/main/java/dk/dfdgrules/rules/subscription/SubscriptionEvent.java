/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dk.dfdgrules.codelists.PlanType;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a young person's UDB subscription, evaluated on the day it happened (the
 * evaluation date) by {@link
 * SubscriptionRules#decide(dk.dfdgrules.core.subscription.UdbSubscription, SubscriptionFacts,
 * SubscriptionEvent, LocalDate)}.
 *
 * <p>In JSON the kind is the field {@code type}: {@code {"type": "contactGroupChanged", "from": 12,
 * "to": 2}}, {@code {"type": "ageCheck"}}, {@code {"type": "contactGroupClosed", "contactGroup":
 * 12}}, {@code {"type": "planTypeChanged", "from": "Uddannelsesplan", "to": "Aftale om
 * opfølgning"}}, {@code {"type": "completedVocationalEducation"}}, {@code {"type": "manualClose"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SubscriptionEvent.AgeCheck.class, name = "ageCheck"),
  @JsonSubTypes.Type(
      value = SubscriptionEvent.ContactGroupChanged.class,
      name = "contactGroupChanged"),
  @JsonSubTypes.Type(
      value = SubscriptionEvent.ContactGroupClosed.class,
      name = "contactGroupClosed"),
  @JsonSubTypes.Type(value = SubscriptionEvent.PlanTypeChanged.class, name = "planTypeChanged"),
  @JsonSubTypes.Type(
      value = SubscriptionEvent.CompletedVocationalEducation.class,
      name = "completedVocationalEducation"),
  @JsonSubTypes.Type(value = SubscriptionEvent.ManualClose.class, name = "manualClose")
})
public sealed interface SubscriptionEvent {

  /** DFDG's batch job checks the citizen's age: the age limit may have been reached (SUB-1). */
  record AgeCheck() implements SubscriptionEvent {}

  /**
   * The citizen's contact group changed (SUB-2).
   *
   * @param from the contact group before
   * @param to the contact group after
   */
  record ContactGroupChanged(Integer from, Integer to) implements SubscriptionEvent {
    /**
     * Checks the groups.
     *
     * @throws IllegalArgumentException if a group is missing or not positive
     */
    public ContactGroupChanged {
      checkArgument(from != null && from > 0, "from: the contact group before is required (an id)");
      checkArgument(to != null && to > 0, "to: the contact group after is required (an id)");
    }
  }

  /**
   * The jobcentre closed the citizen's contact group (SUB-5, SUB-6).
   *
   * @param contactGroup the contact group closed
   * @param closedOn the day it was closed; the evaluation date when left out. A later evaluation
   *     date asks whether the announced SUB-6 has closed the subscription since; an earlier one
   *     finds nothing to decide (the closure has not happened yet).
   */
  record ContactGroupClosed(Integer contactGroup, Optional<LocalDate> closedOn)
      implements SubscriptionEvent {
    /**
     * Checks the group.
     *
     * @throws IllegalArgumentException if the group is missing or not positive
     */
    public ContactGroupClosed(Integer contactGroup, @Nullable Optional<LocalDate> closedOn) {
      checkArgument(
          contactGroup != null && contactGroup > 0,
          "contactGroup: the contact group closed is required (an id)");
      this.contactGroup = contactGroup;
      this.closedOn = closedOn == null ? Optional.empty() : closedOn;
    }

    /**
     * A closure on the evaluation date.
     *
     * @param contactGroup the contact group closed
     * @return the event
     */
    public static ContactGroupClosed of(int contactGroup) {
      return new ContactGroupClosed(contactGroup, Optional.empty());
    }
  }

  /**
   * The plan type changed (SUB-4).
   *
   * @param from the plan type before
   * @param to the plan type after
   */
  record PlanTypeChanged(PlanType from, PlanType to) implements SubscriptionEvent {
    /**
     * Checks the types.
     *
     * @throws IllegalArgumentException if a type is missing
     */
    public PlanTypeChanged {
      checkArgument(from != null, "from: the plan type before is required");
      checkArgument(to != null, "to: the plan type after is required");
    }
  }

  /**
   * UDB reported that the young person completed a vocational (erhvervskompetencegivende) education
   * (SUB-3).
   */
  record CompletedVocationalEducation() implements SubscriptionEvent {}

  /** The jobcentre asks to close the subscription itself (SUB-7). */
  record ManualClose() implements SubscriptionEvent {}
}
