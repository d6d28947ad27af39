/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.validation.ValidYumuReport;
import dk.dfdgrules.rules.refusion.YumuReport;
import dk.dfdgrules.rules.refusion.YumuRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidYumuReport} on a {@link YumuReport}: YUMU-1 … YUMU-8 of {@link YumuRules}
 * (YR-webinar-2023-06-21, 'Ny funktionalitet ift. YUMU'), on the day of the validator's clock;
 * every field error is a violation on its field ({@code cpr}, {@code periodStart}, {@code
 * startYear}, {@code periodEnd}, {@code endYear}, {@code benefit}, {@code amount}, {@code
 * created}). A warning (YUMU-8 in January, before the run) and an undetermined rule (YUMU-6 without
 * the citizen's benefits) are no violation.
 *
 * <p>Registered in this module's {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * Public only for the service loader.
 */
public final class YumuReportValidator implements ConstraintValidator<ValidYumuReport, YumuReport> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public YumuReportValidator() {}

  @Override
  public void initialize(ValidYumuReport annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(@Nullable YumuReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    EvaluationContext ctx = RuleViolations.context(context, switchOff);
    return RuleViolations.report(YumuRules.AREA.evaluate(report, ctx), context, "");
  }
}
