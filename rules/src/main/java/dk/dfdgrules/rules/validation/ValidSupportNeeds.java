package dk.dfdgrules.rules.validation;

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
 * validation: 1 not with 2 or 3; 4 only with 2 or 3; 5 and 6 alone are fine; at step 4 at least
 * one of 1, 2, 3. Validates a {@link dk.dfdgrules.core.plan.EducationPlan}.
 *
 * <p>Each broken rule is its own constraint violation on the property {@code supportNeeds}, with
 * the message of {@link dk.dfdgrules.rules.supportneed.SupportNeedRules} in Danish or English
 * (from {@code ContributorValidationMessages}), the message parameter {@code ruleId} ({@code
 * SN-1}) and the rule's other parameters ({@code ids}, {@code step}), and the library's {@link
 * dk.dfdgrules.core.rule.Violation} as Hibernate Validator's dynamic payload. The warning SN-6 is
 * not a constraint violation.
 *
 * <p>The validation date is the validator's {@link jakarta.validation.ClockProvider} (the system
 * clock unless configured): before 2021-12-06 no rule is in force and every plan is valid.
 *
 * <p>Where to put it: on a field, getter or parameter of type {@code EducationPlan} of your own
 * bean ({@code @ValidSupportNeeds EducationPlan plan;}), or let {@link
 * DfdgConstraintMappingContributor} attach it to {@code EducationPlan} itself so that {@code
 * validator.validate(plan)} checks it. The validator is registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads.
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
  String message() default "{dk.dfdgrules.rules.validation.ValidSupportNeeds.message}";

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
   * Rules (or rule items) not to check, e.g. {@code "SN-4"}.
   *
   * @return the rule ids
   */
  String[] switchOff() default {};
}
