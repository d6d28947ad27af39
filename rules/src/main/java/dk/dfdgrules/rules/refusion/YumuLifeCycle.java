/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * The life cycle of a submitted YUMU report (YUMU-8), as a pure function of the day it was created,
 * the day asked about and, when known, the day the January YUMU run finished.
 *
 * <p>The source: "Bruger har mulighed for at finde, slette og redigere YUMU-indberetninger i løbet
 * af året." and "OBS: Når YUMU-kørslen i januar er færdig, nulstilles listen over tidligere
 * YUMU-indberetninger."
 *
 * <p><em>Interpretation</em> (the source gives no date for the run):
 *
 * <ul>
 *   <li>a report created in year Y is on the list — it can be found, edited and deleted — from the
 *       day it is created through the rest of year Y;
 *   <li>the list is emptied by the YUMU run of January Y+1; from the day that run finished (that
 *       day included: the run may finish at any hour of it) the report is no longer on the list;
 *   <li>in January Y+1, when the day the run finished is not known, the state is {@link
 *       State#UNTIL_JANUARY_RUN}: still on the list, but only until the run finishes — a caller
 *       should warn;
 *   <li>from 1 February Y+1 the run has finished (the source calls it the January run), whether or
 *       not its day is known.
 * </ul>
 */
public final class YumuLifeCycle {

  /** Where a report stands on a day. */
  public enum State {
    /** The day is before the report was created. */
    NOT_CREATED,
    /** On the list: it can be found, edited and deleted. */
    EDITABLE,
    /**
     * January of the next year, the day the run finishes unknown: on the list until the run has
     * finished.
     */
    UNTIL_JANUARY_RUN,
    /** The January run has emptied the list: the report can no longer be edited or deleted. */
    EMPTIED;

    /**
     * Whether the report can be edited or deleted in this state.
     *
     * @return true for {@link #EDITABLE} and {@link #UNTIL_JANUARY_RUN}
     */
    public boolean canEditOrDelete() {
      return this == EDITABLE || this == UNTIL_JANUARY_RUN;
    }
  }

  private YumuLifeCycle() {}

  /**
   * The state of a report on a day.
   *
   * @param created the day the report was created
   * @param on the day asked about
   * @param januaryRunFinished the day the YUMU run of the January after the report's year finished,
   *     if known; it must lie in the year after {@code created}
   * @return the state
   * @throws IllegalArgumentException if {@code januaryRunFinished} is not in the year after the
   *     report's year
   */
  public static State state(
      LocalDate created, LocalDate on, Optional<LocalDate> januaryRunFinished) {
    int next = created.getYear() + 1;
    januaryRunFinished.ifPresent(
        d -> {
          if (d.getYear() != next) {
            throw new IllegalArgumentException(
                "januaryRunFinished must be in " + next + ", the year after the report's");
          }
        });
    if (on.isBefore(created)) {
      return State.NOT_CREATED;
    }
    if (on.getYear() == created.getYear()) {
      return State.EDITABLE;
    }
    LocalDate emptied = listEmptiedFrom(created.getYear(), januaryRunFinished);
    if (!on.isBefore(emptied)) {
      return State.EMPTIED;
    }
    return januaryRunFinished.isPresent() ? State.EDITABLE : State.UNTIL_JANUARY_RUN;
  }

  /**
   * The first day the list no longer holds the reports created in a year: the day the January run
   * of the next year finished, or, when that is not known, 1 February of the next year (the first
   * day the January run has surely finished).
   *
   * @param reportYear the year the reports were created
   * @param januaryRunFinished the day the run finished, if known
   * @return the first day the reports are off the list
   */
  public static LocalDate listEmptiedFrom(int reportYear, Optional<LocalDate> januaryRunFinished) {
    return januaryRunFinished.orElse(LocalDate.of(reportYear + 1, Month.FEBRUARY, 1));
  }
}
