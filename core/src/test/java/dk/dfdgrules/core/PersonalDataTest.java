/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A CPR number, a name or an e-mail never reaches a toString or an exception message. */
class PersonalDataTest {

  private static final String SERIAL = "1357";
  private static final CprNumber CPR = CprNumber.parse("010190-" + SERIAL);
  private static final String NAME = "Karen Kristiansen";
  private static final String EMAIL = "karen.kristiansen@jobcenter.dk";
  private static final DatePeriod PERIOD = DatePeriod.from(LocalDate.of(2022, 1, 1));

  static Stream<Object> valuesHoldingPersonalData() {
    return Stream.of(
        CPR,
        Citizen.of(CPR),
        ContactPerson.builder().type(1).period(PERIOD).name(NAME).build(),
        JobcentreContact.builder().name(NAME).email(EMAIL).phone("12345678").build(),
        EducationInstitutionContact.builder().name(NAME).email(EMAIL).build(),
        ContactAssignment.builder().citizen(CPR).role(32).build(),
        VisitationRegistration.of(
            CPR, LocalDateTime.of(2019, 1, 7, 9, 0), VisitationCategory.JOB_READY),
        VisitationCourse.builder()
            .citizen(CPR)
            .category(VisitationCategory.JOB_READY)
            .start(LocalDate.of(2019, 1, 7))
            .build(),
        PersonKey.of(CPR.unmaskedValue()),
        DreamSeries.of(PersonKey.of(CPR.unmaskedValue()), IsoWeek.of(2019, 1), new short[] {111}),
        EmailAddress.parse(EMAIL));
  }

  @ParameterizedTest
  @MethodSource("valuesHoldingPersonalData")
  void toStringHidesTheSerialDigitsNamesAndMailboxes(Object value) {
    assertThat(value.toString())
        .doesNotContain(SERIAL)
        .doesNotContain(NAME)
        .doesNotContain("Karen")
        .doesNotContain("karen.kristiansen");
  }

  @Test
  void theFullNumberIsOnlyBehindTheNamedAccessor() {
    assertThat(CPR.unmaskedValue()).isEqualTo("010190" + SERIAL);
    assertThat(PersonKey.of("010190-" + SERIAL).unmaskedValue()).isEqualTo("010190" + SERIAL);
  }

  @Test
  void exceptionMessagesHidePersonalData() {
    assertThatThrownBy(() -> CprNumber.parse("310290" + SERIAL)).hasMessageNotContaining(SERIAL);
    assertThatThrownBy(() -> CPR.ageOn(LocalDate.of(1980, 1, 1))).hasMessageNotContaining(SERIAL);
    assertThatThrownBy(() -> EmailAddress.parse("karen kristiansen@x"))
        .hasMessageNotContaining("karen");
  }

  @Test
  void anAbsenceTypeThatIsACprNumberInTheWrongFieldIsMaskedInToString() {
    DatePeriod period = DatePeriod.parse("2020-04-01/2020-09-30");
    assertThat(AbsenceRegistration.of(1210899187, period).toString())
        .doesNotContain("1210899187")
        .isEqualTo("AbsenceRegistration{absenceType=**********, period=2020-04-01/2020-09-30}");
    assertThat(AbsenceRegistration.of(25, period))
        .hasToString("AbsenceRegistration{absenceType=25, period=2020-04-01/2020-09-30}");
  }

  @Test
  void aRunningNumberIsNotACprNumber() {
    PersonKey k = PersonKey.of("12345");
    assertThat(k.isCpr()).isFalse();
    assertThat(k).hasToString("#12345");
    assertThat(PersonKey.of("0101901357").isCpr()).isTrue();
  }
}
