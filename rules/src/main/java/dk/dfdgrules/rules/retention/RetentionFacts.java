/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of the {@code retention} area. Each rule reads its part; a part left out means the
 * caller does not ask that question.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"earlyPension": {"birthDate": "1960-05-15", "statePensionAge": {"years": 67, "months": 0}},
 *  "booking": {"meetingDate": "2021-12-10"},
 *  "earlyPensionRequestedBy": "JOBCENTRE",
 *  "udkReads": "MEMBERSHIP_HISTORY"}
 * }</pre>
 *
 * @param earlyPension early-pension and compensation data held (RET-1)
 * @param booking booking/summons data held (RET-2)
 * @param earlyPensionRequestedBy who asks for the early-pension data (RET-3)
 * @param udkReads what UDK asks to read (RET-4)
 * @param udkWebServiceFrom the day UDK reports early-pension data through the web service (RET-4);
 *     {@link dk.dfdgrules.codelists.Sources#UDK_WEB_SERVICE_EXPECTED} when left out
 */
public record RetentionFacts(
    Optional<EarlyPensionData> earlyPension,
    Optional<Booking> booking,
    Optional<EarlyPensionRequester> earlyPensionRequestedBy,
    Optional<UdkData> udkReads,
    Optional<LocalDate> udkWebServiceFrom) {

  /** Treats missing parts as absent. */
  public RetentionFacts {
    earlyPension = orEmpty(earlyPension);
    booking = orEmpty(booking);
    earlyPensionRequestedBy = orEmpty(earlyPensionRequestedBy);
    udkReads = orEmpty(udkReads);
    udkWebServiceFrom = orEmpty(udkWebServiceFrom);
  }

  /**
   * Facts with only early-pension data.
   *
   * @param data the data
   * @return the facts
   */
  public static RetentionFacts earlyPension(EarlyPensionData data) {
    return new RetentionFacts(
        Optional.of(data), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Facts with only a booking.
   *
   * @param booking the booking
   * @return the facts
   */
  public static RetentionFacts booking(Booking booking) {
    return new RetentionFacts(
        Optional.empty(),
        Optional.of(booking),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
