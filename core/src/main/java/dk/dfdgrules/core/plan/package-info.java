/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Plans (planer): {@link dk.dfdgrules.core.plan.EducationPlan}, the education plan with its step
 * and support needs.
 *
 * <p>There is no free-text field for support needs (DFDG-RN-2021-12-06 §3.2, spec SN-5: "Der er
 * ikke mulighed for at angive fritekst").
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.plan;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
