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
 * The support needs of an education plan obey SN-1 … SN-4 (DFDG-RN-2021-12-06 §3.2) on the day of
 * validation: 1 not with 2 or 3; 4 only with 2 or 3; 5 and 6 alone are fine; at step 4 at least one
 * of 1, 2, 3. Declared on {@link dk.dfdgrules.core.plan.EducationPlan}, so {@code
 * validator.validate(plan)} checks it with no configuration.
 *
 * <p>The check is {@code dk.dfdgrules.rules.validation.SupportNeedsValidator} of {@code
 * dfdg-rules}, registered in that module's {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Without {@code dfdg-rules} on the
 * class path there are no rules to check and the constraint accepts every plan ({@link
 * dk.dfdgrules.core.internal.SupportNeedsFallbackValidator}).
 *
 * <p>With the rules, each broken rule is its own constraint violation on the property {@code
 * supportNeeds}, with the rule's message in Danish or English (from {@code
 * ContributorValidationMessages}), the message parameter {@code ruleId} ({@code SN-1}) and the
 * rule's other parameters ({@code ids}, {@code step}), and the library's {@link
 * dk.dfdgrules.core.rule.Violation} as Hibernate Validator's dynamic payload. The warning SN-6 is
 * not a constraint violation.
 *
 * <p>The validation date is the day of the validator's {@link jakarta.validation.ClockProvider}
 * (the system clock unless configured): before 2021-12-06 no rule is in force and every plan is
 * valid.
 *
 * <p>It may also be put on a field, getter or parameter of type {@code EducationPlan} of an
 * application's own bean, e.g. to switch a rule off there ({@code @ValidSupportNeeds(switchOff =
 * "SN-4") EducationPlan plan;}). Do not mark such a field {@code @Valid} as well: cascading
 * validates the plan's own class-level constraint too, which switches nothing off, so each
 * violation would be reported twice.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidSupportNeeds {

  /**
   * The message when the constraint fails as a whole (the validator reports one message per rule
   * instead).
   *
   * @return the message template
   */
  String message() default "{dk.dfdgrules.validation.ValidSupportNeeds.message}";

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
   * Rules (or rule items) not to check, e.g. {@code "SN-4"}; every element must be a rule id
   * ({@code dk.dfdgrules.core.rule.RuleId#of}).
   *
   * @return the rule ids
   */
  String[] switchOff() default {};
}
