/**
 * Internals of the property engine: the recorded choice stream, the edge-case enumeration, the
 * shrinker and report rendering. Not API: may change in any release.
 *
 * <p>Null policy: no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package dk.dfdgrules.testkit.property.internal;

import org.jspecify.annotations.NullMarked;
