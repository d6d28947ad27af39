/**
 * The official code lists of DFDG, DREAM and Ydelsesrefusion, as versioned data with validity
 * periods and sources, behind one uniform API ({@link dk.dfdgrules.codelists.CodeList}, {@link
 * dk.dfdgrules.codelists.CodeLists}); closed lists that rules reason about are also enums
 * implementing {@link dk.dfdgrules.codelists.OfficialCode}.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.codelists;

import org.jspecify.annotations.NullMarked;
