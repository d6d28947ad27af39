/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The laws of retention, RET-1 and RET-2 (DFDG-RN-2021-12-06 §6.1, §7.1), as generated properties
 * against {@link RetentionRules}: data is deleted on the first day on which six whole years have
 * passed — since the meeting (RET-2), since the state pension age was reached (RET-1) — for any
 * date, 29 February included.
 */
class RetentionPropertiesTest {

  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** Days from 2015 to 2030, one in eight a 29 February. */
  static Gen<LocalDate> daysWithLeapDays() {
    return Gens.frequency(
        Gens.weighted(7, dates(FIRST_DAY, LAST_DAY)),
        Gens.weighted(1, Gens.elements(2016, 2020, 2024, 2028).map(y -> LocalDate.of(y, 2, 29))));
  }

  /**
   * Whether {@code day} is the first day on which {@code years} whole years have passed since
   * {@code from}.
   */
  static boolean isFirstDayAfterWholeYears(LocalDate from, int years, LocalDate day) {
    return ChronoUnit.YEARS.between(from, day) == years
        && ChronoUnit.YEARS.between(from, day.minusDays(1)) == years - 1;
  }

  /** A booking's meeting date and the day the retention is evaluated. */
  record Meeting(LocalDate meetingDate, LocalDate day) {}

  Gen<Meeting> meetings() {
    return daysWithLeapDays()
        .flatMap(
            m ->
                Gens.frequency(
                        Gens.weighted(
                            1,
                            Gens.elements(
                                m.plusYears(6),
                                m.plusYears(6).minusDays(1),
                                m.plusYears(6).plusDays(1))),
                        Gens.weighted(2, dates(RELEASE, LAST_DAY.plusYears(10))))
                    .filter("from the release", d -> !d.isBefore(RELEASE))
                    .map(d -> new Meeting(m, d)));
  }

  @Property
  void ret2BookingDataIsDeletedExactlySixYearsAfterTheMeeting(@ForAll("meetings") Meeting m) {
    Statistics.cover(
        4,
        m.meetingDate().getMonthValue() == 2 && m.meetingDate().getDayOfMonth() == 29,
        "met on 29 February");
    Answer<RetentionResult> r =
        RetentionRules.decide(RetentionFacts.booking(Booking.of(m.meetingDate())), m.day());

    LocalDate deletion = r.decision().bookingDeletionDate().orElseThrow();
    Statistics.cover(3, m.day().equals(deletion), "evaluated on the deletion date");
    Statistics.cover(3, m.day().equals(deletion.minusDays(1)), "the day before");

    assertThat(isFirstDayAfterWholeYears(m.meetingDate(), 6, deletion))
        .as("%s is the first day six whole years after %s", deletion, m.meetingDate())
        .isTrue();
    if (m.meetingDate().getMonthValue() != 2 || m.meetingDate().getDayOfMonth() != 29) {
      assertThat(deletion).isEqualTo(m.meetingDate().plusYears(6));
    }
    assertThat(r)
        .hasDerivedValue("booking.dueForDeletion")
        .withValue(String.valueOf(!m.day().isBefore(deletion)))
        .decidedBy("RET-2");
  }

  /** Early-pension data: a birth date, a state pension age, the day evaluated. */
  record EarlyPension(LocalDate born, StatePensionAge age, LocalDate day) {}

  Gen<EarlyPension> earlyPensions() {
    Gen<LocalDate> births =
        Gens.frequency(
            Gens.weighted(7, dates(LocalDate.of(1950, 1, 1), LocalDate.of(1975, 12, 31))),
            Gens.weighted(
                1, Gens.elements(1952, 1956, 1960, 1964, 1968).map(y -> LocalDate.of(y, 2, 29))));
    Gen<StatePensionAge> ages =
        Gens.zip(Gens.integers(65, 70), Gens.elements(0, 0, 0, 6, 11), StatePensionAge::new);
    return Gens.zip(births, ages, dates(RELEASE, LocalDate.of(2060, 12, 31)), EarlyPension::new);
  }

  @Property
  void ret1EarlyPensionDataIsDeletedSixYearsAfterTheStatePensionAge(
      @ForAll("earlyPensions") EarlyPension p) {
    Statistics.cover(
        5, p.born().getMonthValue() == 2 && p.born().getDayOfMonth() == 29, "born on 29 February");
    Statistics.cover(10, p.age().months() != 0, "a pension age with months");

    Answer<RetentionResult> r =
        RetentionRules.decide(
            RetentionFacts.earlyPension(EarlyPensionData.of(p.born(), p.age())), p.day());

    LocalDate pensionDate = r.decision().statePensionDate().orElseThrow();
    LocalDate deletion = r.decision().earlyPensionDeletionDate().orElseThrow();
    long months = p.age().years() * 12L + p.age().months();
    assertThat(ChronoUnit.MONTHS.between(p.born(), pensionDate)).isEqualTo(months);
    assertThat(ChronoUnit.MONTHS.between(p.born(), pensionDate.minusDays(1))).isEqualTo(months - 1);
    assertThat(isFirstDayAfterWholeYears(pensionDate, 6, deletion)).isTrue();
    assertThat(r).hasDerivedValue("earlyPension.deletionDate").decidedBy("RET-1");
  }

  @Property
  void ret2ALaterMeetingIsNeverDeletedEarlier(
      @ForAll("meetings") Meeting a, @ForAll("meetings") Meeting b) {
    LocalDate first = a.meetingDate().isBefore(b.meetingDate()) ? a.meetingDate() : b.meetingDate();
    LocalDate second = first.equals(a.meetingDate()) ? b.meetingDate() : a.meetingDate();
    Statistics.cover(40, first.isBefore(second), "two different meetings");

    assertThat(RetentionRules.bookingDeletionDate(second))
        .isAfterOrEqualTo(RetentionRules.bookingDeletionDate(first));
  }
}
