package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.rules.educationcontact.EducationContactRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidEducationContact} on an {@link EducationPlan}: its jobcentre contact, when
 * one is registered (EC-1 and EC-4), with the paths {@code jobcentreContact.…}. Registered in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class EducationPlanContactValidator
    implements ConstraintValidator<ValidEducationContact, EducationPlan> {

  private String[] switchOff = new String[0];

  /** Creates the validator (for the service loader). */
  public EducationPlanContactValidator() {}

  @Override
  public void initialize(ValidEducationContact annotation) {
    switchOff = annotation.switchOff().clone();
  }

  @Override
  public boolean isValid(@Nullable EducationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.getJobcentreContact().isEmpty()) {
      return true;
    }
    return RuleViolations.report(
        EducationContactRules.validate(
            plan.getJobcentreContact().get(), RuleViolations.context(context, switchOff)),
        context,
        "");
  }
}
