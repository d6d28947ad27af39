/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * DREAM — STAR's weekly benefit database (FLIS-DREAM; the specification, rules DRM-1 … DRM-13).
 *
 * <ul>
 *   <li>DRM-1 {@link dk.dfdgrules.rules.dream.OneBenefitPerWeek} — one code per person-week;
 *   <li>DRM-2 {@link dk.dfdgrules.rules.dream.DreamCalendar}, {@link
 *       dk.dfdgrules.rules.dream.PeriodType} — ISO weeks, {@code y_YYWW}, weeks into months,
 *       quarters and years by their Thursday;
 *   <li>DRM-3 {@link dk.dfdgrules.rules.dream.PriorityTable} — priority of coinciding benefits (the
 *       default table is a <b>reconstruction</b>);
 *   <li>DRM-4 {@link dk.dfdgrules.rules.dream.BenefitCodeTable}, {@link
 *       dk.dfdgrules.rules.dream.BenefitGroupRule} — benefit groups, replaceable data;
 *   <li>DRM-5 {@link dk.dfdgrules.rules.dream.ReceiverStatusRule}, {@link
 *       dk.dfdgrules.rules.dream.FollowUp} — receiver status 52 weeks later;
 *   <li>DRM-6 {@link dk.dfdgrules.rules.dream.SelectedBenefitsRule} — the selected benefits;
 *   <li>DRM-7 {@link dk.dfdgrules.rules.dream.KeyFigureAccumulator}, {@link
 *       dk.dfdgrules.rules.dream.Share} — distinct persons per cell, the "Andel" ratios;
 *   <li>DRM-8 {@link dk.dfdgrules.rules.dream.KeyFigureDefinition}, {@link
 *       dk.dfdgrules.rules.dream.KeyFigures} — the 24 key figures;
 *   <li>DRM-9 {@link dk.dfdgrules.rules.dream.EmploymentDegreeRule}; DRM-10 {@link
 *       dk.dfdgrules.rules.dream.HistoryWindowRule}; DRM-11 {@link
 *       dk.dfdgrules.rules.dream.DeliveryLag}; DRM-12 {@link
 *       dk.dfdgrules.rules.dream.DeliveryScope}; DRM-13 {@link
 *       dk.dfdgrules.rules.dream.RegionNames}.
 * </ul>
 *
 * <p>The rules as data: {@link dk.dfdgrules.rules.dream.DreamRules} declares each as a {@link
 * dk.dfdgrules.core.rule.Rule} constant named after its id ({@code DreamRules.DRM_1} … {@code
 * DRM_13}) with its version(s) and FLIS-DREAM citation ({@link
 * dk.dfdgrules.codelists.Sources#FLIS_DREAM}), evaluating the standard configuration on a small
 * facts record and answering typed derived values under public {@link
 * dk.dfdgrules.core.rule.DerivedKey} constants — e.g. {@code
 * result.value(BenefitGroupRule.GROUP.at(week))} is the week's {@link
 * dk.dfdgrules.codelists.BenefitGroup}. The classes above keep their fast kernel functions ({@code
 * classify}, {@code choose}, {@code statusIndex}, {@code outcomeIndex} …) for the streaming readers
 * and the key-figure job in {@code dk.dfdgrules.extracts.dream}, and their {@code evaluate} methods
 * for a caller's own tables, answering the same shape with the same versions.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2)</b> — this goes for every count here.
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}; absent values
 * are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.dream;

import org.jspecify.annotations.NullMarked;
