/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * JSON for every model type and rule result with Jackson 2: {@link
 * dk.dfdgrules.json.DfdgJson#mapper()}, or {@link dk.dfdgrules.json.DfdgJsonModule} in a mapper of
 * your own (a mapper that calls {@code findAndRegisterModules()} finds it).
 *
 * <p>Artifact {@code dfdg-json}: it brings jackson-databind and the jdk8, jsr310 and guava datatype
 * modules.
 *
 * <p>JSON carries the full CPR number (it must round-trip): treat JSON output as personal data.
 */
@NullMarked
package dk.dfdgrules.json;

import org.jspecify.annotations.NullMarked;
