/**
 * Internals of the rules module; not part of the API and may change without notice: the null
 * handling the areas' facts records share ({@link dk.dfdgrules.rules.internal.FactParts}).
 */
@NullMarked
package dk.dfdgrules.rules.internal;

import org.jspecify.annotations.NullMarked;
