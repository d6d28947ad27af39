package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEducationContact} on a {@link ContactAssignment}: EC-2. Registered in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class ContactAssignmentValidator
    implements ConstraintValidator<ValidEducationContact, ContactAssignment> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public ContactAssignmentValidator() {}

  @Override
  public void initialize(ValidEducationContact annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(@Nullable ContactAssignment assignment, ConstraintValidatorContext context) {
    if (assignment == null) {
      return true;
    }
    return RuleViolations.report(
        EducationContactRules.validate(assignment, RuleViolations.context(context, switchOff)),
        context,
        EducationContactRules.ASSIGNMENT + ".");
  }
}
