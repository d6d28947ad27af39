/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.validation.ValidYumuReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One YUMU report (Ydelser Udbetalt med Urette, a benefit paid in error) as the municipality's form
 * sends it — the fields' raw texts, which the rules YUMU-1 … YUMU-8 parse — with the facts the
 * system adds: the citizen's own benefits, and for a report already submitted the day it was
 * created.
 *
 * <p>In JSON: {@code {"cpr": "1122334444", "periodStart": "15-12", "startYear": "2022",
 * "periodEnd": "15-01", "endYear": "2023", "benefit": "Kontanthjælp", "amount": "1.234,56",
 * "citizenBenefits": ["Kontanthjælp", "Sygedagpenge"]}}. Violations name the field by these names
 * ({@code cpr}, {@code periodStart}, {@code startYear} …).
 *
 * <p>Declared {@link ValidYumuReport}: {@code validator.validate(report)} of Hibernate Validator
 * reports every field error, in Danish or English.
 *
 * <p>Every part is optional (null from JSON is absent): an absent field is a field not filled in.
 * {@link #toString()} shows no field's text (a field may hold a CPR number).
 *
 * @param cpr 'CPR-nummer', ten digits without a hyphen (YUMU-1)
 * @param periodStart 'Periodestart (dd-mm)' (YUMU-2)
 * @param startYear 'Periodestart årstal', the year chosen from the list (YUMU-3)
 * @param periodEnd 'Periodeslut (dd-mm)' (YUMU-4)
 * @param endYear the year of the period's end, chosen from the list (YUMU-3)
 * @param benefit the benefit chosen, 'Ydelsesnavn' (YUMU-6)
 * @param amount 'Beløb' in kroner, e.g. {@code 1.234,56} (YUMU-7)
 * @param citizenBenefits the benefits the citizen has received, the list the form offers (YUMU-6);
 *     absent when not known, and YUMU-6 cannot check the choice
 * @param created for a report already submitted, the day it was created ('Oprettet'; YUMU-8)
 * @param januaryRunFinished the day the January YUMU run after the report's year finished, if known
 *     (YUMU-8)
 * @param yearDepth the depth of the year list, 0 … 100 (YUMU-3); {@link YumuYears#DEFAULT_DEPTH}
 *     when absent
 */
@ValidYumuReport
public record YumuReport(
    Optional<String> cpr,
    Optional<String> periodStart,
    Optional<String> startYear,
    Optional<String> periodEnd,
    Optional<String> endYear,
    Optional<String> benefit,
    Optional<String> amount,
    Optional<List<String>> citizenBenefits,
    Optional<LocalDate> created,
    Optional<LocalDate> januaryRunFinished,
    Optional<Integer> yearDepth) {

  /** Treats missing parts as absent and copies the benefit list. */
  public YumuReport {
    cpr = orEmpty(cpr);
    periodStart = orEmpty(periodStart);
    startYear = orEmpty(startYear);
    periodEnd = orEmpty(periodEnd);
    endYear = orEmpty(endYear);
    benefit = orEmpty(benefit);
    amount = orEmpty(amount);
    citizenBenefits = orEmpty(citizenBenefits).map(List::copyOf);
    created = orEmpty(created);
    januaryRunFinished = orEmpty(januaryRunFinished);
    yearDepth = orEmpty(yearDepth);
  }

  /**
   * A new report as the form sends it, with the citizen's benefits.
   *
   * @param cpr the CPR field
   * @param periodStart the period start field, {@code dd-mm}
   * @param startYear the start year chosen
   * @param periodEnd the period end field, {@code dd-mm}
   * @param endYear the end year chosen
   * @param benefit the benefit chosen
   * @param amount the amount field
   * @param citizenBenefits the benefits the citizen has received
   * @return the report
   */
  public static YumuReport of(
      String cpr,
      String periodStart,
      String startYear,
      String periodEnd,
      String endYear,
      String benefit,
      String amount,
      List<String> citizenBenefits) {
    return new YumuReport(
        Optional.of(cpr),
        Optional.of(periodStart),
        Optional.of(startYear),
        Optional.of(periodEnd),
        Optional.of(endYear),
        Optional.of(benefit),
        Optional.of(amount),
        Optional.of(citizenBenefits),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy of a submitted report, created on a day.
   *
   * @param day the day it was created
   * @return the copy
   */
  public YumuReport withCreated(LocalDate day) {
    return new YumuReport(
        cpr,
        periodStart,
        startYear,
        periodEnd,
        endYear,
        benefit,
        amount,
        citizenBenefits,
        Optional.of(day),
        januaryRunFinished,
        yearDepth);
  }

  /**
   * A copy with the day the January run finished.
   *
   * @param day the day
   * @return the copy
   */
  public YumuReport withJanuaryRunFinished(LocalDate day) {
    return new YumuReport(
        cpr,
        periodStart,
        startYear,
        periodEnd,
        endYear,
        benefit,
        amount,
        citizenBenefits,
        created,
        Optional.of(day),
        yearDepth);
  }

  /**
   * A copy with the depth of the year list.
   *
   * @param depth the depth, 0 … 100 (2 gives the screenshot's three years)
   * @return the copy
   */
  public YumuReport withYearDepth(int depth) {
    return new YumuReport(
        cpr,
        periodStart,
        startYear,
        periodEnd,
        endYear,
        benefit,
        amount,
        citizenBenefits,
        created,
        januaryRunFinished,
        Optional.of(depth));
  }

  /**
   * Which fields are filled in, never their texts: a field may hold a CPR number (the CPR field, or
   * one typed into another by mistake).
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("YumuReport[filled in:");
    String[] names = {
      "cpr", "periodStart", "startYear", "periodEnd", "endYear", "benefit", "amount"
    };
    List<Optional<String>> fields =
        List.of(cpr, periodStart, startYear, periodEnd, endYear, benefit, amount);
    for (int i = 0; i < names.length; i++) {
      if (fields.get(i).isPresent()) {
        b.append(' ').append(names[i]);
      }
    }
    citizenBenefits.ifPresent(l -> b.append("; ").append(l.size()).append(" citizen benefits"));
    created.ifPresent(d -> b.append("; created ").append(d));
    januaryRunFinished.ifPresent(d -> b.append("; January run finished ").append(d));
    yearDepth.ifPresent(d -> b.append("; year depth ").append(d));
    return b.append(']').toString();
  }
}
