/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Contact persons (kontaktpersoner) and contact details: {@link
 * dk.dfdgrules.core.contact.ContactPerson}, the education-order contacts of types 31 and 32 ({@link
 * dk.dfdgrules.core.contact.EducationInstitutionContact}, {@link
 * dk.dfdgrules.core.contact.JobcentreContact}) and their assignment to a citizen ({@link
 * dk.dfdgrules.core.contact.ContactAssignment}); {@link dk.dfdgrules.core.contact.PhoneNumber} and
 * {@link dk.dfdgrules.core.contact.EmailAddress}.
 *
 * <p>Contact details that rules check (spec EC-4) are held as the text the caller gave, so a
 * malformed value is a rule result, not an exception.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.contact;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
