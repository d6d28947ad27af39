/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Visitation: {@link dk.dfdgrules.core.visitation.VisitationRegistration} (what DFDG delivers: a
 * start date and time, no end) and {@link dk.dfdgrules.core.visitation.VisitationCourse}
 * (visitationsforløb, derived by FLIS: a course lasts until the next one starts).
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.visitation;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
