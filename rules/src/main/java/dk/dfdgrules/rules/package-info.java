/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Every rule of the specification, as pure functions of facts and an evaluation date, one package
 * per area of the spec so that a rule id leads to its package:
 *
 * <table>
 *   <caption>Spec ids and packages</caption>
 *   <tr><th>ids</th><th>package</th></tr>
 *   <tr><td>CP</td><td>{@code contactperson}</td></tr>
 *   <tr><td>PG</td><td>{@code persongroup}</td></tr>
 *   <tr><td>DUP</td><td>{@code jobsearch}</td></tr>
 *   <tr><td>ABS</td><td>{@code absence}</td></tr>
 *   <tr><td>SN, LET, UDB</td><td>{@code supportneed}</td></tr>
 *   <tr><td>EC</td><td>{@code educationcontact}</td></tr>
 *   <tr><td>SUB</td><td>{@code subscription}</td></tr>
 *   <tr><td>MEN, HC</td><td>{@code mentor}</td></tr>
 *   <tr><td>CV</td><td>{@code cv}</td></tr>
 *   <tr><td>AK</td><td>{@code unemploymentfund}</td></tr>
 *   <tr><td>RET</td><td>{@code retention}</td></tr>
 *   <tr><td>DRM</td><td>{@code dream} (readers: {@code dk.dfdgrules.extracts.dream})</td></tr>
 * </table>
 *
 * <p>Each area declares its rules as constants named after their ids ({@code SN_1}, {@code SUB_5}
 * …) and one {@link dk.dfdgrules.core.rule.RuleArea} ({@code AREA}) that evaluates them and folds
 * its decision; {@link dk.dfdgrules.rules.RuleAreas} lists every area by name for the command line
 * and case files, with those a {@link dk.dfdgrules.rules.RuleAreaProvider} adds. {@link
 * dk.dfdgrules.rules.RuleTexts} gives every rule's title and summary in Danish and English, for a
 * rule catalogue.
 */
@NullMarked
package dk.dfdgrules.rules;

import org.jspecify.annotations.NullMarked;
