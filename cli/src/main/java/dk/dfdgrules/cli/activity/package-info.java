/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * {@code dfdg activity}: the FLIS DFDG cubes' time windows (WIN-1 … WIN-3) and the benchmark model
 * (SUP-1, SUP-2) on the command line.
 */
package dk.dfdgrules.cli.activity;
