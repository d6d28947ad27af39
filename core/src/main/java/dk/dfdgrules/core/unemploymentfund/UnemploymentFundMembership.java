/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.unemploymentfund;

import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * Medlemskab af a-kasse — a citizen's membership of an unemployment fund (a-kasse) for a period.
 */
@Value.Immutable
public abstract class UnemploymentFundMembership {

  UnemploymentFundMembership() {}

  /**
   * The a-kasse, by its id.
   *
   * @return the fund's id
   */
  @Value.Parameter
  public abstract @NotBlank @Size(max = 20) String getFund();

  /**
   * The membership period.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract DatePeriod getPeriod();

  /**
   * A membership.
   *
   * @param fund the a-kasse id
   * @param period the period
   * @return the membership
   */
  public static UnemploymentFundMembership of(String fund, DatePeriod period) {
    return ImmutableUnemploymentFundMembership.of(fund, period);
  }
}
