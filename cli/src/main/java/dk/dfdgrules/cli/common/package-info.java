/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * What every {@code dfdg} command shares: exit codes, the user-input exception (one line, exit 2,
 * no stack trace) and the command line's Danish/English labels.
 */
package dk.dfdgrules.cli.common;
