/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Dates, periods and calendar units of the domain.
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.core.time.DatePeriod} — a closed period of days, or an open-ended one;
 *   <li>{@link dk.dfdgrules.core.time.FlisDates} — the 9999-12-31 marker FLIS uses for an open end;
 *   <li>{@link dk.dfdgrules.core.time.IsoWeek} — an ISO-8601 week, with the DREAM column form
 *       {@code y_YYWW} and the rule that a week belongs to the month, quarter and year of its
 *       Thursday;
 *   <li>{@link dk.dfdgrules.core.time.YearQuarter} — a calendar quarter.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Every type is immutable and thread-safe.
 */
@NullMarked
package dk.dfdgrules.core.time;

import org.jspecify.annotations.NullMarked;
