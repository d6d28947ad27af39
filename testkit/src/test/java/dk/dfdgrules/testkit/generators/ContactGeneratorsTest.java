/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactAssignments;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactPersons;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.cvrNumbers;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationInstitutionContacts;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.emailAddresses;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.jobcentreContacts;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.pNumbers;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.phoneNumbers;
import static dk.dfdgrules.testkit.generators.EducationContactGens.EC_1;
import static dk.dfdgrules.testkit.generators.EducationContactGens.EC_2;
import static dk.dfdgrules.testkit.generators.EducationContactGens.EC_3;
import static dk.dfdgrules.testkit.generators.EducationContactGens.EC_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.ContactPersonTypes;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.EmailAddress;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.contact.PhoneNumber;
import dk.dfdgrules.core.organisation.CvrNumber;
import dk.dfdgrules.core.organisation.PNumber;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.Statistics;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactGeneratorsTest {

  private static final LocalDate EC_IN_FORCE = LocalDate.of(2021, 12, 6);

  private static long missing(Optional<?>... fields) {
    return Stream.of(fields).filter(Optional::isEmpty).count();
  }

  private static long malformed(
      Optional<String> email, Optional<String> phone, Optional<String> cvr, Optional<String> p) {
    return Stream.of(
            email.filter(Predicate.not(EmailAddress::isValid)),
            phone.filter(Predicate.not(PhoneNumber::isValid)),
            cvr.filter(Predicate.not(CvrNumber::isValid)),
            p.filter(Predicate.not(PNumber::isValid)))
        .filter(Optional::isPresent)
        .count();
  }

  private static long missing(JobcentreContact c) {
    return missing(c.getName(), c.getEmail(), c.getPhone(), c.getKind());
  }

  private static long malformed(JobcentreContact c) {
    return malformed(c.getEmail(), c.getPhone(), c.getCvr(), c.getPNumber());
  }

  private static long missing(EducationInstitutionContact c) {
    return missing(c.getName(), c.getEmail(), c.getPhone(), c.getCvr(), c.getPNumber());
  }

  private static long malformed(EducationInstitutionContact c) {
    return malformed(c.getEmail(), c.getPhone(), c.getCvr(), c.getPNumber());
  }

  @Test
  @DisplayName("contact details are valid by the core parsers")
  void details() {
    PropertyCheck.forAll(cvrNumbers()).check(c -> CvrNumber.isValid(c.value()));
    PropertyCheck.forAll(pNumbers()).check(p -> PNumber.isValid(p.value()));
    PropertyCheck.forAll(DfdgGenerators.phoneTexts())
        .cover(20, t -> t.startsWith("+45"), "+45")
        .cover(20, t -> t.startsWith("0045"), "0045")
        .cover(20, t -> t.contains(" "), "with spaces")
        .check(PhoneNumber::isValid);
    PropertyCheck.forAll(phoneNumbers()).check(p -> p.nationalDigits().length() == 8);
    PropertyCheck.forAll(emailAddresses()).check(e -> EmailAddress.isValid(e.value()));
  }

  @Test
  @DisplayName(
      "jobcentre contacts: valid by EC-1 and EC-4; violating(EC_1) lacks one field, violating(EC_4) has one malformed")
  void jobcentreContacts_() {
    PropertyCheck.forAll(jobcentreContacts())
        .verify(
            c -> {
              Statistics.cover(20, c.getCvr().isPresent(), "with CVR");
              assertThat(missing(c)).isZero();
              assertThat(malformed(c)).isZero();
              assertThat(c.toString()).doesNotContain(c.getName().orElseThrow());
            });
    PropertyCheck.forAll(jobcentreContacts().violating(EC_1))
        .check(c -> missing(c) == 1 && malformed(c) == 0);
    PropertyCheck.forAll(jobcentreContacts().violating(EC_4))
        .check(c -> missing(c) == 0 && malformed(c) == 1);
    assertThatThrownBy(() -> jobcentreContacts().violating(EC_3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "education-institution contacts: valid by EC-3 and EC-4; violating each breaks exactly one")
  void institutionContacts() {
    PropertyCheck.forAll(educationInstitutionContacts())
        .check(c -> missing(c) == 0 && malformed(c) == 0);
    PropertyCheck.forAll(educationInstitutionContacts().violating(EC_3))
        .check(c -> missing(c) == 1 && malformed(c) == 0);
    PropertyCheck.forAll(educationInstitutionContacts().violating(EC_4))
        .check(c -> missing(c) == 0 && malformed(c) == 1);
  }

  @Test
  @DisplayName("contact assignments: all of EC-2's fields; violating(EC_2) lacks exactly one")
  void assignments() {
    PropertyCheck.forAll(contactAssignments())
        .check(a -> missing(a.getCitizen(), a.getRole(), a.getPeriod(), a.getShownOnJobnet()) == 0);
    PropertyCheck.forAll(contactAssignments().violating(EC_2))
        .check(a -> missing(a.getCitizen(), a.getRole(), a.getPeriod(), a.getShownOnJobnet()) == 1);
    PropertyCheck.forAll(contactAssignments())
        .check(a -> a.getRole().filter(r -> r == 31 || r == 32).isPresent());
    PropertyCheck.forAll(contactAssignments().map(ContactAssignment::toString))
        .check(s -> !s.matches(".*\\d{10}.*"));
  }

  @Test
  @DisplayName(
      "contact persons: types 31 and 32 only from 2021-12-06; ofTypes and around(day) hold")
  void contactPersons_() {
    PropertyCheck.forAll(contactPersons())
        .tries(400)
        .verify(
            c -> {
              boolean educationOrderType =
                  c.getType() == ContactPersonTypes.EDUCATION_INSTITUTION_CONTACT
                      || c.getType() == ContactPersonTypes.JOBCENTRE_CONTACT;
              Statistics.cover(1, educationOrderType, "type 31 or 32");
              if (educationOrderType) {
                assertThat(c.getPeriod().start()).isAfterOrEqualTo(EC_IN_FORCE);
              }
            });
    LocalDate m = LocalDate.of(2022, 3, 10);
    PropertyCheck.forAll(contactPersons().ofTypes(1, ContactPersonTypes.COMPANION).around(m))
        .check(
            c ->
                (c.getType() == 1 || c.getType() == 9)
                    && Math.abs(c.getPeriod().start().toEpochDay() - m.toEpochDay()) <= 730);
  }
}
