/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Booking or summons data (booking/indkaldelser) held for a citizen (RET-2).
 *
 * @param meetingDate the meeting date (mødedato), from which deletion is counted; from {@link
 *     RetentionRules#FIRST_DAY} to {@link RetentionRules#LAST_DAY}
 */
public record Booking(Optional<LocalDate> meetingDate) {

  /**
   * Treats a missing date as absent.
   *
   * @throws IllegalArgumentException if the date lies outside 0001-01-01 … 9999-12-31
   */
  public Booking {
    meetingDate = meetingDate == null ? Optional.empty() : meetingDate;
    meetingDate.ifPresent(d -> RetentionRules.checkDay(d, "meetingDate"));
  }

  /**
   * A booking with a meeting date.
   *
   * @param meetingDate the date
   * @return the booking
   * @throws IllegalArgumentException if the date lies outside 0001-01-01 … 9999-12-31
   */
  public static Booking of(@Nullable LocalDate meetingDate) {
    return new Booking(Optional.ofNullable(meetingDate));
  }
}
