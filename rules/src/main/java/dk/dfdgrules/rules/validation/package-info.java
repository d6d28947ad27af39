/**
 * Bean Validation for the structural rule sets: class-level constraints that report the rules'
 * violations with the same rule ids and Danish/English messages.
 *
 * <table>
 *   <caption>Constraints</caption>
 *   <tr><th>constraint</th><th>on</th><th>rules</th></tr>
 *   <tr><td>{@link dk.dfdgrules.rules.validation.ValidSupportNeeds}</td><td>{@code EducationPlan}</td><td>SN-1 … SN-4</td></tr>
 *   <tr><td>{@link dk.dfdgrules.rules.validation.ValidEducationContact}</td>
 *       <td>{@code JobcentreContact}, {@code EducationInstitutionContact}, {@code ContactAssignment},
 *       {@code EducationPlan} (its jobcentre contact)</td><td>EC-1 … EC-4</td></tr>
 * </table>
 *
 * <p>How they are found (Hibernate Validator):
 *
 * <ul>
 *   <li>the validators are registered in {@code META-INF/services/jakarta.validation.ConstraintValidator},
 *       which Hibernate Validator reads — so the annotations work on your own beans with no
 *       configuration ({@code @ValidSupportNeeds EducationPlan plan;});
 *   <li>on the core types themselves, {@link dk.dfdgrules.rules.validation.DfdgConstraintMappingContributor}
 *       attaches them when the application names it in {@code hibernate.validator.constraint_mapping_contributors}
 *       (one line in {@code META-INF/validation.xml}, or {@link dk.dfdgrules.rules.validation.DfdgValidation#configure(jakarta.validation.Configuration)});
 *   <li>messages come from {@code ContributorValidationMessages} (Danish base and {@code _da},
 *       English {@code _en}) at the root of the jar, which Hibernate Validator aggregates over the
 *       class path and which never clash with the application's own {@code ValidationMessages}.
 *       Their texts are those of the rules' message bundles, key for key (a test keeps them equal).
 * </ul>
 *
 * <p>Each violation carries: the rule id as message parameter {@code ruleId} (and at the start of
 * the message, {@code SN-1: …}), the rule message's arguments as parameters, the library's {@link
 * dk.dfdgrules.core.rule.Violation} as dynamic payload ({@code
 * violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class)}), and
 * the field as property path. The validation date is the validator's {@code ClockProvider}.
 *
 * <p>Hibernate Validator is an optional dependency of this module: add it to your application.
 */
@NullMarked
package dk.dfdgrules.rules.validation;

import org.jspecify.annotations.NullMarked;
