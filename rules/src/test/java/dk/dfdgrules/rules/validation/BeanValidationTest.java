package dk.dfdgrules.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The constraints through a real Hibernate Validator. */
class BeanValidationTest {

  static final Locale DANISH = Locale.forLanguageTag("da-DK");
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

  static Clock clockOn(LocalDate day) {
    return Clock.fixed(day.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(), ZoneId.of("Europe/Copenhagen"));
  }

  /** A factory configured as an application would: the standard API plus one property. */
  static ValidatorFactory factory(LocalDate day) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    configuration.clockProvider(() -> clockOn(day));
    return DfdgValidation.configure(configuration).buildValidatorFactory();
  }

  static EducationPlan plan(Step step, SupportNeed... needs) {
    return EducationPlan.of(step, needs);
  }

  static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
    return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
  }

  static Violation payload(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Violation.class);
  }

  static RuleId ruleId(ConstraintViolation<?> v) {
    return payload(v).ruleId();
  }

  @Test
  void validatorValidate_planWithNeedsOneAndTwo_reportsSn1InDanishUnderTheDefaultLocale() {
    Locale.setDefault(DANISH);
    try (ValidatorFactory f = factory(DAY)) {
      Set<ConstraintViolation<EducationPlan>> vs =
          f.getValidator().validate(plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC));

      assertThat(vs).singleElement().satisfies(v -> {
        assertThat(v.getMessage())
            .isEqualTo(
                "SN-1: Støttebehov 1 'Der vurderes ingen støttebehov' kan ikke angives sammen med"
                    + " støttebehov 2 og/eller 3 (angivet: 1, 2).");
        assertThat(v.getPropertyPath()).hasToString("supportNeeds");
        assertThat(v.getMessageTemplate()).isEqualTo("{ruleId}: {dk.dfdgrules.SN-1.violated}");
        assertThat(ruleId(v)).isEqualTo(RuleId.of("SN-1"));
        assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ValidSupportNeeds.class);
        assertThat(payload(v).citation().reference())
            .isEqualTo("DFDG-RN-2021-12-06 §3.2");
      });
    }
  }

  @Test
  void underAnEnglishDefaultLocaleTheMessageIsEnglish() {
    Locale.setDefault(Locale.ENGLISH);
    try (ValidatorFactory f = factory(DAY)) {
      Set<ConstraintViolation<EducationPlan>> vs =
          f.getValidator().validate(plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC));
      assertThat(vs).singleElement().satisfies(v ->
          assertThat(v.getMessage())
              .isEqualTo(
                  "SN-1: Support need 1 'no support needs assessed' cannot be given together with"
                      + " support need 2 and/or 3 (given: 1, 2)."));
    }
  }

  @Test
  void danishIsChosenByHibernateValidatorsLocaleWhateverTheJvmDefault() {
    Locale.setDefault(Locale.US);
    HibernateValidatorConfiguration c = Validation.byProvider(HibernateValidator.class).configure();
    c.clockProvider(() -> clockOn(DAY)).defaultLocale(DANISH);
    try (ValidatorFactory f = DfdgValidation.configure(c).buildValidatorFactory()) {
      Set<ConstraintViolation<EducationPlan>> vs = f.getValidator().validate(plan(Step.STEP_4));
      assertThat(vs).singleElement().satisfies(v -> {
        assertThat(ruleId(v)).isEqualTo(RuleId.of("SN-4"));
        assertThat(v.getMessage()).startsWith("SN-4: En uddannelsesplan på trin 4 skal ved gem");
      });
    }
  }

  @Test
  void everyBrokenRuleIsItsOwnViolation() {
    try (ValidatorFactory f = factory(DAY)) {
      Set<ConstraintViolation<EducationPlan>> vs = f.getValidator().validate(plan(Step.STEP_4, SupportNeed.DOCUMENTED));
      assertThat(vs).extracting(BeanValidationTest::ruleId)
          .containsExactlyInAnyOrder(RuleId.of("SN-2"), RuleId.of("SN-4"));
      assertThat(vs).extracting(v -> v.getPropertyPath().toString()).containsOnly("supportNeeds");
    }
  }

  @Test
  void aValidPlanAndTheWarningSn6GiveNoViolation() {
    try (ValidatorFactory f = factory(DAY)) {
      assertThat(f.getValidator().validate(plan(Step.STEP_4, SupportNeed.ACADEMIC, SupportNeed.DOCUMENTED))).isEmpty();
    }
  }

  @Test
  void theValidationDateIsTheClockProviders_beforeTheReleaseNothingIsInForce() {
    try (ValidatorFactory before = factory(LocalDate.of(2021, 12, 5));
        ValidatorFactory on = factory(LocalDate.of(2021, 12, 6))) {
      EducationPlan p = plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC);
      assertThat(before.getValidator().validate(p)).isEmpty();
      assertThat(on.getValidator().validate(p)).hasSize(1);
    }
  }

  @Nested
  class EducationContacts {

    @Test
    void aJobcentreContactReportsEachMissingOrMalformedFieldWithItsRuleId() {
      Locale.setDefault(DANISH);
      JobcentreContact c =
          JobcentreContact.builder().name("Karl Kontaktsen").email("karl@gentofte.dk").phone("12 34").build();
      try (ValidatorFactory f = factory(DAY)) {
        List<ConstraintViolation<JobcentreContact>> vs = sorted(f.getValidator().validate(c));
        assertThat(vs).extracting(v -> v.getPropertyPath().toString()).containsExactly("kind", "phone");
        assertThat(vs).extracting(BeanValidationTest::ruleId).containsExactly(RuleId.of("EC-1"), RuleId.of("EC-4.2"));
        assertThat(vs.get(1).getMessage())
            .startsWith("EC-4.2: Telefonnummeret er ikke et dansk telefonnummer")
            .contains("Ikke i kilden")
            .doesNotContain("12 34");
        assertThat(vs.toString()).doesNotContain("Karl").doesNotContain("karl@");
      }
    }

    @Test
    void anInstitutionContactAndAnAssignmentAreValidatedToo() {
      Locale.setDefault(Locale.ENGLISH);
      EducationInstitutionContact c =
          EducationInstitutionContact.builder().name("Skolen").email("a@skole.dk").phone("33123456").cvr("12345678").build();
      try (ValidatorFactory f = factory(DAY)) {
        Validator v = f.getValidator();
        List<ConstraintViolation<EducationInstitutionContact>> vs = sorted(v.validate(c));
        assertThat(vs).extracting(BeanValidationTest::ruleId).containsExactly(RuleId.of("EC-4.3"), RuleId.of("EC-3"));
        assertThat(vs.get(1).getMessage()).isEqualTo("EC-3: The education-institution contact (type 31) lacks the P number.");
        assertThat(v.validate(ContactAssignment.builder().role(32).build()))
            .extracting(x -> x.getPropertyPath().toString())
            .containsExactlyInAnyOrder("citizen", "period");
      }
    }

    @Test
    void theJobcentreContactOfAPlanIsValidatedWithThePlan() {
      EducationPlan p =
          EducationPlan.builder()
              .step(Step.STEP_4)
              .addSupportNeeds(SupportNeed.ACADEMIC)
              .jobcentreContact(JobcentreContact.builder().name("Ungeteamet").email("u@jobcenter.dk").phone("70123456").build())
              .build();
      try (ValidatorFactory f = factory(DAY)) {
        assertThat(f.getValidator().validate(p)).singleElement().satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("jobcentreContact.kind");
          assertThat(ruleId(v)).isEqualTo(RuleId.of("EC-1"));
        });
      }
    }
  }

  /** The annotations on an application's own bean: no configuration, validators service-loaded. */
  static final class Registration {
    @ValidSupportNeeds EducationPlan plan;

    @ValidEducationContact(switchOff = "EC-4") JobcentreContact contact;

    Registration(EducationPlan plan, JobcentreContact contact) {
      this.plan = plan;
      this.contact = contact;
    }
  }

  @Nested
  class OnTheApplicationsOwnBeans {

    @Test
    void theAnnotationsWorkWithAPlainDefaultFactory() {
      Locale.setDefault(Locale.ENGLISH);
      Registration r =
          new Registration(
              plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH),
              JobcentreContact.builder().name("Ungeteamet").email("not an e-mail").phone("1").kind(ContactKind.TEAM).build());
      try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
        Set<ConstraintViolation<Registration>> vs = f.getValidator().validate(r);
        // EC-4 is switched off on the field: only SN-1 remains
        assertThat(vs).singleElement().satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("plan.supportNeeds");
          assertThat(v.getMessage()).startsWith("SN-1: Support need 1");
        });
      }
    }

    @Test
    void withoutTheContributorTheCoreTypesThemselvesAreNotConstrained() {
      try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
        assertThat(f.getValidator().validate(plan(Step.STEP_2, SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC))).isEmpty();
      }
    }
  }

  @Test
  void configureKeepsContributorsTheApplicationAlreadyNames() {
    HibernateValidatorConfiguration c = Validation.byProvider(HibernateValidator.class).configure();
    c.addProperty(DfdgValidation.CONSTRAINT_MAPPING_CONTRIBUTORS, NoContributions.class.getName());
    DfdgValidation.configure(c);
    Function<HibernateValidatorConfiguration, String> value =
        x -> ((jakarta.validation.spi.ConfigurationState) x).getProperties().get(DfdgValidation.CONSTRAINT_MAPPING_CONTRIBUTORS);
    assertThat(value.apply(c))
        .isEqualTo(NoContributions.class.getName() + "," + DfdgConstraintMappingContributor.class.getName());
    DfdgValidation.configure(c);
    assertThat(value.apply(c)).isEqualTo(NoContributions.class.getName() + "," + DfdgConstraintMappingContributor.class.getName());
  }

  /** A contributor an application might have. */
  public static final class NoContributions implements org.hibernate.validator.spi.cfg.ConstraintMappingContributor {
    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {}
  }
}
