/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The README's Bean Validation example: Hibernate Validator and Expressly on the class path, and
 * nothing to configure.
 */
class BeanValidationTest {

  @Test
  void aPlanWithSupportNeeds1And2IsInvalid() {
    // tag::bean-validation[]
    EducationPlan plan =
        EducationPlan.of(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC);
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.forLanguageTag("da-DK")) // Danish messages on any server
            .buildValidatorFactory()
            .getValidator();

    Set<ConstraintViolation<EducationPlan>> violations = validator.validate(plan);

    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("supportNeeds"))
        .satisfies(v -> assertThat(v.getMessage()).startsWith("SN-1: Støttebehov 1"));
    // end::bean-validation[]
  }

  @Test
  void theDefaultFactoryNeedsNoConfiguration() {
    // tag::bean-validation-default[]
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    // end::bean-validation-default[]
    assertThat(validator.validate(EducationPlan.of(Step.STEP_2, SupportNeed.ACADEMIC))).isEmpty();
  }
}
