/**
 * PG-1, PG-2 — person-group markings (persongruppemarkeringer) of type 5 when the citizen moves
 * (DFDG-RN-2021-12-06 §1.2).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules} — the entry point: {@code
 *       onMove(marking, move, date)} and {@code mayClose(marking, move, municipality, date)}, the
 *       rules PG-1 and PG-2;
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupMove} — the move (date, CPR or jobcentre,
 *       new municipality);
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupDecision} — closed automatically or not,
 *       when, and whether a close request is permitted;
 *   <li>{@link dk.dfdgrules.rules.persongroup.PersonGroupFacts}, {@link
 *       dk.dfdgrules.rules.persongroup.PersonGroupArea} — the {@code person-group-marking} area.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.persongroup;

import org.jspecify.annotations.NullMarked;
