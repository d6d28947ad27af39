/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Internals of the property engine: the recorded choice stream, the edge-case enumeration, the
 * shrinker and report rendering. Not API: may change in any release.
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package dk.dfdgrules.testkit.property.internal;

import org.jspecify.annotations.NullMarked;
