/**
 * Internals of the core module; not part of the API and may change without notice.
 */
package dk.dfdgrules.core.internal;
