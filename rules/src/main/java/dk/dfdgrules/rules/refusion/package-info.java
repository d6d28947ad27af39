/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Ydelsesrefusion (YR; the specification, rules YUMU-1 … YUMU-8, LIS-1 … LIS-5, REF-1 … REF-3): the
 * YUMU report of benefits paid in error, the rules of the LIS raw-data rows, and the refusion steps
 * (refusionstrappen).
 *
 * <p>Sources: the Ydelsesrefusion webinar of 21 June 2023 ({@link
 * dk.dfdgrules.codelists.Sources#YR_WEBINAR}, cited as {@code YR-webinar-2023-06-21}), and for REF
 * the act on the municipalities' financing of certain public benefits ({@link
 * dk.dfdgrules.codelists.Sources#FINANSIERINGSLOVEN}).
 *
 * <p>The refusion steps (REF-1 … REF-3): {@link dk.dfdgrules.rules.refusion.RefusionCount} (the
 * pure function over a weekly series, {@link dk.dfdgrules.rules.refusion.WeeklyKinds} or a DREAM
 * series) giving {@link dk.dfdgrules.rules.refusion.RefusionWeek}s with their {@link
 * dk.dfdgrules.rules.refusion.RefusionStep} and {@link dk.dfdgrules.rules.refusion.Restart}; the
 * DREAM-code → {@link dk.dfdgrules.rules.refusion.WeekKind} mapping {@link
 * dk.dfdgrules.rules.refusion.WeekKindTable} (an interpretation, replaceable data); the rules and
 * the area {@code refusion-steps} in {@link dk.dfdgrules.rules.refusion.RefusionRules} over {@link
 * dk.dfdgrules.rules.refusion.RefusionFacts}; {@link dk.dfdgrules.rules.refusion.StepCounts}, the
 * persons per step per week.
 */
@NullMarked
package dk.dfdgrules.rules.refusion;

import org.jspecify.annotations.NullMarked;
