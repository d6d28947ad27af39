/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * {@code dfdg activity}: the FLIS activation measures ACT-1 … ACT-7 of an activation records file
 * ({@code measures}), the cubes' time windows WIN-1 … WIN-3 ({@code windows}) and the benchmark
 * model SUP-1, SUP-2 ({@code benchmark}).
 */
package dk.dfdgrules.cli.activity;
