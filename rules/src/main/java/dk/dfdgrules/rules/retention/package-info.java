/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * RET-1 … RET-4 — retention of and access to early-pension (tidlig pension) and booking data
 * (DFDG-RN-2021-12-06 §6.1, §7.1).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionRules} — the entry point: {@code decide(facts,
 *       date)}; the dates alone by {@code earlyPensionDeletionDate}, {@code bookingDeletionDate};
 *       the rules {@code RET_1} … {@code RET_4}, the keys of the values they derive, and the area
 *       {@code AREA} ({@code retention});
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionFacts}, {@link
 *       dk.dfdgrules.rules.retention.EarlyPensionData}, {@link
 *       dk.dfdgrules.rules.retention.StatePensionAge}, {@link
 *       dk.dfdgrules.rules.retention.Booking}, {@link
 *       dk.dfdgrules.rules.retention.EarlyPensionRequester}, {@link
 *       dk.dfdgrules.rules.retention.UdkData} — the facts;
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionResult} — the area's decision, with {@link
 *       dk.dfdgrules.rules.retention.EarlyPensionAccess}, {@link
 *       dk.dfdgrules.rules.retention.UdkReadAccess} and {@link
 *       dk.dfdgrules.rules.retention.UdkReportingChannel} — the typed derivations.
 * </ul>
 *
 * <p>Personal data: a CPR number given for its birth date is masked in every text.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.retention;

import org.jspecify.annotations.NullMarked;
