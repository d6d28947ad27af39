/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * PG-1, PG-2 — person-group markings (persongruppemarkeringer) of type 5 when the citizen moves
 * (DFDG-RN-2021-12-06 §1.2).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules} — the entry point: {@code
 *       decide(marking, move, date)} and, for a close request, {@code decide(marking, move,
 *       municipality, date)} → {@code Answer<PersonGroupDecision>}; the rules PG-1 and PG-2, their
 *       typed derived values and the area {@code AREA} ({@code person-group-marking});
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupMove} — the move (date, CPR or jobcentre,
 *       new municipality);
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupDecision} — the decision, folded from the
 *       rules' results: closed automatically or not, when, and whether a close request is permitted
 *       ({@link dk.dfdgrules.rules.persongroup.CloseRequest});
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupFacts} — the facts of the {@code
 *       person-group-marking} area.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.persongroup;

import org.jspecify.annotations.NullMarked;
