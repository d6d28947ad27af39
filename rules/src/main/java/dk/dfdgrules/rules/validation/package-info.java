/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Bean Validation for the structural rule sets: the validators of the class-level constraints that
 * the core types carry ({@link dk.dfdgrules.core.validation}), reporting the rules' violations with
 * the same rule ids and Danish/English messages.
 *
 * <table>
 *   <caption>Validators</caption>
 *   <tr><th>constraint</th><th>validator</th><th>on</th><th>rules</th></tr>
 *   <tr><td>{@link dk.dfdgrules.core.validation.ValidSupportNeeds}</td>
 *       <td>{@link dk.dfdgrules.rules.validation.SupportNeedsValidator}</td>
 *       <td>{@code EducationPlan}</td><td>SN-1 … SN-4</td></tr>
 *   <tr><td rowspan="3">{@link dk.dfdgrules.core.validation.ValidEducationContact}</td>
 *       <td>{@link dk.dfdgrules.rules.validation.JobcentreContactValidator}</td>
 *       <td>{@code JobcentreContact} (also the plan's, by cascading)</td><td>EC-1, EC-4</td></tr>
 *   <tr><td>{@link dk.dfdgrules.rules.validation.EducationInstitutionContactValidator}</td>
 *       <td>{@code EducationInstitutionContact}</td><td>EC-3, EC-4</td></tr>
 *   <tr><td>{@link dk.dfdgrules.rules.validation.ContactAssignmentValidator}</td>
 *       <td>{@code ContactAssignment}</td><td>EC-2</td></tr>
 * </table>
 *
 * <p>Zero configuration (Hibernate Validator): {@code
 * Validation.buildDefaultValidatorFactory().getValidator().validate(plan)} checks the rules as soon
 * as {@code dfdg-rules} is on the class path.
 *
 * <ul>
 *   <li>the annotations are on the core types themselves (in {@code dfdg-core}, which cannot depend
 *       on the rules, so they name no validator);
 *   <li>the validators here are registered in {@code
 *       META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads.
 *       Core registers an accept-all fallback for type {@code Object} per annotation (so that core
 *       without the rules still validates); the Bean Validation resolution algorithm picks the
 *       validator of the most specific type, so these, typed to the core types, win;
 *   <li>messages come from {@code ContributorValidationMessages} (Danish base and {@code _da},
 *       English {@code _en}) at the root of the jar, which Hibernate Validator aggregates over the
 *       class path and which never clash with the application's own {@code ValidationMessages}.
 *       Their texts are those of the rules' message bundles, key for key (a test keeps them equal).
 *       The locale is Hibernate Validator's: the JVM's default locale when the factory is built,
 *       unless configured ({@code HibernateValidatorConfiguration.defaultLocale(...)} or a {@code
 *       LocaleResolver}).
 * </ul>
 *
 * <p>Each violation carries: the rule id as message parameter {@code ruleId} (and at the start of
 * the message, {@code SN-1: …}), the rule message's arguments as parameters, the library's {@link
 * dk.dfdgrules.core.rule.Violation} as dynamic payload ({@code
 * violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class)}), and
 * the field as property path. No message, parameter or payload holds the offending value (a name,
 * an e-mail, a CPR number). The validation date is the day of the validator's {@link
 * jakarta.validation.ClockProvider}: configure one ({@code Configuration.clockProvider(...)}) to
 * validate as of another day.
 *
 * <p>Hibernate Validator is an optional dependency of this module (the validators use its message
 * parameters and dynamic payload): applications that validate beans bring their own.
 */
@NullMarked
package dk.dfdgrules.rules.validation;

import org.jspecify.annotations.NullMarked;
