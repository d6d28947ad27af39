/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * CP-1 … CP-3 — contact persons (kontaktpersoner) end-dated when the citizen moves
 * (DFDG-RN-2021-12-06 §1.1).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.contactperson.ContactPersonEndDating} — the entry point: {@code
 *       decide(contactPersons, move, evaluationDate)} → {@code Answer<EndDatingResult>}, the rules
 *       CP-1, CP-2, CP-3 (items CP-3.1 … CP-3.4), the exempt types, the derived {@code
 *       contactPersons[i].period} and the area {@code AREA} ({@code contact-persons});
 *   <li>{@link dk.dfdgrules.rules.contactperson.MoveEvent}, {@link
 *       dk.dfdgrules.rules.contactperson.MoveSource} — the move (date and CPR or jobcentre);
 *   <li>{@link dk.dfdgrules.rules.contactperson.EndDatingResult} — the decision, folded from the
 *       rules' results: changed, unchanged or undetermined, with one {@link
 *       dk.dfdgrules.rules.contactperson.EndDatingDecision} per contact person: changed or not, old
 *       and new dates, the deciding rule item;
 *   <li>{@link dk.dfdgrules.rules.contactperson.ContactPersonMoveFacts} — the facts of the {@code
 *       contact-persons} area for the command line and case files.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.contactperson;

import org.jspecify.annotations.NullMarked;
