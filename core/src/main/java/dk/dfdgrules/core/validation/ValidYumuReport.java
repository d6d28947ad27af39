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
 * A YUMU report (benefits paid in error, YR-webinar-2023-06-21) obeys YUMU-1 … YUMU-8 on the day of
 * validation: every field error at once, each its own constraint violation on the field it concerns
 * ({@code cpr}, {@code periodStart}, {@code startYear}, {@code periodEnd}, {@code endYear}, {@code
 * benefit}, {@code amount}, {@code created}), with the source's Danish message (or the English one)
 * from {@code ContributorValidationMessages}, the message parameter {@code ruleId} ({@code YUMU-1})
 * and the library's {@link dk.dfdgrules.core.rule.Violation} as Hibernate Validator's dynamic
 * payload. Messages never show the field's text.
 *
 * <p>Declared on {@code dk.dfdgrules.rules.refusion.YumuReport} of {@code dfdg-rules}, whose {@code
 * dk.dfdgrules.rules.validation.YumuReportValidator} checks it (registered in that module's {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}). The report type lives in {@code
 * dfdg-rules}, so the rules are always there: there is no fallback validator, and the annotation on
 * a value of another type is an error of Hibernate Validator (HV000030).
 *
 * <p>The validation date is the day of the validator's {@link jakarta.validation.ClockProvider}:
 * the year list (YUMU-3) and the life cycle (YUMU-8) depend on it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidYumuReport {

  /**
   * The message when the constraint fails as a whole (the validator reports one message per field
   * error instead).
   *
   * @return the message template
   */
  String message() default "{dk.dfdgrules.validation.ValidYumuReport.message}";

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
   * Rules not to check, e.g. {@code "YUMU-6"}; every element must be a rule id ({@code
   * dk.dfdgrules.core.rule.RuleId#of}).
   *
   * @return the rule ids
   */
  String[] switchOff() default {};
}
