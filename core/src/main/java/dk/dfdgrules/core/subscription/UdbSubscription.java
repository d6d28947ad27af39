/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.subscription;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.CloseReason;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Abonnement på uddannelseshændelser — a young person's subscription to education events from UDB
 * (DFDG-RN-2021-12-06 §3.4): when it was created, whether and why it was closed, and whether it was
 * created in error (fejloprettet).
 */
@Value.Immutable
public abstract class UdbSubscription {

  UdbSubscription() {}

  /**
   * The day the subscription was created.
   *
   * @return the day
   */
  public abstract LocalDate getCreatedOn();

  /**
   * The day it was closed, if it was.
   *
   * @return the day
   */
  public abstract Optional<LocalDate> getClosedOn();

  /**
   * Lukkeårsag — why it was closed, if it was and a reason was recorded.
   *
   * @return the reason
   */
  public abstract Optional<CloseReason> getCloseReason();

  /**
   * Fejloprettet — created in error.
   *
   * @return true if created in error
   */
  @Value.Default
  public boolean isCreatedInError() {
    return false;
  }

  /**
   * The municipality (3-digit code) whose jobcentre holds the subscription, if known.
   *
   * @return the code
   */
  public abstract Optional<@Pattern(regexp = "\\d{3}") String> getJobcentreMunicipality();

  /**
   * Tells whether the subscription is open on a day.
   *
   * @param date a day
   * @return true if created on or before it and not closed on or before it
   */
  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(getCreatedOn()) && getClosedOn().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    checkArgument(
        getClosedOn().map(c -> !c.isBefore(getCreatedOn())).orElse(true),
        "a subscription cannot close (%s) before it was created (%s)",
        getClosedOn().orElse(null),
        getCreatedOn());
    checkArgument(
        getCloseReason().isEmpty() || getClosedOn().isPresent(),
        "a close reason needs a close date");
  }

  /**
   * An open subscription.
   *
   * @param createdOn the day it was created
   * @return the subscription
   */
  public static UdbSubscription createdOn(LocalDate createdOn) {
    return builder().createdOn(createdOn).build();
  }

  /**
   * Starts a subscription.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UdbSubscription}. */
  public static final class Builder extends ImmutableUdbSubscription.Builder {
    Builder() {}
  }
}
