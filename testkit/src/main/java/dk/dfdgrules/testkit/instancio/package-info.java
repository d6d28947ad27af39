/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The optional Instancio integration: {@link dk.dfdgrules.testkit.instancio.DfdgInstancioProvider}
 * serves the domain generators to {@code Instancio.create(...)}. Used only when Instancio is on the
 * class path.
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package dk.dfdgrules.testkit.instancio;

import org.jspecify.annotations.NullMarked;
