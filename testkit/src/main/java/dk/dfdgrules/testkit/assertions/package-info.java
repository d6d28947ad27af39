/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * AssertJ assertions for the values rules return: {@link
 * dk.dfdgrules.testkit.assertions.DfdgAssertions#assertThat(dk.dfdgrules.core.rule.RuleResult)} ,
 * {@link dk.dfdgrules.testkit.assertions.DfdgAssertions#assertThat(dk.dfdgrules.core.rule.Answer)}
 * (an area's answer, with its decision) and {@link
 * dk.dfdgrules.testkit.assertions.DfdgAssertions#assertThat(dk.dfdgrules.core.rule.RuleResults)} —
 * outcome, decision, violations with their path, severity and message key, missing facts, derived
 * values, texts in Danish and English, and the absence of personal data.
 *
 * <p>Null policy: no method accepts or returns null, except {@code ViolationAssert.and()} of a
 * violation asserted on its own.
 */
@NullMarked
package dk.dfdgrules.testkit.assertions;

import org.jspecify.annotations.NullMarked;
