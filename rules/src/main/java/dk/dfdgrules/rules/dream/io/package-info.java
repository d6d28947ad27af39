/**
 * Streaming readers of DREAM files and the key-figure job: {@link
 * dk.dfdgrules.rules.dream.io.KeyFigureJob} reads a wide file (STAR's: a key column and {@code
 * y_YYWW} columns in any order, other variables skipped) or a long one (the DSA {@code y} table:
 * person, week, code; sorted by person) from an {@link java.io.InputStream} the caller opened, one
 * person at a time, on several threads, with byte-level parsing; {@link
 * dk.dfdgrules.rules.dream.io.DreamSeriesReader} hands each person's {@link
 * dk.dfdgrules.core.dream.DreamSeries} to the caller; {@link
 * dk.dfdgrules.rules.dream.io.DreamSample} writes synthetic files.
 *
 * <p>Bad rows never stop a read and never disappear: each is reported as a {@link
 * dk.dfdgrules.rules.dream.io.RejectedRow} (line number and reason, never the person key) and
 * skipped; {@link dk.dfdgrules.rules.dream.io.ReadSummary} accounts for every row.
 *
 * <p><b>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is
 * not comparable with other data sources (FLIS-DREAM §2).</b>
 */
@NullMarked
package dk.dfdgrules.rules.dream.io;

import org.jspecify.annotations.NullMarked;
