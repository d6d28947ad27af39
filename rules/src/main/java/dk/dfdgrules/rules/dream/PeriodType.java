/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.internal.Masking;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.Locale;

/**
 * The period of a count (Dream Tid, FLIS-DREAM §6.1.11: week, month, quarter, year). A week belongs
 * to the month, quarter and year of its Thursday (DRM-2, FLIS-DREAM §9.3).
 */
public enum PeriodType {
  /** ISO week, labelled {@code 2019-W38}. */
  WEEK,
  /** Month of the week's Thursday, labelled {@code 2019-09}. */
  MONTH,
  /** Quarter of the week's Thursday, labelled {@code 2019-Q3}. */
  QUARTER,
  /** Year of the week's Thursday, labelled {@code 2019}. */
  YEAR;

  /**
   * The label of the period a week belongs to.
   *
   * @param week a week
   * @return the label
   */
  public String label(IsoWeek week) {
    return switch (this) {
      case WEEK -> week.toString();
      case MONTH -> week.yearMonth().toString();
      case QUARTER -> week.quarter().toString();
      case YEAR -> Integer.toString(week.year());
    };
  }

  /**
   * Parses a period name, case-insensitively ({@code week}, {@code month}, {@code quarter}, {@code
   * year}).
   *
   * @param text the name
   * @return the period type
   * @throws IllegalArgumentException if not one of them; the message echoes the text masked
   */
  public static PeriodType parse(String text) {
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (PeriodType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "a period is week, month, quarter or year, was " + Masking.quoted(text));
  }
}
