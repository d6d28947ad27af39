/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;

/**
 * A step of the refusion staircase (refusionstrappen, trin): by the week's number in the count of
 * weeks with benefits, the state's refusion in per cent and, for the benefits under co-financing
 * (medfinansiering), the municipality's share.
 *
 * <p>Finansieringsloven § 5, stk. 2 (refusion): "1) 80 pct. i de første 4 uger med ydelser. 2) 40
 * pct. fra den 5. til og med den 26. uge med ydelser. 3) 30 pct. fra den 27. til og med den 52. uge
 * med ydelser. 4) 20 pct. fra den 53. uge med ydelser."; stk. 3 (medfinansiering): 20, 60, 70 and
 * 80 pct. for the same weeks. The slides show the same four steps ("80 % = 11 personer", YR-webinar
 * 2023-06-21). The code list {@code refusion-steps} holds the same numbers as data.
 */
public enum RefusionStep {

  /** Weeks 1–4: 80 % refusion, 20 % co-financing. */
  STEP_80(80, 20, 1, 4),

  /** Weeks 5–26: 40 % refusion, 60 % co-financing. */
  STEP_40(40, 60, 5, 26),

  /** Weeks 27–52: 30 % refusion, 70 % co-financing. */
  STEP_30(30, 70, 27, 52),

  /** Week 53 onward: 20 % refusion, 80 % co-financing. */
  STEP_20(20, 80, 53, Integer.MAX_VALUE);

  private final int rate;
  private final int coFinancingRate;
  private final int firstWeek;
  private final int lastWeek;

  RefusionStep(int rate, int coFinancingRate, int firstWeek, int lastWeek) {
    this.rate = rate;
    this.coFinancingRate = coFinancingRate;
    this.firstWeek = firstWeek;
    this.lastWeek = lastWeek;
  }

  /**
   * The step of a week in the count.
   *
   * @param number the week's number in the count, from 1
   * @return its step
   * @throws IllegalArgumentException if {@code number} is below 1
   */
  public static RefusionStep ofWeek(int number) {
    checkArgument(number >= 1, "number must be >= 1, was %s", Masking.lazy(number));
    if (number <= STEP_80.lastWeek) {
      return STEP_80;
    } else if (number <= STEP_40.lastWeek) {
      return STEP_40;
    } else if (number <= STEP_30.lastWeek) {
      return STEP_30;
    }
    return STEP_20;
  }

  /**
   * The state's refusion, per cent of the expense (§ 5, stk. 2).
   *
   * @return 80, 40, 30 or 20
   */
  public int rate() {
    return rate;
  }

  /**
   * The municipality's co-financing of a benefit under co-financing, per cent (§ 5, stk. 3): the
   * complement of {@link #rate()}.
   *
   * @return 20, 60, 70 or 80
   */
  public int coFinancingRate() {
    return coFinancingRate;
  }

  /**
   * The first week number of the step.
   *
   * @return 1, 5, 27 or 53
   */
  public int firstWeek() {
    return firstWeek;
  }

  /**
   * The last week number of the step.
   *
   * @return 4, 26, 52, or {@link Integer#MAX_VALUE} for the last step
   */
  public int lastWeek() {
    return lastWeek;
  }

  /**
   * The step's name as the slides write it.
   *
   * @return e.g. {@code 80 %}
   */
  public String label() {
    return rate + " %";
  }
}
