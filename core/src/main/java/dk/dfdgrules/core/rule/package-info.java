/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The rule framework every rule of the library uses.
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.core.rule.RuleId} — the spec id of a rule ({@code SN-1});
 *   <li>{@link dk.dfdgrules.core.rule.SourceCitation} — where the rule comes from, with a short
 *       Danish quote;
 *   <li>{@link dk.dfdgrules.core.rule.RuleVersion} — one version of a rule and when it is in force;
 *       an <em>announced</em> version has no in-force date and is off unless the caller enables it
 *       in the {@link dk.dfdgrules.core.rule.EvaluationContext};
 *   <li>{@link dk.dfdgrules.core.rule.Rule}, {@link dk.dfdgrules.core.rule.VersionedRule} — a pure
 *       function of facts and an evaluation date, picking the version in force on that date; every
 *       rule is declared the same way, {@code Rule.define(id, Facts.class).since(…).build()};
 *   <li>{@link dk.dfdgrules.core.rule.RuleResult} — the value a rule returns: an {@link
 *       dk.dfdgrules.core.rule.Outcome}, the version applied, every {@link
 *       dk.dfdgrules.core.rule.Violation}, the missing facts when undetermined, and {@link
 *       dk.dfdgrules.core.rule.DerivedValue}s, typed by their {@link
 *       dk.dfdgrules.core.rule.DerivedKey}, for rules that derive dates or decisions; {@link
 *       dk.dfdgrules.core.rule.RuleResults} joins the results of several rules;
 *   <li>{@link dk.dfdgrules.core.rule.RuleArea} — an area of rules behind one face: it evaluates
 *       each rule once and folds its typed {@link dk.dfdgrules.core.rule.Decision} (a {@link
 *       dk.dfdgrules.core.rule.Verdict} for areas that check data) from the results into an {@link
 *       dk.dfdgrules.core.rule.Answer}, the same for every area;
 *   <li>{@link dk.dfdgrules.core.rule.Message}, {@link dk.dfdgrules.core.rule.Messages} — message
 *       keys with named arguments, rendered in Danish (the default) or English from resource
 *       bundles that modules register through {@link dk.dfdgrules.core.rule.MessageBundleProvider}.
 * </ul>
 *
 * <p>A violated rule is a result, never an exception. An exception means the caller broke a
 * contract (a null, a malformed value), and its message says which.
 *
 * <p>Personal data: violations and messages carry field paths, ids and dates, never a CPR number or
 * a name.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.core.rule;

import org.jspecify.annotations.NullMarked;
