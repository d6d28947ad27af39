/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.KeyFigures;
import java.util.Optional;

/**
 * What a {@link KeyFigureJob} produced: the counts, what happened to every row, the data's weeks,
 * and the tables used.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 *
 * @param figures the counts
 * @param summary rows read, used, rejected; persons
 * @param format {@code wide} or {@code long}
 * @param dataFirst the first week of the data
 * @param dataLast the last week of the data (t+52 after it is unknown)
 * @param codeTable the version of the DRM-4 code table
 * @param priorityTable the name of the DRM-3 table (used to merge two codes of one person-week)
 * @param visitSummary what was done with every row of the DSA {@code visit} table, when one was
 *     read beside a long file
 */
public record KeyFigureReport(
    KeyFigures figures,
    ReadSummary summary,
    String format,
    IsoWeek dataFirst,
    IsoWeek dataLast,
    String codeTable,
    String priorityTable,
    Optional<ReadSummary> visitSummary) {}
