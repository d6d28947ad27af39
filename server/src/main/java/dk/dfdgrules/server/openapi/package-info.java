/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/** The service's OpenAPI 3.1 document, with a JSON Schema for the facts of every area. */
@NullMarked
package dk.dfdgrules.server.openapi;

import org.jspecify.annotations.NullMarked;
