/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.internal.EducationContactFallbackValidator;
import dk.dfdgrules.core.internal.SupportNeedsFallbackValidator;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.validation.ValidEducationContact;
import dk.dfdgrules.core.validation.ValidSupportNeeds;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The constraints of the core types through a real Hibernate Validator, with no configuration: the
 * validators of this module are service-loaded and win over core's accept-all fallbacks.
 *
 * <p>Several tests set the JVM's default locale (Hibernate Validator takes it when the factory is
 * built); each restores it, and the class holds the default-locale lock.
 */
@ResourceLock(Resources.LOCALE)
class BeanValidationTest {

  static final Locale DANISH = Locale.forLanguageTag("da-DK");
  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  private Locale jvmDefault;

  @BeforeEach
  void rememberTheDefaultLocale() {
    jvmDefault = Locale.getDefault();
  }

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(jvmDefault);
  }

  /** A clock provider pinned to one instant: the validation date as an input. */
  record FixedClock(Clock clock) implements ClockProvider {

    static FixedClock on(LocalDate day) {
      return new FixedClock(Clock.fixed(day.atStartOfDay(COPENHAGEN).toInstant(), COPENHAGEN));
    }

    @Override
    public Clock getClock() {
      return clock;
    }
  }

  /** The default provider's factory with only a clock configured: no rule-specific setting. */
  static ValidatorFactory factory(ClockProvider clock) {
    return Validation.byDefaultProvider().configure().clockProvider(clock).buildValidatorFactory();
  }

  static ValidatorFactory factory(LocalDate day) {
    return factory(FixedClock.on(day));
  }

  static EducationPlan plan(Step step, SupportNeed... needs) {
    return EducationPlan.of(step, needs);
  }

  static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .toList();
  }

  static Violation payload(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Violation.class);
  }

  static RuleId ruleId(ConstraintViolation<?> v) {
    return payload(v).ruleId();
  }

  @Nested
  class WithAPlainDefaultValidator {

    /**
     * The one violation a plain default validator reports, under a default locale, for a plan at
     * step 2 with needs 1 and 2; by the system clock: any day since 2021-12-06, when SN-1 came into
     * force.
     */
    ConstraintViolation<EducationPlan> theViolationOfNeedsOneAndTwo(Locale defaultLocale) {
      Locale.setDefault(defaultLocale);
      try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
        Set<ConstraintViolation<EducationPlan>> vs =
            f.getValidator()
                .validate(plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC));
        assertThat(vs)
            .singleElement()
            .satisfies(v -> assertThat(ruleId(v)).isEqualTo(RuleId.of("SN-1")));
        return vs.iterator().next();
      }
    }

    @Test
    void validatorValidate_planWithNeedsOneAndTwo_reportsSn1InDanishUnderTheDefaultLocale() {
      ConstraintViolation<EducationPlan> v = theViolationOfNeedsOneAndTwo(DANISH);
      assertThat(v.getMessage())
          .isEqualTo(
              "SN-1: Støttebehov 1 'Der vurderes ingen støttebehov' kan ikke angives sammen med"
                  + " støttebehov 2 og/eller 3 (angivet: 1, 2).");
      assertThat(v.getPropertyPath()).hasToString("supportNeeds");
      assertThat(v.getMessageTemplate()).isEqualTo("{ruleId}: {dk.dfdgrules.SN-1.violated}");
      assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ValidSupportNeeds.class);
      assertThat(payload(v).citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.2");
    }

    @Test
    void underAnEnglishDefaultLocaleTheMessageIsEnglish() {
      assertThat(theViolationOfNeedsOneAndTwo(Locale.ENGLISH).getMessage())
          .isEqualTo(
              "SN-1: Support need 1 'no support needs assessed' cannot be given together with"
                  + " support need 2 and/or 3 (given: 1, 2).");
    }

    @Test
    void bothCoresFallbacksAndTheRulesValidatorsAreRegistered() throws IOException {
      List<String> registered = new ArrayList<>();
      Enumeration<URL> files =
          getClass()
              .getClassLoader()
              .getResources("META-INF/services/" + ConstraintValidator.class.getName());
      while (files.hasMoreElements()) {
        try (InputStream in = files.nextElement().openStream()) {
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .forEach(registered::add);
        }
      }
      // the premise of the tests here: the Object-typed fallbacks are present, and lose
      assertThat(registered)
          .contains(
              SupportNeedsFallbackValidator.class.getName(),
              EducationContactFallbackValidator.class.getName(),
              SupportNeedsValidator.class.getName(),
              JobcentreContactValidator.class.getName(),
              EducationInstitutionContactValidator.class.getName(),
              ContactAssignmentValidator.class.getName());
    }

    @Test
    void everyCoreTypeIsValidatedByItsOwnValidator_noAmbiguityWithTheFallback() {
      Locale.setDefault(Locale.ENGLISH);
      try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
        Validator v = f.getValidator();
        assertThat(v.validate(plan(Step.STEP_4)))
            .extracting(BeanValidationTest::ruleId)
            .containsExactly(RuleId.of("SN-4"));
        assertThat(v.validate(JobcentreContact.builder().build()))
            .extracting(BeanValidationTest::ruleId)
            .containsOnly(RuleId.of("EC-1"));
        assertThat(v.validate(EducationInstitutionContact.builder().build()))
            .extracting(BeanValidationTest::ruleId)
            .containsOnly(RuleId.of("EC-3"));
        assertThat(v.validate(ContactAssignment.builder().build()))
            .extracting(BeanValidationTest::ruleId)
            .containsOnly(RuleId.of("EC-2"));
      }
    }
  }

  @Test
  void danishIsChosenByHibernateValidatorsLocaleWhateverTheJvmDefault() {
    Locale.setDefault(Locale.US);
    HibernateValidatorConfiguration c = Validation.byProvider(HibernateValidator.class).configure();
    c.clockProvider(FixedClock.on(DAY)).defaultLocale(DANISH);
    try (ValidatorFactory f = c.buildValidatorFactory()) {
      Set<ConstraintViolation<EducationPlan>> vs = f.getValidator().validate(plan(Step.STEP_4));
      assertThat(vs)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(ruleId(v)).isEqualTo(RuleId.of("SN-4"));
                assertThat(v.getMessage())
                    .startsWith("SN-4: En uddannelsesplan på trin 4 skal ved gem");
              });
    }
  }

  @Test
  void everyBrokenRuleIsItsOwnViolation() {
    try (ValidatorFactory f = factory(DAY)) {
      Set<ConstraintViolation<EducationPlan>> vs =
          f.getValidator().validate(plan(Step.STEP_4, SupportNeed.DOCUMENTED));
      assertThat(vs)
          .extracting(BeanValidationTest::ruleId)
          .containsExactlyInAnyOrder(RuleId.of("SN-2"), RuleId.of("SN-4"));
      assertThat(vs).extracting(v -> v.getPropertyPath().toString()).containsOnly("supportNeeds");
    }
  }

  @Test
  void aValidPlanAndTheWarningSn6GiveNoViolation() {
    try (ValidatorFactory f = factory(DAY)) {
      assertThat(
              f.getValidator()
                  .validate(plan(Step.STEP_4, SupportNeed.ACADEMIC, SupportNeed.DOCUMENTED)))
          .isEmpty();
    }
  }

  /** The validation date is the day of the ClockProvider's clock, in the clock's zone. */
  @Nested
  class TheValidationDate {

    final EducationPlan needsOneAndTwo =
        plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC);

    @Test
    void on2021_12_05_theDayBeforeTheRelease_sn1IsNotInForceAndThePlanIsValid() {
      try (ValidatorFactory f = factory(LocalDate.of(2021, 12, 5))) {
        assertThat(f.getValidator().validate(needsOneAndTwo)).isEmpty();
      }
    }

    @Test
    void on2021_12_06_theDayOfTheRelease_sn1IsReported() {
      try (ValidatorFactory f = factory(LocalDate.of(2021, 12, 6))) {
        assertThat(f.getValidator().validate(needsOneAndTwo))
            .extracting(BeanValidationTest::ruleId)
            .containsExactly(RuleId.of("SN-1"));
      }
    }

    @Test
    void theDayIsTakenInTheClocksZone() {
      // 23:30 UTC on 5 December is 00:30 on 6 December in Copenhagen
      Instant instant = Instant.parse("2021-12-05T23:30:00Z");
      try (ValidatorFactory copenhagen = factory(new FixedClock(Clock.fixed(instant, COPENHAGEN)));
          ValidatorFactory utc = factory(new FixedClock(Clock.fixed(instant, ZoneId.of("UTC"))))) {
        assertThat(copenhagen.getValidator().validate(needsOneAndTwo)).hasSize(1);
        assertThat(utc.getValidator().validate(needsOneAndTwo)).isEmpty();
      }
    }
  }

  @Nested
  class EducationContacts {

    @Test
    void aJobcentreContactReportsEachMissingOrMalformedFieldWithItsRuleId() {
      Locale.setDefault(DANISH);
      JobcentreContact c =
          JobcentreContact.builder()
              .name("Karl Kontaktsen")
              .email("karl@gentofte.dk")
              .phone("12 34")
              .build();
      try (ValidatorFactory f = factory(DAY)) {
        List<ConstraintViolation<JobcentreContact>> vs = sorted(f.getValidator().validate(c));
        assertThat(vs)
            .extracting(v -> v.getPropertyPath().toString())
            .containsExactly("kind", "phone");
        assertThat(vs)
            .extracting(BeanValidationTest::ruleId)
            .containsExactly(RuleId.of("EC-1"), RuleId.of("EC-4.2"));
        assertThat(vs.get(1).getMessage())
            .startsWith("EC-4.2: Telefonnummeret er ikke et dansk telefonnummer")
            .contains("Ikke i kilden")
            .doesNotContain("12 34");
      }
    }

    @Test
    void anInstitutionContactAndAnAssignmentAreValidatedToo() {
      Locale.setDefault(Locale.ENGLISH);
      EducationInstitutionContact c =
          EducationInstitutionContact.builder()
              .name("Skolen")
              .email("a@skole.dk")
              .phone("33123456")
              .cvr("12345678")
              .build();
      try (ValidatorFactory f = factory(DAY)) {
        Validator v = f.getValidator();
        List<ConstraintViolation<EducationInstitutionContact>> vs = sorted(v.validate(c));
        assertThat(vs)
            .extracting(BeanValidationTest::ruleId)
            .containsExactly(RuleId.of("EC-4.3"), RuleId.of("EC-3"));
        assertThat(vs.get(1).getMessage())
            .isEqualTo("EC-3: The education-institution contact (type 31) lacks the P number.");
        assertThat(v.validate(ContactAssignment.builder().role(32).build()))
            .extracting(x -> x.getPropertyPath().toString())
            .containsExactlyInAnyOrder("citizen", "period");
      }
    }

    @Test
    void theJobcentreContactOfAPlanIsValidatedOnceWithThePlan_byCascading() {
      EducationPlan p =
          EducationPlan.builder()
              .step(Step.STEP_4)
              .addSupportNeeds(SupportNeed.ACADEMIC)
              .jobcentreContact(
                  JobcentreContact.builder()
                      .name("Ungeteamet")
                      .email("u@jobcenter.dk")
                      .phone("70123456")
                      .build())
              .build();
      try (ValidatorFactory f = factory(DAY)) {
        assertThat(f.getValidator().validate(p))
            .singleElement()
            .satisfies(
                v -> {
                  assertThat(v.getPropertyPath()).hasToString("jobcentreContact.kind");
                  assertThat(ruleId(v)).isEqualTo(RuleId.of("EC-1"));
                  assertThat(v.getConstraintDescriptor().getAnnotation())
                      .isInstanceOf(ValidEducationContact.class);
                  assertThat(v.getLeafBean()).isInstanceOf(JobcentreContact.class);
                });
      }
    }

    @Test
    void beforeTheReleaseNoContactRuleIsInForce() {
      try (ValidatorFactory f = factory(LocalDate.of(2021, 12, 5))) {
        assertThat(f.getValidator().validate(JobcentreContact.builder().build())).isEmpty();
      }
    }
  }

  /** A violation says which rule and which field, never whose: no name, e-mail or CPR number. */
  @Nested
  class PersonalData {

    static final String NAME = "Karen Kristiansen";
    static final String EMAIL = "karen.kristiansen(at)jobcenter.dk";
    static final String SERIAL = "1357";
    static final CprNumber CPR = CprNumber.parse("010190" + SERIAL);

    @Test
    void noViolationHoldsANameAnEmailOrACprNumber() {
      JobcentreContact contact =
          JobcentreContact.builder().name(NAME).email(EMAIL).phone("12 34").build();
      EducationInstitutionContact institution =
          EducationInstitutionContact.builder().name(NAME).email(EMAIL).build();
      ContactAssignment assignment =
          ContactAssignment.builder().citizen(CPR).period(DatePeriod.from(DAY)).build();
      EducationPlan plan =
          EducationPlan.builder()
              .step(Step.STEP_2)
              .addSupportNeeds(SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC)
              .jobcentreContact(contact)
              .build();
      for (Locale locale : List.of(DANISH, Locale.ENGLISH)) {
        Locale.setDefault(locale);
        try (ValidatorFactory f = factory(DAY)) {
          Validator v = f.getValidator();
          List<ConstraintViolation<?>> all =
              Stream.of(
                      v.validate(contact),
                      v.validate(institution),
                      v.validate(assignment),
                      v.validate(plan))
                  .<ConstraintViolation<?>>flatMap(Set::stream)
                  .toList();
          assertThat(all)
              .extracting(BeanValidationTest::ruleId)
              .contains(
                  RuleId.of("EC-1"),
                  RuleId.of("EC-4.1"),
                  RuleId.of("EC-3"),
                  RuleId.of("EC-2"),
                  RuleId.of("SN-1"));
          for (ConstraintViolation<?> x : all) {
            for (String text :
                List.of(
                    x.getMessage(),
                    x.getMessageTemplate(),
                    x.toString(),
                    x.getPropertyPath().toString(),
                    String.valueOf(x.getInvalidValue()),
                    String.valueOf(x.getLeafBean()),
                    String.valueOf(x.getRootBean()),
                    payload(x).toString(),
                    payload(x).text(locale))) {
              assertThat(text)
                  .as("%s of %s", text, ruleId(x))
                  .doesNotContain("Karen")
                  .doesNotContain("karen")
                  .doesNotContain(EMAIL)
                  .doesNotContain(SERIAL)
                  .doesNotContain(CPR.unmaskedValue());
            }
          }
        }
      }
    }
  }

  /** The annotations on an application's own bean: no configuration, validators service-loaded. */
  static final class Registration {
    @ValidSupportNeeds EducationPlan plan;

    @ValidEducationContact(switchOff = "EC-4")
    JobcentreContact contact;

    Registration(EducationPlan plan, JobcentreContact contact) {
      this.plan = plan;
      this.contact = contact;
    }
  }

  @Nested
  class OnTheApplicationsOwnBeans {

    @Test
    void theAnnotationsOnFieldsApplyWithTheirOwnSwitchOff() {
      Locale.setDefault(Locale.ENGLISH);
      Registration r =
          new Registration(
              plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH),
              JobcentreContact.builder()
                  .name("Ungeteamet")
                  .email("not an e-mail")
                  .phone("1")
                  .kind(ContactKind.TEAM)
                  .build());
      try (ValidatorFactory f = factory(DAY)) {
        Set<ConstraintViolation<Registration>> vs = f.getValidator().validate(r);
        // EC-4 is switched off on the field, and the fields are not cascaded: only SN-1, once
        assertThat(vs)
            .singleElement()
            .satisfies(
                v -> {
                  assertThat(v.getPropertyPath()).hasToString("plan.supportNeeds");
                  assertThat(v.getMessage()).startsWith("SN-1: Support need 1");
                });
      }
    }
  }
}
