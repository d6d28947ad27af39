/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * DUP-1, DUP-2 — a job title (stillingsbetegnelse/alias) at most once on registration, in 'Krav til
 * jobsøgning' and in job goals (DFDG-RN-2021-12-06 §1.3, §3.7).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.jobsearch.DuplicateJobTitles} — the entry point: {@code
 *       validate(facts, date)}, {@code validateRegistration}, {@code validateRequirementsAndGoals};
 *       the rules {@code DUP_1} and {@code DUP_2}, the keys of the duplicated titles they derive,
 *       and the area {@code AREA} ({@code job-titles});
 *   <li>{@link dk.dfdgrules.rules.jobsearch.JobTitleFacts} — the titles about to be saved;
 *   <li>{@link dk.dfdgrules.rules.jobsearch.JobTitleCheck} — the area's decision: accepted or
 *       rejected, and the duplicated titles per list.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.jobsearch;

import org.jspecify.annotations.NullMarked;
