/**
 * ABS-1 … ABS-3 — absence (fravær) and exemptions (DFDG-RN-2021-12-06 §2).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceRules} — the entry point: {@code evaluate(facts,
 *       date)}, {@code historyAccess} (ABS-1), {@code reRegistrationDate} (ABS-2), {@code
 *       joblogExemption} (ABS-3); the rules and their named constants;
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceFacts}, {@link
 *       dk.dfdgrules.rules.absence.RecoveryReport} — the facts;
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceResult}, {@link
 *       dk.dfdgrules.rules.absence.AbsenceAccess}, {@link
 *       dk.dfdgrules.rules.absence.HistoryAccess}, {@link
 *       dk.dfdgrules.rules.absence.JoblogExemption} — the typed derivations;
 *   <li>{@link dk.dfdgrules.rules.absence.AbsenceArea} — the {@code absence} area.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.absence;

import org.jspecify.annotations.NullMarked;
