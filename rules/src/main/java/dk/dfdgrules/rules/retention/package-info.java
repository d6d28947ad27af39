/**
 * RET-1 … RET-4 — retention of and access to early-pension (tidlig pension) and booking data
 * (DFDG-RN-2021-12-06 §6.1, §7.1).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionRules} — the entry point: {@code
 *       evaluate(facts, date)}, {@code earlyPensionDeletionDate}, {@code bookingDeletionDate};
 *       the rules and their named constants;
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionFacts}, {@link
 *       dk.dfdgrules.rules.retention.EarlyPensionData}, {@link
 *       dk.dfdgrules.rules.retention.StatePensionAge}, {@link
 *       dk.dfdgrules.rules.retention.Booking}, {@link
 *       dk.dfdgrules.rules.retention.EarlyPensionRequester}, {@link
 *       dk.dfdgrules.rules.retention.UdkData} — the facts;
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionResult}, {@link
 *       dk.dfdgrules.rules.retention.UdkReportingChannel} — the typed derivations;
 *   <li>{@link dk.dfdgrules.rules.retention.RetentionArea} — the {@code retention} area.
 * </ul>
 *
 * <p>Personal data: a CPR number given for its birth date is masked in every text.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.retention;

import org.jspecify.annotations.NullMarked;
