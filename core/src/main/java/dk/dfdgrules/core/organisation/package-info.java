/**
 * Identifiers of organisations: {@link dk.dfdgrules.core.organisation.CvrNumber} (company) and
 * {@link dk.dfdgrules.core.organisation.PNumber} (production unit).
 *
 * <p>Null policy: no method accepts or returns null.
 */
@NullMarked
package dk.dfdgrules.core.organisation;

import org.jspecify.annotations.NullMarked;
