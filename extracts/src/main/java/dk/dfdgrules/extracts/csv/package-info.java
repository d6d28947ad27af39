/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Reading delimited text files for the batch jobs: {@link
 * dk.dfdgrules.extracts.csv.DelimitedReader} (header by name, delimiter, BOM, CRLF, quotes, line
 * numbers) and {@link dk.dfdgrules.extracts.csv.Masking} for the input a message echoes.
 */
@NullMarked
package dk.dfdgrules.extracts.csv;

import org.jspecify.annotations.NullMarked;
