/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.periods;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laws of absence and exemptions, ABS-1 and ABS-2 (DFDG-RN-2021-12-06 §2.1, §2.2), as generated
 * properties against {@link AbsenceRules}. The read-back years are the spec's: 8 for 'Seniorjob'
 * (25), 5 for the two kinds of work sharing (71, 78).
 */
class AbsencePropertiesTest {

  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** ABS-1 as the spec lists it: absence type → years the current a-kasse may read back. */
  static final Map<Integer, Integer> READ_BACK = Map.of(25, 8, 71, 5, 78, 5);

  /** Absence types: mostly those ABS-1 covers, sometimes 74 or an id no source names. */
  static Gen<Integer> absenceTypes() {
    return Gens.frequency(
        Gens.weighted(3, Gens.elements(25, 71, 78)),
        Gens.weighted(1, Gens.elements(74, 1, 30, 99)));
  }

  /**
   * Registrations on a day: their periods start and end on, next to and far from the first day of
   * the read-back window and the day itself.
   */
  static Gen<AbsenceRegistration> registrationsAround(LocalDate day) {
    return absenceTypes()
        .flatMap(
            type -> {
              LocalDate windowStart = day.minusYears(READ_BACK.getOrDefault(type, 5));
              return Gens.oneOf(periods().around(windowStart), periods().around(day), periods())
                  .map(p -> AbsenceRegistration.of(type, p));
            });
  }

  record History(List<AbsenceRegistration> absences, LocalDate day) {}

  static Gen<History> historiesOn(Gen<LocalDate> days) {
    return days.flatMap(d -> registrationsAround(d).list(1, 5).map(as -> new History(as, d)));
  }

  Gen<History> historiesFromTheRelease() {
    return historiesOn(dates(RELEASE, LAST_DAY));
  }

  /** The spec's interpretation: [start, end or the day] overlaps [day − N years, day]. */
  static HistoryAccess specAccess(AbsenceRegistration a, LocalDate day) {
    Integer years = READ_BACK.get(a.getAbsenceType());
    if (years == null) {
      return HistoryAccess.NOT_COVERED;
    }
    DatePeriod p = a.getPeriod();
    boolean startedByThen = !p.start().isAfter(day);
    boolean endedInWindow = p.end().map(e -> !e.isBefore(day.minusYears(years))).orElse(true);
    return startedByThen && endedInWindow ? HistoryAccess.READABLE : HistoryAccess.NOT_READABLE;
  }

  @Property
  void abs1ARegistrationIsReadableExactlyWhenItOverlapsTheReadBackWindow(
      @ForAll("historiesFromTheRelease") History h) {
    for (AbsenceRegistration a : h.absences()) {
      HistoryAccess expected = specAccess(a, h.day());
      Statistics.cover(20, expected == HistoryAccess.READABLE, "readable");
      Statistics.cover(10, expected == HistoryAccess.NOT_READABLE, "not readable");
      Statistics.cover(10, expected == HistoryAccess.NOT_COVERED, "not covered");
      Statistics.cover(
          2,
          READ_BACK.containsKey(a.getAbsenceType())
              && a.getPeriod()
                  .end()
                  .filter(h.day().minusYears(READ_BACK.get(a.getAbsenceType()))::equals)
                  .isPresent(),
          "ended on the first day of the window");
    }

    AbsenceResult r = AbsenceRules.decide(AbsenceFacts.history(h.absences()), h.day()).decision();

    assertThat(r.historyAccess()).hasSize(h.absences().size());
    for (AbsenceAccess access : r.historyAccess()) {
      AbsenceRegistration a = h.absences().get(access.index());
      assertThat(access.registration()).isEqualTo(a);
      assertThat(access.access()).as("%s on %s", a, h.day()).isEqualTo(specAccess(a, h.day()));
      assertThat(access.windowStart())
          .isEqualTo(
              Optional.ofNullable(READ_BACK.get(a.getAbsenceType())).map(h.day()::minusYears));
    }
  }

  /** A covered registration going on on the day. */
  record Ongoing(AbsenceRegistration absence, LocalDate day) {}

  Gen<Ongoing> ongoingRegistrations() {
    return dates(RELEASE, LAST_DAY)
        .flatMap(
            d ->
                Gens.zip(
                    Gens.elements(25, 71, 78),
                    Gens.oneOf(
                        periods().containing(d).lastingAtMost(4000),
                        periods().containing(d).lastingAtMost(4000).openEnded()),
                    (type, p) -> new Ongoing(AbsenceRegistration.of(type, p), d)));
  }

  @Property
  void abs1AnOngoingRegistrationIsAlwaysReadable(@ForAll("ongoingRegistrations") Ongoing o) {
    Statistics.cover(20, o.absence().getPeriod().isOpenEnded(), "open-ended");
    Statistics.cover(
        10,
        o.absence().getPeriod().start().isBefore(o.day().minusYears(8)),
        "started over 8 years ago");

    List<AbsenceAccess> access =
        AbsenceRules.decide(List.of(o.absence()), o.day()).decision().historyAccess();

    assertThat(access)
        .singleElement()
        .extracting(AbsenceAccess::access)
        .isEqualTo(HistoryAccess.READABLE);
  }

  Gen<History> historiesBeforeTheRelease() {
    return historiesOn(dates(FIRST_DAY, RELEASE.minusDays(1)));
  }

  @Property
  void abs1GivesNoAccessBefore6December2021(@ForAll("historiesBeforeTheRelease") History h) {
    Answer<AbsenceResult> r = AbsenceRules.decide(AbsenceFacts.history(h.absences()), h.day());

    assertThat(r.decision().historyAccess()).isEmpty();
    assertThat(r.result(AbsenceRules.ABS_1).orElseThrow()).isNotInForce();
  }

  /** A recovery reported with a date, processed on a day. */
  record Recovery(Optional<LocalDate> recoveryDate, LocalDate processedOn) {}

  Gen<Recovery> recoveries() {
    return dates(RELEASE, LAST_DAY)
        .flatMap(
            d ->
                Gens.oneOf(
                        Gens.constant(Optional.<LocalDate>empty()),
                        dates(d.minusDays(400), d).map(Optional::of))
                    .map(r -> new Recovery(r, d)));
  }

  @Property
  void abs2ARecoveredCitizenIsReRegisteredOnTheProcessingDateNeverAHistoricalOne(
      @ForAll("recoveries") Recovery r) {
    Statistics.cover(
        23,
        r.recoveryDate().filter(x -> x.isBefore(r.processedOn())).isPresent(),
        "a historical date");

    Optional<LocalDate> reRegistered =
        AbsenceRules.decide(new RecoveryReport(r.recoveryDate()), r.processedOn())
            .decision()
            .reRegistrationDate();

    assertThat(reRegistered).contains(r.processedOn());
  }

  @Property(tries = 30)
  void everyExplanationHasDanishAndEnglishText(@ForAll("historiesFromTheRelease") History h) {
    assertThat(AbsenceRules.decide(AbsenceFacts.history(h.absences()), h.day()))
        .hasMessagesInDanishAndEnglish()
        .revealsNoPersonalData();
  }
}
