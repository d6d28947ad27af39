/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.validation.ValidSupportNeeds;
import dk.dfdgrules.rules.supportneed.SupportNeedFacts;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidSupportNeeds} on an {@link EducationPlan}: SN-1 … SN-4 of {@link
 * SupportNeedRules} (DFDG-RN-2021-12-06 §3.2), on the day of the validator's clock; each error is a
 * violation on {@code supportNeeds}.
 *
 * <p>Registered in this module's {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * for type {@code EducationPlan}, which Hibernate Validator prefers to core's accept-all fallback
 * for {@code Object} as the more specific type: {@code validator.validate(plan)} checks the rules
 * with no configuration. Public only for the service loader.
 */
public final class SupportNeedsValidator
    implements ConstraintValidator<ValidSupportNeeds, EducationPlan> {

  private static final List<Rule<SupportNeedFacts>> RULES =
      List.of(
          SupportNeedRules.SN_1,
          SupportNeedRules.SN_2,
          SupportNeedRules.SN_3,
          SupportNeedRules.SN_4);

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public SupportNeedsValidator() {}

  @Override
  public void initialize(ValidSupportNeeds annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(@Nullable EducationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    EvaluationContext ctx = RuleViolations.context(context, switchOff);
    SupportNeedFacts facts = SupportNeedFacts.of(plan);
    RuleResults result = RuleResults.of(RULES.stream().map(r -> r.evaluate(facts, ctx)).toList());
    return RuleViolations.report(result, context, "plan.");
  }
}
