/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * FLIS — the DFDG data area (FLIS-DFDG; the specification, rules VIS-1 … VIS-4, ACT-1 … ACT-7,
 * WIN-1 … WIN-3, SUP-1 … SUP-2): visitation courses derived from DFDG's registrations and unrolled
 * to weeks, the activation measures, the cubes' time windows and the benchmark model.
 *
 * <p>Source: FLIS – DFDG, vejledning til dataområdet (KOMBIT), {@link
 * dk.dfdgrules.codelists.Sources#FLIS_DFDG}, cited as {@code FLIS-DFDG §x}. The public text is an
 * OCR conversion that garbles æ, ø and å; the citations' quotes keep its spelling (so that they can
 * be checked against it), the javadoc restores the letters.
 *
 * <ul>
 *   <li>VIS-1 … VIS-4 {@link dk.dfdgrules.rules.flis.VisitationRules} — {@link
 *       dk.dfdgrules.rules.flis.VisitationCourses} (courses from registrations) and {@link
 *       dk.dfdgrules.rules.flis.VisitationWeeks} (weeks by Thursday up to the load month);
 *   <li>ACT-1 … ACT-7 {@link dk.dfdgrules.rules.flis.ActivationMeasures} — the measures of §6 over
 *       {@link dk.dfdgrules.rules.flis.Activation}, {@link dk.dfdgrules.rules.flis.Conversation},
 *       {@link dk.dfdgrules.rules.flis.AidExpense} and visitation courses;
 *   <li>WIN-1 … WIN-3 {@link dk.dfdgrules.rules.flis.CubeWindows} — the cubes' time windows;
 *   <li>SUP-1, SUP-2 {@link dk.dfdgrules.rules.flis.BenchmarkModel} — the benchmark model's
 *       measures by its dimensions, and the optional suppression of small cells.
 * </ul>
 *
 * <p>All 16: {@link dk.dfdgrules.rules.flis.FlisRules#ALL}.
 */
@NullMarked
package dk.dfdgrules.rules.flis;

import org.jspecify.annotations.NullMarked;
