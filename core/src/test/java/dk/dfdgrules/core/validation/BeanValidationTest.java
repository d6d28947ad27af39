/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.ContactGroupMembership;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.time.DatePeriod;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The model's structural Bean Validation constraints, checked by a user's Validator. */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;
  private static final DatePeriod PERIOD = DatePeriod.from(LocalDate.of(2022, 1, 1));

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<String> paths(Object bean) {
    return validator.validate(bean).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void hoursPerWeekAreBetween0And168() {
    Activity.Builder b = Activity.builder().status(ActivityStatus.PLANNED).period(PERIOD);
    assertThat(paths(b.hoursPerWeek(new BigDecimal("37")).build())).isEmpty();
    assertThat(paths(b.hoursPerWeek(new BigDecimal("169")).build()))
        .containsExactly("hoursPerWeek");
    assertThat(paths(b.hoursPerWeek(new BigDecimal("-1")).build())).containsExactly("hoursPerWeek");
  }

  @Test
  void aMunicipalityIsThreeDigitsAndContactGroupsArePositive() {
    CprNumber cpr = CprNumber.parse("0101901234");
    assertThat(paths(Citizen.builder().cpr(cpr).residenceMunicipality("101").build())).isEmpty();
    assertThat(paths(Citizen.builder().cpr(cpr).residenceMunicipality("1010").build()))
        .containsExactly("residenceMunicipality");
    assertThat(
            paths(
                Citizen.builder()
                    .cpr(cpr)
                    .addContactGroups(ContactGroupMembership.of(0, PERIOD))
                    .build()))
        .containsExactly("contactGroups[0].contactGroup");
  }

  @Test
  void aContactPersonTypeIsPositiveAndViolationsHideTheName() {
    ContactPerson p =
        ContactPerson.builder().type(-1).period(PERIOD).name("Karen Kristiansen").build();
    Set<ConstraintViolation<ContactPerson>> vs = validator.validate(p);
    assertThat(vs).extracting(v -> v.getPropertyPath().toString()).containsExactly("type");
    assertThat(vs.iterator().next().getMessage()).doesNotContain("Karen");
  }

  /**
   * The class-level rule constraints of the core types ({@link ValidSupportNeeds}, {@link
   * ValidEducationContact}) with core alone: {@code dfdg-rules} is not on this module's test class
   * path, so core's fallback validators apply — they accept everything, and nothing throws HV000030
   * ("No validator could be found").
   */
  @Nested
  class WithoutDfdgRules {

    @Test
    void theRulesAreNotOnTheClassPath() {
      assertThatThrownBy(() -> Class.forName("dk.dfdgrules.rules.validation.SupportNeedsValidator"))
          .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theCoreTypesCarryTheConstraints() {
      assertThat(classConstraints(EducationPlan.class)).containsExactly(ValidSupportNeeds.class);
      assertThat(classConstraints(JobcentreContact.class))
          .containsExactly(ValidEducationContact.class);
      assertThat(classConstraints(EducationInstitutionContact.class))
          .containsExactly(ValidEducationContact.class);
      assertThat(classConstraints(ContactAssignment.class))
          .containsExactly(ValidEducationContact.class);
      assertThat(
              validator
                  .getConstraintsForClass(EducationPlan.class)
                  .getConstraintsForProperty("jobcentreContact")
                  .getConstrainedContainerElementTypes())
          .singleElement()
          .satisfies(
              e -> assertThat(e.isCascaded()).as("Optional<@Valid JobcentreContact>").isTrue());
    }

    @Test
    void aPlanWithSupportNeedsOneAndTwoGivesNoViolationAndNoException() {
      EducationPlan plan =
          EducationPlan.of(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC);
      assertThat(validator.validate(plan)).isEmpty();
    }

    @Test
    void aPlanAtStep4WithoutSupportNeedsGivesNoViolation() {
      assertThat(validator.validate(EducationPlan.of(Step.STEP_4))).isEmpty();
    }

    @Test
    void contactsLackingEveryFieldGiveNoViolation() {
      assertThat(validator.validate(JobcentreContact.builder().phone("12 34").build())).isEmpty();
      assertThat(validator.validate(EducationInstitutionContact.builder().cvr("1").build()))
          .isEmpty();
      assertThat(validator.validate(ContactAssignment.builder().build())).isEmpty();
    }

    @Test
    void thePlanCascadesToItsJobcentreContact_itsStructuralConstraintsStillApply() {
      EducationPlan plan =
          EducationPlan.builder()
              .step(Step.STEP_2)
              .jobcentreContact(JobcentreContact.builder().internalKey("k".repeat(101)).build())
              .build();
      assertThat(paths(plan)).containsExactly("jobcentreContact.internalKey");
    }

    private Set<Class<?>> classConstraints(Class<?> type) {
      return validator.getConstraintsForClass(type).getConstraintDescriptors().stream()
          .map(ConstraintDescriptor::getAnnotation)
          .map(a -> (Class<?>) a.annotationType())
          .collect(Collectors.toSet());
    }
  }
}
