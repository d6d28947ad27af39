/**
 * The DREAM weekly series: {@link dk.dfdgrules.core.dream.DreamSeries}, one person's benefit code
 * per ISO week, and {@link dk.dfdgrules.core.dream.PersonKey}, the person's key (a CPR number or an
 * anonymous running number).
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2).
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.core.dream;

import org.jspecify.annotations.NullMarked;
