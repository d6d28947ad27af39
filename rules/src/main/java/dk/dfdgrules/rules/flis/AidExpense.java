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

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hjælpemiddeludgift — what a municipality spent on an aid (hjælpemiddel) for a citizen's activity
 * (FLIS-DFDG §5.1.9, §6.5): the day of the expense, the amount in exact kroner, and the aid's kind
 * ({@code aid-kinds}) and type ({@code aid-types}), checked by {@link FlisCodes}.
 *
 * @param citizen the citizen (personal data: never in a text)
 * @param municipality the municipality's 3-digit code, if known
 * @param date the day of the expense; the expense falls in the period holding this day (ACT-5)
 * @param cost the amount, exact (a correction may be negative), with at most {@value
 *     #MAX_COST_DIGITS} digits of kroner
 * @param kind hjælpemiddelart, if given
 * @param type hjælpemiddeltypenavn, if given
 */
public record AidExpense(
    CprNumber citizen,
    Optional<String> municipality,
    LocalDate date,
    Money cost,
    Optional<String> kind,
    Optional<String> type) {

  /**
   * The most digits of kroner of a cost: below 10^15 kroner, more than any aid costs, so that the
   * sum of any number of expenses stays within {@link Money}'s limits.
   */
  public static final int MAX_COST_DIGITS = 15;

  private static final BigDecimal COST_LIMIT = BigDecimal.TEN.pow(MAX_COST_DIGITS);

  /**
   * Checks the structure.
   *
   * @throws NullPointerException if the citizen, date or cost is missing
   * @throws IllegalArgumentException if the cost has more than {@value #MAX_COST_DIGITS} digits of
   *     kroner; the message does not repeat it
   */
  public AidExpense {
    requireNonNull(citizen, "citizen");
    requireNonNull(date, "date");
    requireNonNull(cost, "cost");
    checkArgument(
        cost.amount().abs().compareTo(COST_LIMIT) < 0,
        "cost has at most %s digits of kroner",
        MAX_COST_DIGITS);
    municipality = orEmpty(municipality);
    kind = orEmpty(kind);
    type = orEmpty(type);
  }

  /**
   * An expense on a day.
   *
   * @param citizen the citizen
   * @param date the day
   * @param cost the amount, with at most {@value #MAX_COST_DIGITS} digits of kroner
   * @return the expense, without municipality, kind and type
   * @throws IllegalArgumentException if the cost has too many digits
   */
  public static AidExpense of(CprNumber citizen, LocalDate date, Money cost) {
    return new AidExpense(
        citizen, Optional.empty(), date, cost, Optional.empty(), Optional.empty());
  }

  /** The expense without the citizen, who is personal data. */
  @Override
  public String toString() {
    return "AidExpense["
        + date
        + " "
        + cost
        + kind.map(k -> " " + k).orElse("")
        + municipality.map(m -> " municipality " + m).orElse("")
        + "]";
  }
}
