/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * MEN-1 … MEN-3 — mentor type 6 'Personlig jobformidler' (DFDG-RN-2021-12-06 §3.5); HC-1 — course
 * categories 42 and 43 retired (§3.6).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.mentor.MentorRules} — the entry point for MEN: {@code
 *       validate(facts, date)}, answering {@code Answer<MentorResult>}; the rules {@code MEN_1} …
 *       {@code MEN_3} and the area {@code mentor} ({@code MentorRules.AREA}); {@link
 *       dk.dfdgrules.rules.mentor.MentorFacts}, {@link dk.dfdgrules.rules.mentor.MentorResult} (the
 *       verdict with MEN-3's effects in 'Min plan', folded from the results), {@link
 *       dk.dfdgrules.rules.mentor.MyPlanEffect};
 *   <li>{@link dk.dfdgrules.rules.mentor.CourseCategoryRules} — the entry point for HC: {@code
 *       validate(facts, date)}, answering {@code Answer<Verdict>}; the rule {@code HC_1} and the
 *       area {@code course-category} ({@code CourseCategoryRules.AREA}); {@link
 *       dk.dfdgrules.rules.mentor.CourseCategoryFacts}, {@link
 *       dk.dfdgrules.rules.mentor.CourseAction}.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.mentor;

import org.jspecify.annotations.NullMarked;
