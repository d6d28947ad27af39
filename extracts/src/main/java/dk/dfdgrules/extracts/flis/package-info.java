/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Batch jobs over FLIS DFDG extracts: visitation registrations derived into courses and unrolled to
 * weeks (VIS), activation records measured over a period (ACT), and the benchmark model (WIN, SUP).
 * The jobs read an {@link java.io.InputStream} the caller opens, report every bad row with its line
 * number and reason (never a CPR number) and account for every row.
 *
 * <p>Null: no parameter takes {@code null} unless marked {@code @Nullable}; a {@code null} given to
 * a builder or a job is a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package dk.dfdgrules.extracts.flis;

import org.jspecify.annotations.NullMarked;
