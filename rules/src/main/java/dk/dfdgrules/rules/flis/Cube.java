/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

/**
 * The three FLIS models (cubes) built on DFDG data (FLIS-DFDG §7: "Modellerne hedder som følger
 * DFDG, Ydelsesaktivitet og YdelseAktivitetBenchmark").
 */
public enum Cube {
  /** DFDG (§7.1): activations and visitations over time; the current year and three before. */
  DFDG("DFDG", false),
  /** Ydelsesaktivitet (§7.2): DFDG with the citizen's YR benefit per week; from 2020-01-01. */
  BENEFIT_ACTIVITY("Ydelsesaktivitet", true),
  /**
   * YdelsesAktivitetBenchmark (§7.3): aggregated across the 98 municipalities, without the citizen
   * dimension; from 2020-01-01.
   */
  BENEFIT_ACTIVITY_BENCHMARK("YdelsesAktivitetBenchmark", true);

  private final String officialName;
  private final boolean yrLinked;

  Cube(String officialName, boolean yrLinked) {
    this.officialName = officialName;
    this.yrLinked = yrLinked;
  }

  /**
   * The cube's name in FLIS.
   *
   * @return e.g. {@code YdelsesAktivitetBenchmark}
   */
  public String officialName() {
    return officialName;
  }

  /**
   * Tells whether the cube is linked to Ydelsesrefusion (YR) and so holds data from 2020-01-01 only
   * (WIN-2).
   *
   * @return true for Ydelsesaktivitet and YdelsesAktivitetBenchmark
   */
  public boolean isYrLinked() {
    return yrLinked;
  }
}
