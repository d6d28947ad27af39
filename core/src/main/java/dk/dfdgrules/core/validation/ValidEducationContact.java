/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An education-order contact obeys EC-1 … EC-4 (DFDG-RN-2021-12-06 §3.3) on the day of validation.
 * Declared on, and checked by its own validator for, each contact type:
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.core.contact.JobcentreContact} (type 32): EC-1 and EC-4 — also as the
 *       jobcentre contact of an {@link dk.dfdgrules.core.plan.EducationPlan}, which cascades to it
 *       ({@code @Valid}), with the paths {@code jobcentreContact.…};
 *   <li>{@link dk.dfdgrules.core.contact.EducationInstitutionContact} (type 31): EC-3 and EC-4;
 *   <li>{@link dk.dfdgrules.core.contact.ContactAssignment}: EC-2.
 * </ul>
 *
 * <p>The checks are the validators of {@code dfdg-rules} ({@code dk.dfdgrules.rules.validation}),
 * registered in that module's {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * Without {@code dfdg-rules} on the class path there are no rules to check and the constraint
 * accepts every value ({@link dk.dfdgrules.core.internal.EducationContactFallbackValidator}).
 *
 * <p>EC-4 (e-mail, Danish phone number, CVR modulus 11, P number of 10 digits) is <em>not in the
 * source</em>: the library's own checks, whose messages say so; switch them off with {@code
 * switchOff = "EC-4"} (or one item, {@code "EC-4.2"}) where the annotation is put on a field of an
 * application's own bean ({@code @ValidEducationContact(switchOff = "EC-4") JobcentreContact
 * contact;}, not marked {@code @Valid}: cascading would validate the contact's own class-level
 * constraint too, which switches nothing off).
 *
 * <p>With the rules, each missing or malformed field is its own constraint violation on that
 * property, with the rule's message in Danish or English (from {@code
 * ContributorValidationMessages}), the message parameter {@code ruleId}, and the library's {@link
 * dk.dfdgrules.core.rule.Violation} as dynamic payload. The offending value never appears in a
 * message. The validation date is the day of the validator's {@link
 * jakarta.validation.ClockProvider}; before 2021-12-06 no rule is in force.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidEducationContact {

  /**
   * The message when the constraint fails as a whole (the validator reports one message per field
   * instead).
   *
   * @return the message template
   */
  String message() default "{dk.dfdgrules.validation.ValidEducationContact.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Rules (or rule items) not to check, e.g. {@code "EC-4"} for every format check or {@code
   * "EC-4.2"} for the phone number only; every element must be a rule id.
   *
   * @return the rule ids
   */
  String[] switchOff() default {};
}
