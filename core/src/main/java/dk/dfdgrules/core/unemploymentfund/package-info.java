/**
 * A-kasse membership: {@link dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership}.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.unemploymentfund;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
