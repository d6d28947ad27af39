/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Bean Validation constraints of the model that check the library's business rules: class-level
 * constraints declared on the core types, so that a plain {@code validator.validate(plan)} of an
 * application's own Hibernate Validator reports the rules' violations with no configuration.
 *
 * <table>
 *   <caption>Constraints</caption>
 *   <tr><th>constraint</th><th>declared on</th><th>rules</th></tr>
 *   <tr><td>{@link dk.dfdgrules.core.validation.ValidSupportNeeds}</td>
 *       <td>{@link dk.dfdgrules.core.plan.EducationPlan}</td><td>SN-1 … SN-4</td></tr>
 *   <tr><td>{@link dk.dfdgrules.core.validation.ValidEducationContact}</td>
 *       <td>{@link dk.dfdgrules.core.contact.JobcentreContact}, {@link
 *       dk.dfdgrules.core.contact.EducationInstitutionContact}, {@link
 *       dk.dfdgrules.core.contact.ContactAssignment} (and through {@code @Valid} the jobcentre
 *       contact of an {@code EducationPlan})</td><td>EC-1 … EC-4</td></tr>
 *   <tr><td>{@link dk.dfdgrules.core.validation.ValidYumuReport}</td>
 *       <td>{@code dk.dfdgrules.rules.refusion.YumuReport} (of {@code dfdg-rules}; no fallback
 *       needed)</td><td>YUMU-1 … YUMU-8</td></tr>
 * </table>
 *
 * <p>Where the parts of each constraint live:
 *
 * <ul>
 *   <li>the annotations are here, in {@code dfdg-core}, so the model can carry them; they name no
 *       validator ({@code @Constraint(validatedBy = {})}), because the checks are the rules of
 *       {@code dfdg-rules}, which core must not depend on;
 *   <li>the validators that check the rules are in {@code dfdg-rules} ({@code
 *       dk.dfdgrules.rules.validation}), typed to the core types and registered in its {@code
 *       META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads;
 *   <li>core registers, in its own {@code
 *       META-INF/services/jakarta.validation.ConstraintValidator}, one fallback validator per
 *       annotation for type {@code Object} ({@link
 *       dk.dfdgrules.core.internal.SupportNeedsFallbackValidator}, {@link
 *       dk.dfdgrules.core.internal.EducationContactFallbackValidator}; internal). They accept every
 *       value, so that an application with {@code dfdg-core} and Hibernate Validator but without
 *       {@code dfdg-rules} can still validate the core types (without them Hibernate Validator
 *       would fail with HV000030, "No validator could be found"). When {@code dfdg-rules} is on the
 *       class path, its validators win: the Bean Validation resolution algorithm picks the
 *       validator of the most specific type, and {@code EducationPlan} is more specific than {@code
 *       Object};
 *   <li>the messages ({@code ContributorValidationMessages}, Danish and English) ship with {@code
 *       dfdg-rules}, the only module that reports violations.
 * </ul>
 *
 * <p>A consequence of the {@code Object} fallbacks: an annotation put on a value of a type no rules
 * validator is for (e.g. {@code @ValidSupportNeeds String s}) is accepted silently, where Hibernate
 * Validator would otherwise report HV000030.
 *
 * <p>The service file {@code META-INF/services/jakarta.validation.ConstraintValidator} is Hibernate
 * Validator's mechanism, not the Bean Validation standard's; with another provider the annotations
 * on the core types need validators registered in that provider's way.
 *
 * <p>Null policy: the annotations have no nullable members; a validator accepts a null bean.
 */
@NullMarked
package dk.dfdgrules.core.validation;

import org.jspecify.annotations.NullMarked;
