/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Money: {@link dk.dfdgrules.core.money.Money}, exact kroner and øre, parsed from Danish and plain
 * notation.
 *
 * <p>Null policy: no method accepts or returns null.
 */
@NullMarked
package dk.dfdgrules.core.money;

import org.jspecify.annotations.NullMarked;
