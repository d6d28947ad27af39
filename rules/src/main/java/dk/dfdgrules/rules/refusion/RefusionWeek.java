/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.IsoWeek;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One week of a person's series on the refusion steps.
 *
 * @param week the week
 * @param kind its kind
 * @param inForce false for a week before the act's count starts (2016-W01 by default): no number,
 *     no step
 * @param number a benefit week's number in the current count (1, 2, …; REF-2), 0 for any other week
 * @param step a benefit week's step (REF-1), empty for any other week
 * @param coFinanced true if the week's benefit is under co-financing (§ 5, stk. 3)
 * @param restart on the first benefit week of a count that started over, why (REF-3)
 */
public record RefusionWeek(
    IsoWeek week,
    WeekKind kind,
    boolean inForce,
    int number,
    Optional<RefusionStep> step,
    boolean coFinanced,
    Optional<Restart> restart) {

  /** Checks nulls. */
  public RefusionWeek {
    requireNonNull(week, "week");
    requireNonNull(kind, "kind");
    requireNonNull(step, "step");
    requireNonNull(restart, "restart");
  }

  /**
   * The state's refusion for the week, per cent (§ 5, stk. 2): for a benefit week not under
   * co-financing.
   *
   * @return 80, 40, 30 or 20; empty for other weeks and co-financed benefits
   */
  public OptionalInt rate() {
    return step.isPresent() && !coFinanced
        ? OptionalInt.of(step.get().rate())
        : OptionalInt.empty();
  }

  /**
   * The municipality's co-financing for the week, per cent (§ 5, stk. 3): for a benefit under
   * co-financing.
   *
   * @return 20, 60, 70 or 80; empty for other weeks and benefits with refusion
   */
  public OptionalInt coFinancingRate() {
    return step.isPresent() && coFinanced
        ? OptionalInt.of(step.get().coFinancingRate())
        : OptionalInt.empty();
  }

  /**
   * Tells whether the week counts (REF-2): a benefit week while the act is in force.
   *
   * @return true if {@link #number()} is at least 1
   */
  public boolean counts() {
    return number > 0;
  }
}
