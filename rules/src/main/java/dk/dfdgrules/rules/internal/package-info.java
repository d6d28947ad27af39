/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Internals of the rules module; not part of the API and may change without notice: the null
 * handling the areas' facts records share ({@link dk.dfdgrules.rules.internal.FactParts}) and the
 * ways the deciding areas' folds find the rule that decides ({@link
 * dk.dfdgrules.rules.internal.Decided}).
 */
@NullMarked
package dk.dfdgrules.rules.internal;

import org.jspecify.annotations.NullMarked;
