/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * The batch jobs over DREAM extracts (module {@code dfdg-extracts}): streaming readers of DREAM
 * files and the key-figure job, applying the DREAM rules of {@link dk.dfdgrules.rules.dream} (DRM-2
 * … DRM-8) to national-size files. {@link dk.dfdgrules.extracts.dream.KeyFigureJob} reads a wide
 * file (STAR's: a key column and {@code y_YYWW} columns in any order, {@code visit_YYYY_Q} columns,
 * other variables skipped) or a long one (the DSA {@code y} table: person, week, code; sorted by
 * person — and beside it, optionally, the DSA {@code visit} table: person, quarter, visitation
 * category, for DRM-4) from {@link java.io.InputStream}s the caller opened, one person at a time,
 * on several threads, with byte-level parsing, into a {@link
 * dk.dfdgrules.extracts.dream.KeyFigureReport}; {@link
 * dk.dfdgrules.extracts.dream.DreamSeriesReader} hands each person's {@link
 * dk.dfdgrules.core.dream.DreamSeries} to the caller; {@link
 * dk.dfdgrules.extracts.dream.DreamSample} writes synthetic files.
 *
 * <p>Only these types, the job's builder and the read's outcome ({@link
 * dk.dfdgrules.extracts.dream.ReadSummary}, {@link dk.dfdgrules.extracts.dream.RejectedRow}, {@link
 * dk.dfdgrules.extracts.dream.RejectReason}, {@link
 * dk.dfdgrules.extracts.dream.DreamInputException}, {@link
 * dk.dfdgrules.extracts.dream.DreamJobFailedException}) are public; the parsers, the counting
 * kernels and the block pipeline are package-private. The benchmarks reach the kernels through the
 * job ({@link dk.dfdgrules.extracts.dream.KeyFigureJob.Builder#fusedKernel(boolean)}).
 *
 * <p>Bad rows never stop a read and never disappear: each is reported as a {@link
 * dk.dfdgrules.extracts.dream.RejectedRow} (file, line number and reason, never the person key) and
 * skipped; a {@link dk.dfdgrules.extracts.dream.ReadSummary} per file accounts for every row. A
 * person key on a second row of a wide file is such a bad row (DRM-7: a person counts once in a
 * cell); in a long file a key that comes back after another key is the "not sorted" error.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 *
 * <p>Null: no parameter takes {@code null} unless marked {@code @Nullable}; a {@code null} given to
 * a builder or a job is a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package dk.dfdgrules.extracts.dream;

import org.jspecify.annotations.NullMarked;
