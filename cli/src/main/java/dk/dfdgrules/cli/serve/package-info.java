/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/** {@code dfdg serve} and {@code dfdg catalogue}: the rules as a web service and a static site. */
package dk.dfdgrules.cli.serve;
