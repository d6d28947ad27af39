/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Folkepensionsalder — the state pension age, in years and months (it has been e.g. 65½ and 66½ for
 * some birth cohorts). An input: the library ships no table of it, as the release note cites none.
 *
 * @param years whole years, 0–99
 * @param months further months, 0–11
 */
public record StatePensionAge(int years, int months) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if years is not 0–99 or months not 0–11
   */
  public StatePensionAge {
    checkArgument(years >= 0 && years <= 99, "years must be 0–99, was %s", years);
    checkArgument(months >= 0 && months <= 11, "months must be 0–11, was %s", months);
  }

  /**
   * An age in whole years.
   *
   * @param years the years
   * @return the age
   */
  public static StatePensionAge ofYears(int years) {
    return new StatePensionAge(years, 0);
  }

  /** The age as text, e.g. {@code 67 years} or {@code 66 years 6 months}. */
  @Override
  public String toString() {
    return years + " years" + (months == 0 ? "" : " " + months + " months");
  }
}
