/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * ABS-1 … ABS-3 — absence (fravær) and exemptions (DFDG-RN-2021-12-06 §2).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceRules} — the entry point: {@code decide(facts,
 *       date)}, and per question {@code decide(absences, date)} (ABS-1), {@code decide(report,
 *       date)} (ABS-2), {@code decide(absences, group, category, date)} (ABS-3); the rules {@code
 *       ABS_1} … {@code ABS_3}, the keys of the values they derive, and the area {@code AREA}
 *       ({@code absence});
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceFacts}, {@link
 *       dk.dfdgrules.rules.absence.RecoveryReport} — the facts;
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceResult} — the area's decision, with {@link
 *       dk.dfdgrules.rules.absence.AbsenceAccess}, {@link dk.dfdgrules.rules.absence.HistoryAccess}
 *       and {@link dk.dfdgrules.rules.absence.JoblogExemption} — the typed derivations.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.absence;

import org.jspecify.annotations.NullMarked;
