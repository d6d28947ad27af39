/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.internal;

import dk.dfdgrules.core.validation.ValidSupportNeeds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validator of {@link ValidSupportNeeds} when {@code dfdg-rules} is not on the class path: it
 * accepts every value, because without the rules there is nothing to check.
 *
 * <p>Why it exists: {@code ValidSupportNeeds} is declared on {@link
 * dk.dfdgrules.core.plan.EducationPlan}, and Hibernate Validator fails with HV000030 ("No validator
 * could be found") for a constraint that has none. Registered in core's {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} for type {@code Object}; {@code
 * dfdg-rules} registers its validator for type {@code EducationPlan}, which the Bean Validation
 * resolution algorithm prefers as the more specific type, so this one is never used on a plan when
 * the rules are present.
 *
 * <p>Internal: not meant to be called by applications; public only for the service loader.
 */
public final class SupportNeedsFallbackValidator
    implements ConstraintValidator<ValidSupportNeeds, Object> {

  /** Creates the validator (for the service loader). */
  public SupportNeedsFallbackValidator() {}

  /**
   * Accepts the value: without {@code dfdg-rules} there is no rule to check.
   *
   * @param value the validated value, possibly null
   * @param context the context (unused)
   * @return always true
   */
  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    return true;
  }
}
