/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.educationcontact;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The education-order contacts to check (DFDG-RN-2021-12-06 §3.3), each optional: a jobcentre
 * contact (type 32), an education-institution contact (type 31) and an assignment of a contact to a
 * citizen. In JSON: {@code {"jobcentreContact": {"name": "…", "email": "…", "phone": "…", "kind":
 * "TEAM"}}}.
 *
 * <p>Violations name the field as {@code jobcentreContact.email}, {@code institutionContact.cvr},
 * {@code assignment.period} ….
 *
 * @param jobcentreContact 'Kontaktperson i jobcenteret (uddannelsespålæg)', type 32 (EC-1, EC-4)
 * @param institutionContact 'Kontaktperson på uddannelsesstedet (uddannelsespålæg)', type 31 (EC-3,
 *     EC-4)
 * @param assignment 'kontaktpersontilknytning til borger' (EC-2)
 */
public record EducationContactFacts(
    Optional<JobcentreContact> jobcentreContact,
    Optional<EducationInstitutionContact> institutionContact,
    Optional<ContactAssignment> assignment) {

  /** Absent parts (null from JSON) are empty. */
  public EducationContactFacts(
      @Nullable Optional<JobcentreContact> jobcentreContact,
      @Nullable Optional<EducationInstitutionContact> institutionContact,
      @Nullable Optional<ContactAssignment> assignment) {
    this.jobcentreContact = orEmpty(jobcentreContact);
    this.institutionContact = orEmpty(institutionContact);
    this.assignment = orEmpty(assignment);
  }

  /**
   * Only a jobcentre contact.
   *
   * @param contact the contact
   * @return the facts
   */
  public static EducationContactFacts of(JobcentreContact contact) {
    return new EducationContactFacts(Optional.of(contact), Optional.empty(), Optional.empty());
  }

  /**
   * Only an education-institution contact.
   *
   * @param contact the contact
   * @return the facts
   */
  public static EducationContactFacts of(EducationInstitutionContact contact) {
    return new EducationContactFacts(Optional.empty(), Optional.of(contact), Optional.empty());
  }

  /**
   * Only an assignment.
   *
   * @param assignment the assignment
   * @return the facts
   */
  public static EducationContactFacts of(ContactAssignment assignment) {
    return new EducationContactFacts(Optional.empty(), Optional.empty(), Optional.of(assignment));
  }
}
