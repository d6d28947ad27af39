/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * CV facts: {@link dk.dfdgrules.core.cv.CvState}, a CV's status and whether it is searchable.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.cv;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
