/**
 * Streaming readers of DREAM files and the key-figure job: {@link
 * dk.dfdgrules.rules.dream.io.KeyFigureJob} reads a wide file (STAR's: a key column and {@code
 * y_YYWW} columns in any order, {@code visit_YYYY_Q} columns, other variables skipped) or a long
 * one (the DSA {@code y} table: person, week, code; sorted by person — and beside it, optionally,
 * the DSA {@code visit} table: person, quarter, visitation category, for DRM-4) from {@link
 * java.io.InputStream}s the caller opened, one person at a time, on several threads, with
 * byte-level parsing; {@link
 * dk.dfdgrules.rules.dream.io.DreamSeriesReader} hands each person's {@link
 * dk.dfdgrules.core.dream.DreamSeries} to the caller; {@link
 * dk.dfdgrules.rules.dream.io.DreamSample} writes synthetic files.
 *
 * <p>Bad rows never stop a read and never disappear: each is reported as a {@link
 * dk.dfdgrules.rules.dream.io.RejectedRow} (file, line number and reason, never the person key)
 * and skipped; a {@link dk.dfdgrules.rules.dream.io.ReadSummary} per file accounts for every row.
 * A person key on a second row of a wide file is such a bad row (DRM-7: a person counts once in
 * a cell); in a long file a key that comes back after another key is the "not sorted" error.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 */
@NullMarked
package dk.dfdgrules.rules.dream.io;

import org.jspecify.annotations.NullMarked;
