/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns the errors of a rule result into Bean Validation constraint violations: one per error, its
 * message template {@code {ruleId}: {dk.dfdgrules.<key>}} resolved from {@code
 * ContributorValidationMessages}, the message's arguments and {@code ruleId} as message parameters,
 * the {@link Violation} as dynamic payload, and the field path as property nodes.
 */
final class RuleViolations {

  /** The prefix of every key this library adds to {@code ContributorValidationMessages}. */
  static final String KEY_PREFIX = "dk.dfdgrules.";

  private RuleViolations() {}

  /**
   * The evaluation context of a validation: the day of the validator's clock, and the rules the
   * annotation switches off.
   */
  static EvaluationContext context(ConstraintValidatorContext context, String[] switchOff) {
    // Rules take the evaluation date as an input and never read a clock. Bean Validation has no
    // such input, but its ClockProvider is the standard way to make "now" configurable (and fixed
    // in tests): the application's clock, or the system clock in its default zone unless
    // configured. This is the one place that turns it into the day the rules evaluate on.
    Clock clock = context.getClockProvider().getClock();
    EvaluationContext ctx =
        EvaluationContext.on(LocalDate.ofInstant(clock.instant(), clock.getZone()));
    for (String id : switchOff) {
      ctx = ctx.switchOff(RuleId.of(id));
    }
    return ctx;
  }

  /**
   * Reports the errors of results.
   *
   * @param result the rules' results (an area's answer, or results joined with {@link
   *     RuleResults#of(java.util.List)})
   * @param context the validator's context
   * @param stripPrefix a leading path segment to drop (the facts' field of the validated object,
   *     e.g. {@code jobcentreContact.}), or empty
   * @return true if there is no error
   */
  static boolean report(
      RuleResults result, ConstraintValidatorContext context, String stripPrefix) {
    List<Violation> errors = result.errors();
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Violation v : errors) {
      hv.addMessageParameter("ruleId", v.ruleId().value());
      for (Map.Entry<String, String> arg : v.message().arguments().entrySet()) {
        hv.addMessageParameter(arg.getKey(), arg.getValue());
      }
      hv.withDynamicPayload(v);
      ConstraintViolationBuilder builder =
          hv.buildConstraintViolationWithTemplate(
              "{ruleId}: {" + KEY_PREFIX + v.message().key() + "}");
      String path =
          v.path().startsWith(stripPrefix) ? v.path().substring(stripPrefix.length()) : v.path();
      if (path.isEmpty()) {
        builder.addConstraintViolation();
        continue;
      }
      String[] nodes = path.split("\\.");
      NodeBuilderCustomizableContext node = builder.addPropertyNode(nodes[0]);
      for (int i = 1; i < nodes.length; i++) {
        node = node.addPropertyNode(nodes[i]);
      }
      node.addConstraintViolation();
    }
    return false;
  }
}
