package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEducationContact} on a {@link JobcentreContact} (type 32): EC-1 and EC-4.
 * Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class JobcentreContactValidator
    implements ConstraintValidator<ValidEducationContact, JobcentreContact> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public JobcentreContactValidator() {}

  @Override
  public void initialize(ValidEducationContact annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(@Nullable JobcentreContact contact, ConstraintValidatorContext context) {
    if (contact == null) {
      return true;
    }
    return RuleViolations.report(
        EducationContactRules.validate(contact, RuleViolations.context(context, switchOff)),
        context,
        EducationContactRules.JOBCENTRE_CONTACT + ".");
  }
}
