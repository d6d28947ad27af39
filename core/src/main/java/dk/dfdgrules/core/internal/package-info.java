/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Internals of the core module; not part of the API and may change without notice: the one
 * Immutables style ({@link dk.dfdgrules.core.internal.DfdgStyle}), the digit checks of the register
 * identifiers ({@link dk.dfdgrules.core.internal.Digits}), and the accept-all fallback validators
 * of the rule constraints of {@link dk.dfdgrules.core.validation}, registered in core's {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} for when {@code dfdg-rules} is not on
 * the class path.
 */
package dk.dfdgrules.core.internal;
