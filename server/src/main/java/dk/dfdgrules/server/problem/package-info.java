/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/** The service's errors as {@code application/problem+json} (RFC 9457). */
@NullMarked
package dk.dfdgrules.server.problem;

import org.jspecify.annotations.NullMarked;
