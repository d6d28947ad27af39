/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Generators of the whole domain, valid by default, with fluent limits in domain words. Start at
 * {@link dk.dfdgrules.testkit.generators.DfdgGenerators}.
 *
 * <table>
 *   <caption>The generators, by domain</caption>
 *   <tr><th>domain</th><th>generators</th></tr>
 *   <tr><td>citizens</td><td>{@link dk.dfdgrules.testkit.generators.CprNumberGen}, {@link
 *       dk.dfdgrules.testkit.generators.CitizenGen}, contact-group memberships, person-group
 *       markings, municipality codes</td></tr>
 *   <tr><td>plans</td><td>{@link dk.dfdgrules.testkit.generators.EducationPlanGen}, {@link
 *       dk.dfdgrules.testkit.generators.SupportNeedsGen}, with {@link
 *       dk.dfdgrules.testkit.generators.SupportNeedRuleIds} (SN-1 … SN-4)</td></tr>
 *   <tr><td>contacts</td><td>{@link dk.dfdgrules.testkit.generators.ContactPersonGen}, {@link
 *       dk.dfdgrules.testkit.generators.EducationContactGens} (types 31 and 32, EC-1 … EC-4),
 *       phone numbers, e-mail addresses, CVR and P numbers</td></tr>
 *   <tr><td>time and money</td><td>dates (with the in-force boundaries as edge cases), {@link
 *       dk.dfdgrules.testkit.generators.DatePeriodGen}, {@link
 *       dk.dfdgrules.testkit.generators.IsoWeekGen}, quarters, {@link
 *       dk.dfdgrules.testkit.generators.MoneyGen}</td></tr>
 *   <tr><td>courses</td><td>UDB subscriptions, visitation registrations and courses,
 *       activities, mentor interventions, CV states, absence, a-kasse memberships</td></tr>
 *   <tr><td>DREAM</td><td>{@link dk.dfdgrules.testkit.generators.DreamSeriesGen}, person keys,
 *       benefit codes, week columns</td></tr>
 *   <tr><td>code lists</td><td>{@link dk.dfdgrules.testkit.generators.CodeGen} for every list of
 *       {@code CodeLists}; the code-list enums</td></tr>
 *   <tr><td>rule framework</td><td>{@link dk.dfdgrules.testkit.generators.RuleValueGens}: rule ids,
 *       citations, versions, messages, violations, results, contexts</td></tr>
 *   <tr><td>invalid input</td><td>{@link dk.dfdgrules.testkit.generators.InvalidInputs}: CPR,
 *       CVR, P numbers, phone numbers, e-mail, amounts, weeks, periods</td></tr>
 * </table>
 *
 * <p><b>Personal data.</b> Generated CPR numbers, names, e-mail addresses and phone numbers are
 * synthetic and can coincide with those of real people: use them in tests only. Every generated
 * value prints personal data masked, as the model types do.
 *
 * <p>{@link dk.dfdgrules.testkit.generators.DomainGenProvider} registers a generator for every
 * model type, for {@code @ForAll} parameters found by type.
 *
 * <p>Null policy: no method accepts or returns null; generators never produce null.
 */
@NullMarked
package dk.dfdgrules.testkit.generators;

import org.jspecify.annotations.NullMarked;
