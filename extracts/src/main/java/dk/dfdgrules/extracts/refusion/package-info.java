/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Batch jobs over Ydelsesrefusion (YR) files: {@link dk.dfdgrules.extracts.refusion.LisJob} reads
 * YR's LIS raw data (LIS-1 … LIS-5, {@link dk.dfdgrules.rules.refusion.LisRules}) as a stream and
 * sums the net expense per citizen, benefit, week or month. Nothing here writes a CPR number into a
 * message or a {@code toString}.
 *
 * <p>Null: no parameter takes {@code null} unless marked {@code @Nullable}; a {@code null} given to
 * a builder or a job is a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package dk.dfdgrules.extracts.refusion;

import org.jspecify.annotations.NullMarked;
