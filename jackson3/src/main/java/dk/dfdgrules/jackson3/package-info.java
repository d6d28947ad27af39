/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * JSON for every model type and rule result with Jackson 3 ({@code tools.jackson}): {@link
 * dk.dfdgrules.jackson3.DfdgJackson3#mapper()}, or {@link dk.dfdgrules.jackson3.DfdgJackson3Module}
 * in a mapper of your own (a mapper built with {@code findAndAddModules()} finds it).
 *
 * <p>Artifact {@code dfdg-jackson3}: it brings tools.jackson's jackson-databind and the Guava
 * datatype module. The JSON is the same as dfdg-json's for Jackson 2.
 *
 * <p>JSON carries the full CPR number (it must round-trip): treat JSON output as personal data.
 */
@NullMarked
package dk.dfdgrules.jackson3;

import org.jspecify.annotations.NullMarked;
