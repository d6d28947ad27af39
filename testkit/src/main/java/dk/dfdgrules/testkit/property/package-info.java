/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * A small property-testing engine in the spirit of QuickCheck and Hypothesis, with no framework
 * behind it.
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.testkit.property.Gen} — a generator, with {@code map}, {@code flatMap},
 *       {@code filter}, {@code list}, {@code set}, {@code optional}, {@code zip};
 *   <li>{@link dk.dfdgrules.testkit.property.Gens} — the basic generators: constants, elements,
 *       enums, {@code oneOf}, {@code frequency}, integers, longs, dates, strings, subsets,
 *       permutations;
 *   <li>{@link dk.dfdgrules.testkit.property.Source} — what a generator draws its choices from;
 *   <li>{@link dk.dfdgrules.testkit.property.PropertyCheck} — runs a property: edge cases first,
 *       then seeded random values, integrated shrinking of a counterexample, coverage checks;
 *   <li>{@link dk.dfdgrules.testkit.property.Statistics} — labels and coverage requirements from
 *       inside a property;
 *   <li>{@link dk.dfdgrules.testkit.property.PropertyResult}, {@link
 *       dk.dfdgrules.testkit.property.PropertyFailure}, {@link
 *       dk.dfdgrules.testkit.property.CoverageFailure}, {@link
 *       dk.dfdgrules.testkit.property.GenerationException} — what a run reports;
 *   <li>{@link dk.dfdgrules.testkit.property.GenProvider} — generators found by type, for the JUnit
 *       integration in {@link dk.dfdgrules.testkit.property.junit}.
 * </ul>
 *
 * <p><b>How shrinking works.</b> Every random decision of a generator is a recorded number (a
 * choice) in which 0 is the simplest answer. A failing value is shrunk by deleting and lowering its
 * choices and replaying them through the same generator, so shrinking goes through {@code map},
 * {@code flatMap} and {@code filter} with no code of its own, and what it finds is always a value
 * the generator can produce. It is deterministic and bounded by a number of replays.
 *
 * <p>Null policy: no method accepts or returns null. Generators never produce null.
 */
@NullMarked
package dk.dfdgrules.testkit.property;

import org.jspecify.annotations.NullMarked;
