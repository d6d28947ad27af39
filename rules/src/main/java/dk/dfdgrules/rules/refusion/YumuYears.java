/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The year list of the YUMU form (YUMU-3): the years a period may start or end in, as a pure
 * function of the evaluation date and a depth.
 *
 * <p>The source: "Indberetning kan ske hele året, samt 3 år tilbage", beside a screenshot (June
 * 2023) of the list 'Periodestart årstal' offering 2023, 2022, 2021. The two read differently:
 *
 * <ul>
 *   <li><b>the text</b> — the evaluation year and the 3 years before it: in 2023, 2023 … 2020 (four
 *       years). This is {@code offered(date, 3)}, the default ({@link #DEFAULT_DEPTH});
 *   <li><b>the screenshot</b> — three years in all: in 2023, 2023 … 2021. This is {@code
 *       offered(date, 2)}.
 * </ul>
 *
 * <p><em>Interpretation</em> (the specification's): the depth is a parameter, 3 by default per the
 * text. The list turns over at New Year: on 31 December 2023 it is 2023 … 2020, on 1 January 2024
 * it is 2024 … 2021.
 */
public final class YumuYears {

  /** The depth of the text's reading, "3 år tilbage". */
  public static final int DEFAULT_DEPTH = 3;

  /** The deepest list accepted (a generous bound; the source's is 3). */
  public static final int MAX_DEPTH = 100;

  private YumuYears() {}

  /**
   * The years offered on a date, newest first.
   *
   * @param on the evaluation date
   * @param depth how many years back, 0 … {@link #MAX_DEPTH}: the year of {@code on} and the {@code
   *     depth} years before it
   * @return {@code depth + 1} years, newest first
   * @throws IllegalArgumentException if the depth is outside 0 … {@link #MAX_DEPTH}
   */
  public static List<Integer> offered(LocalDate on, int depth) {
    checkDepth(depth);
    List<Integer> years = new ArrayList<>(depth + 1);
    for (int y = on.getYear(); y >= on.getYear() - depth; y--) {
      years.add(y);
    }
    return List.copyOf(years);
  }

  /**
   * The years offered on a date with the default depth (the text's reading).
   *
   * @param on the evaluation date
   * @return four years, newest first
   */
  public static List<Integer> offered(LocalDate on) {
    return offered(on, DEFAULT_DEPTH);
  }

  /**
   * Whether a year is offered on a date.
   *
   * @param year the year
   * @param on the evaluation date
   * @param depth how many years back, 0 … {@link #MAX_DEPTH}
   * @return true if the list holds the year
   * @throws IllegalArgumentException if the depth is outside 0 … {@link #MAX_DEPTH}
   */
  public static boolean isOffered(int year, LocalDate on, int depth) {
    checkDepth(depth);
    return year <= on.getYear() && year >= on.getYear() - depth;
  }

  private static void checkDepth(int depth) {
    if (depth < 0 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth must be 0 … " + MAX_DEPTH + ", was " + depth);
    }
  }
}
