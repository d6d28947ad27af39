package dk.dfdgrules.rules.validation;

import dk.dfdgrules.core.contact.ContactAssignment;
import dk.dfdgrules.core.contact.EducationInstitutionContact;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.plan.EducationPlan;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Attaches the library's class-level constraints to the core model types, so that a plain {@code
 * validator.validate(plan)} checks them:
 *
 * <ul>
 *   <li>{@link EducationPlan}: {@link ValidSupportNeeds} (SN-1 … SN-4) and {@link
 *       ValidEducationContact} (its jobcentre contact, EC-1 and EC-4);
 *   <li>{@link JobcentreContact}, {@link EducationInstitutionContact}, {@link ContactAssignment}:
 *       {@link ValidEducationContact}.
 * </ul>
 *
 * <p>Hibernate Validator loads a contributor named in its property {@code
 * hibernate.validator.constraint_mapping_contributors} — in {@code META-INF/validation.xml}
 * ({@code <property name="hibernate.validator.constraint_mapping_contributors">dk.dfdgrules.rules.validation.DfdgConstraintMappingContributor</property>})
 * or on a configuration: {@link DfdgValidation#configure(jakarta.validation.Configuration)}. It does
 * not service-load contributors (only constraint validators), and a library must not ship a {@code
 * META-INF/validation.xml} of its own (there may be only one), so this one line is the
 * application's.
 */
public final class DfdgConstraintMappingContributor implements ConstraintMappingContributor {

  /** Creates the contributor (Hibernate Validator instantiates it by name). */
  public DfdgConstraintMappingContributor() {}

  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    ConstraintMapping mapping = builder.addConstraintMapping();
    mapping
        .type(EducationPlan.class)
        .constraint(new GenericConstraintDef<>(ValidSupportNeeds.class))
        .constraint(new GenericConstraintDef<>(ValidEducationContact.class));
    mapping.type(JobcentreContact.class).constraint(new GenericConstraintDef<>(ValidEducationContact.class));
    mapping
        .type(EducationInstitutionContact.class)
        .constraint(new GenericConstraintDef<>(ValidEducationContact.class));
    mapping.type(ContactAssignment.class).constraint(new GenericConstraintDef<>(ValidEducationContact.class));
  }
}
