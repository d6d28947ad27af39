/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Contacts for young people with an education order (DFDG-RN-2021-12-06 §3.3): the jobcentre
 * contact (type 32), the education-institution contact (type 31) and their assignment to a citizen.
 *
 * <table>
 *   <caption>Entry points</caption>
 *   <tr><th>ids</th><th>question</th><th>entry point</th></tr>
 *   <tr><td>EC-1, EC-4</td><td>is this jobcentre contact complete and well-formed?</td>
 *       <td>{@link dk.dfdgrules.rules.educationcontact.EducationContactRules#validate(dk.dfdgrules.core.contact.JobcentreContact, java.time.LocalDate)}</td></tr>
 *   <tr><td>EC-3, EC-4</td><td>is this institution contact complete and well-formed?</td>
 *       <td>{@link dk.dfdgrules.rules.educationcontact.EducationContactRules#validate(dk.dfdgrules.core.contact.EducationInstitutionContact, java.time.LocalDate)}</td></tr>
 *   <tr><td>EC-2</td><td>is this contact assignment complete?</td>
 *       <td>{@link dk.dfdgrules.rules.educationcontact.EducationContactRules#validate(dk.dfdgrules.core.contact.ContactAssignment, java.time.LocalDate)}</td></tr>
 * </table>
 *
 * <p>Each answers an {@code Answer<Verdict>}: accepted or rejected, with every rule's result. The
 * rules are the constants {@code EC_1} … {@code EC_4_4} of {@link
 * dk.dfdgrules.rules.educationcontact.EducationContactRules}; the area {@code education-contacts}
 * is {@code EducationContactRules.AREA}. The Bean Validation constraint is {@link
 * dk.dfdgrules.core.validation.ValidEducationContact} on the contact types, checked by the
 * validators of {@link dk.dfdgrules.rules.validation}. EC-4 is <em>not in the source</em>: the
 * library's own format checks, each switchable.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.educationcontact;

import org.jspecify.annotations.NullMarked;
