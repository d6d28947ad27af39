/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Identifiers of organisations: {@link dk.dfdgrules.core.organisation.CvrNumber} (company) and
 * {@link dk.dfdgrules.core.organisation.PNumber} (production unit).
 *
 * <p>Null policy: no method accepts or returns null.
 */
@NullMarked
package dk.dfdgrules.core.organisation;

import org.jspecify.annotations.NullMarked;
