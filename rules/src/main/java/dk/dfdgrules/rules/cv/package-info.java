/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * CV-1 … CV-6 — reporting a CV approval status, also with a historical event date
 * (DFDG-RN-2021-12-06 §4).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.cv.CvApprovalRules} — the entry point: {@code validate(facts,
 *       date)}, answering {@code Answer<CvReportDecision>}; the rules {@code CV_1} … {@code CV_6}
 *       (CV-6 announced, off unless enabled) and the area {@code cv-approval} ({@code
 *       CvApprovalRules.AREA});
 *   <li>{@link dk.dfdgrules.rules.cv.CvReportFacts}, {@link dk.dfdgrules.rules.cv.Reporter} — the
 *       report and the citizen at the assessment date;
 *   <li>{@link dk.dfdgrules.rules.cv.CvReportDecision} — accepted, or rejected with every failed
 *       condition; the comment CV-5 sets; folded from the rules' results.
 * </ul>
 *
 * <p>Personal data: a report's comment is free text; it is never printed nor put in a violation.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.cv;

import org.jspecify.annotations.NullMarked;
