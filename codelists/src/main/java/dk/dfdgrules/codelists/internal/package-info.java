/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Internals shared by the library's modules; not part of the API and may change without notice: the
 * one masking policy for input echoed in messages ({@link
 * dk.dfdgrules.codelists.internal.Masking}). It lives in the lowest module, so that the code lists,
 * the core, the JSON modules, the rules and the readers all mask alike.
 */
@NullMarked
package dk.dfdgrules.codelists.internal;

import org.jspecify.annotations.NullMarked;
