/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The FLIS convention for an open end date: {@code 9999-12-31} stands for "no end yet" (source:
 * FLIS-DFDG §5.1.2, "det aktive forløb ... slutdato 31-12-9999").
 */
public final class FlisDates {

  /** 9999-12-31, the marker of an open course in FLIS. */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private FlisDates() {}

  /**
   * Reads a FLIS end date: the marker becomes empty.
   *
   * @param end an end date as FLIS writes it
   * @return the end, or empty when {@code end} is the open-end marker
   */
  public static Optional<LocalDate> fromFlisEnd(LocalDate end) {
    return end.equals(OPEN_END) ? Optional.empty() : Optional.of(end);
  }

  /**
   * Writes an end date the FLIS way: empty becomes the marker.
   *
   * @param end an end, or empty when open
   * @return the end, or {@link #OPEN_END}
   */
  public static LocalDate toFlisEnd(Optional<LocalDate> end) {
    return end.orElse(OPEN_END);
  }

  /**
   * Tells whether a date is the open-end marker.
   *
   * @param date any date
   * @return true for 9999-12-31
   */
  public static boolean isOpenEnd(LocalDate date) {
    return date.equals(OPEN_END);
  }
}
