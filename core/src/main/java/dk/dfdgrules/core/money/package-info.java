/**
 * Money: {@link dk.dfdgrules.core.money.Money}, exact kroner and øre, parsed from Danish and plain
 * notation.
 *
 * <p>Null policy: no method accepts or returns null.
 */
@NullMarked
package dk.dfdgrules.core.money;

import org.jspecify.annotations.NullMarked;
