/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.validation.ValidEducationContact;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEducationContact} on a {@link ContactAssignment}: EC-2 of {@link
 * EducationContactRules} (DFDG-RN-2021-12-06 §3.3), on the day of the validator's clock.
 *
 * <p>Registered in this module's {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * for type {@code ContactAssignment}, which Hibernate Validator prefers to core's accept-all
 * fallback for {@code Object} as the more specific type: {@code validator.validate(assignment)}
 * checks the rules with no configuration. Public only for the service loader.
 */
public final class ContactAssignmentValidator
    implements ConstraintValidator<ValidEducationContact, ContactAssignment> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public ContactAssignmentValidator() {}

  @Override
  public void initialize(ValidEducationContact annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(
      @Nullable ContactAssignment assignment, ConstraintValidatorContext context) {
    if (assignment == null) {
      return true;
    }
    return RuleViolations.report(
        EducationContactRules.validate(assignment, RuleViolations.context(context, switchOff)),
        context,
        EducationContactRules.ASSIGNMENT + ".");
  }
}
