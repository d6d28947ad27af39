/**
 * UDB subscriptions: {@link dk.dfdgrules.core.subscription.UdbSubscription}, a young person's
 * subscription to education events from Ungedatabasen.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.subscription;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
