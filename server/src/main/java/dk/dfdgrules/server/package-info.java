/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The rules as a web service and a browsable catalogue: {@link dk.dfdgrules.server.DfdgServer}
 * serves {@code POST /areas/{area}/evaluate}, the catalogue of areas, rules and code lists as JSON
 * and HTML, and an OpenAPI 3.1 document, on Javalin and Jetty.
 */
@NullMarked
package dk.dfdgrules.server;

import org.jspecify.annotations.NullMarked;
