/**
 * The optional Instancio integration: {@link
 * dk.dfdgrules.testkit.instancio.DfdgInstancioProvider} serves the domain generators to {@code
 * Instancio.create(...)}. Used only when Instancio is on the class path.
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package dk.dfdgrules.testkit.instancio;

import org.jspecify.annotations.NullMarked;
