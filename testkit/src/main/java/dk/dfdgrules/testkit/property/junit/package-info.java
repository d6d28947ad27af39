/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The JUnit Jupiter integration of the property engine: {@link
 * dk.dfdgrules.testkit.property.junit.Property} marks a test method as a property, {@link
 * dk.dfdgrules.testkit.property.junit.ForAll} marks its generated parameters, and {@link
 * dk.dfdgrules.testkit.property.junit.PropertyExtension} runs it.
 *
 * <pre>{@code
 * class SupportNeedsPropertiesTest {
 *   @Property
 *   void validPlansPassEverySupportNeedRule(@ForAll EducationPlan plan) {
 *     assertThat(supportNeedRule.evaluate(plan, DAY)).isSatisfied(); // any Rule<EducationPlan>
 *   }
 * }
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package dk.dfdgrules.testkit.property.junit;

import org.jspecify.annotations.NullMarked;
