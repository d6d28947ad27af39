/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static dk.dfdgrules.rules.internal.FactParts.orEmpty;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.DatePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Aktivering — one activation course (aktiveringsforløb) of a citizen as FLIS holds it (FLIS-DFDG
 * §5.1.3, §6.3): its first day, its last day (both included; none while it runs), the hours per
 * week the jobcentre entered, and the values of the §5.1.3 code lists.
 *
 * <p>Cause, pool and type are held as the official names of their code lists ({@code
 * activity-causes}, {@code activation-pools}, {@code activity-types}); whether a name is listed is
 * checked by {@link FlisCodes}, not here (the lists change with DFDG releases).
 *
 * <p>In JSON: {@code {"citizen": "0101801111", "municipality": "101", "start": "2022-03-01", "end":
 * "2022-03-10", "hoursPerWeek": 37, "status": "Optaget", "pool": "Andet"}}.
 *
 * @param citizen the citizen (personal data: never in a text)
 * @param municipality the responsible municipality's 3-digit code, if known
 * @param start the first day
 * @param end the last day (included), or empty while the activation runs
 * @param hoursPerWeek antal timer pr. uge as entered by the jobcentre, if entered: from 0 to
 *     {@value #MAX_HOURS_PER_WEEK} (the hours of a week) with at most {@value #MAX_HOURS_DECIMALS}
 *     decimals
 * @param status aktivitetsstatus
 * @param cause aktivitetsårsag, if any
 * @param pool aktiveringspuljenavn, if any
 * @param type aktivitetstype, if given
 */
public record Activation(
    CprNumber citizen,
    Optional<String> municipality,
    LocalDate start,
    Optional<LocalDate> end,
    Optional<BigDecimal> hoursPerWeek,
    ActivityStatus status,
    Optional<String> cause,
    Optional<String> pool,
    Optional<String> type) {

  /** The most hours per week: the hours of a week, 7 × 24. */
  public static final int MAX_HOURS_PER_WEEK = 168;

  /** The most decimals of the hours per week (trailing zeros not counted). */
  public static final int MAX_HOURS_DECIMALS = 6;

  /** More bits than any number of hours within the limits, with trailing zeros, is given with. */
  private static final int MAX_HOURS_BITS = 128;

  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(MAX_HOURS_PER_WEEK);

  /**
   * Checks the structure: a citizen, a start, a status, an end not before the start, hours from 0
   * to {@value #MAX_HOURS_PER_WEEK} with at most {@value #MAX_HOURS_DECIMALS} decimals. The hours
   * are checked before any arithmetic, so that {@code 1e100000000} is rejected at once.
   *
   * @throws NullPointerException if the citizen, start or status is missing
   * @throws IllegalArgumentException if the end is before the start or the hours are out of range;
   *     the message does not repeat the hours
   */
  public Activation {
    requireNonNull(citizen, "citizen");
    requireNonNull(start, "start");
    requireNonNull(status, "status");
    municipality = orEmpty(municipality);
    end = orEmpty(end);
    hoursPerWeek = orEmpty(hoursPerWeek);
    cause = orEmpty(cause);
    pool = orEmpty(pool);
    type = orEmpty(type);
    end.ifPresent(e -> checkArgument(!e.isBefore(start), "end %s is before start %s", e, start));
    hoursPerWeek.ifPresent(
        h ->
            checkArgument(
                isHoursPerWeek(h),
                "hoursPerWeek must be from 0 to %s with at most %s decimals",
                MAX_HOURS_PER_WEEK,
                MAX_HOURS_DECIMALS));
  }

  private static boolean isHoursPerWeek(BigDecimal h) {
    // bitLength first: comparing or stripping a number of a million digits is itself costly
    return h.unscaledValue().bitLength() <= MAX_HOURS_BITS
        && h.signum() >= 0
        && h.compareTo(MAX_HOURS) <= 0
        && h.stripTrailingZeros().scale() <= MAX_HOURS_DECIMALS;
  }

  /**
   * An activation with only what the measures need.
   *
   * @param citizen the citizen
   * @param start the first day
   * @param end the last day, or null while it runs
   * @param status the status
   * @return the activation, without municipality, hours, cause, pool and type
   */
  public static Activation of(
      CprNumber citizen, LocalDate start, @Nullable LocalDate end, ActivityStatus status) {
    return new Activation(
        citizen,
        Optional.empty(),
        start,
        Optional.ofNullable(end),
        Optional.empty(),
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy with hours per week.
   *
   * @param hours the hours, from 0 to {@value #MAX_HOURS_PER_WEEK} with at most {@value
   *     #MAX_HOURS_DECIMALS} decimals
   * @return the copy
   * @throws IllegalArgumentException if the hours are out of range
   */
  public Activation withHoursPerWeek(BigDecimal hours) {
    return new Activation(
        citizen, municipality, start, end, Optional.of(hours), status, cause, pool, type);
  }

  /**
   * The activation's days as a period, both ends included.
   *
   * @return the period, open-ended while the activation runs
   */
  public DatePeriod period() {
    return DatePeriod.of(start, end);
  }

  /** The activation without the citizen, who is personal data. */
  @Override
  public String toString() {
    return "Activation["
        + period()
        + " "
        + status.name()
        + municipality.map(m -> " municipality " + m).orElse("")
        + hoursPerWeek.map(h -> " " + h.toPlainString() + " h/week").orElse("")
        + "]";
  }
}
