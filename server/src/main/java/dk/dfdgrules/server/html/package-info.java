/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/** The catalogue as HTML: server-rendered pages, and the same pages as a static site. */
@NullMarked
package dk.dfdgrules.server.html;

import org.jspecify.annotations.NullMarked;
