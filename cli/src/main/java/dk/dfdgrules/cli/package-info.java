/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The {@code dfdg} command line: the only part of the library that touches files, the clock, the
 * terminal and exit codes.
 */
package dk.dfdgrules.cli;
