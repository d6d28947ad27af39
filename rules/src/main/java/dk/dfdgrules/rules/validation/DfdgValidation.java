package dk.dfdgrules.rules.validation;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.ConfigurationState;

/**
 * Switches the library's constraints on for the core model types in a Bean Validation
 * configuration (Hibernate Validator), by naming {@link DfdgConstraintMappingContributor} in the
 * property {@value #CONSTRAINT_MAPPING_CONTRIBUTORS} — the same as one line in {@code
 * META-INF/validation.xml}.
 *
 * <pre>{@code
 * ValidatorFactory factory = DfdgValidation.configure(Validation.byDefaultProvider().configure())
 *     .buildValidatorFactory();
 * Set<ConstraintViolation<EducationPlan>> violations = factory.getValidator().validate(plan);
 * }</pre>
 *
 * <p>Messages: Hibernate Validator interpolates in its default locale (the JVM's default unless
 * configured, e.g. {@code HibernateValidatorConfiguration.defaultLocale(Locale.forLanguageTag("da-DK"))})
 * or the locale its {@code LocaleResolver} gives. The library ships {@code
 * ContributorValidationMessages} in Danish (the base file and {@code _da}) and English ({@code
 * _en}), so a Danish locale gets Danish whatever the JVM's default locale is.
 */
public final class DfdgValidation {

  /** Hibernate Validator's property naming constraint mapping contributors. */
  public static final String CONSTRAINT_MAPPING_CONTRIBUTORS =
      "hibernate.validator.constraint_mapping_contributors";

  private DfdgValidation() {}

  /**
   * Adds {@link DfdgConstraintMappingContributor} to a configuration, keeping contributors it
   * already names.
   *
   * @param configuration a configuration, e.g. {@code Validation.byDefaultProvider().configure()}
   * @param <T> the configuration type
   * @return the configuration
   */
  public static <T extends Configuration<?>> T configure(T configuration) {
    String contributor = DfdgConstraintMappingContributor.class.getName();
    String value = contributor;
    if (configuration instanceof ConfigurationState state) {
      String existing = state.getProperties().get(CONSTRAINT_MAPPING_CONTRIBUTORS);
      if (existing != null && !existing.isBlank()) {
        value = existing.contains(contributor) ? existing : existing + "," + contributor;
      }
    }
    configuration.addProperty(CONSTRAINT_MAPPING_CONTRIBUTORS, value);
    return configuration;
  }

  /**
   * A validator factory of the default provider with the library's constraints on the core types.
   *
   * @return the factory; close it when done
   */
  public static ValidatorFactory buildValidatorFactory() {
    return configure(Validation.byDefaultProvider().configure()).buildValidatorFactory();
  }
}
