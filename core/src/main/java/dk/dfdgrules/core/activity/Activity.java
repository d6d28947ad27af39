/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.activity;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Aktivitet — an activation activity of a citizen (FLIS-DFDG §5.1.3): its type, status, cause
 * (årsag), pool (puljenavn), period (start and end, both included; open while running), the hours
 * per week the jobcentre entered, its cost, and for course activities the course category
 * (afholdelseskategori).
 *
 * <p>Cause and pool are held as the official names of their code lists ({@code activity-causes},
 * {@code activation-pools}), which change with DFDG releases.
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /**
   * The activity type (e.g. Kursus, Mentor, Virksomhedsrettet), code list {@code activity-types}.
   *
   * @return the type's name, if given
   */
  public abstract Optional<@Size(max = 100) String> getType();

  /**
   * Aktivitetsstatus.
   *
   * @return the status
   */
  public abstract ActivityStatus getStatus();

  /**
   * Årsag — why the activity ended or changed, code list {@code activity-causes}.
   *
   * @return the cause's name, if any
   */
  public abstract Optional<@Size(max = 100) String> getCause();

  /**
   * Puljenavn — the activation pool, code list {@code activation-pools}.
   *
   * @return the pool's name, if any
   */
  public abstract Optional<@Size(max = 200) String> getPool();

  /**
   * The period: start and end, both included; open-ended while running.
   *
   * @return the period
   */
  public abstract DatePeriod getPeriod();

  /**
   * Antal timer pr. uge — hours per week entered by the jobcentre.
   *
   * @return the hours, if entered
   */
  public abstract Optional<@DecimalMin("0") @DecimalMax("168") BigDecimal> getHoursPerWeek();

  /**
   * The cost of the activity (e.g. an aid).
   *
   * @return the cost, if any
   */
  public abstract Optional<Money> getCost();

  /**
   * Afholdelseskategori — for course activities, the course category id (37 = 'Læse-, skrive- og
   * regnetest').
   *
   * @return the id, if a course
   */
  public abstract Optional<@Positive Integer> getCourseCategory();

  /**
   * Starts an activity.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
