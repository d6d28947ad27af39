package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEducationContact} on an {@link EducationInstitutionContact} (type 31):
 * EC-3 and EC-4. Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class EducationInstitutionContactValidator
    implements ConstraintValidator<ValidEducationContact, EducationInstitutionContact> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public EducationInstitutionContactValidator() {}

  @Override
  public void initialize(ValidEducationContact annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(
      @Nullable EducationInstitutionContact contact, ConstraintValidatorContext context) {
    if (contact == null) {
      return true;
    }
    return RuleViolations.report(
        EducationContactRules.validate(contact, RuleViolations.context(context, switchOff)),
        context,
        EducationContactRules.INSTITUTION_CONTACT + ".");
  }
}
