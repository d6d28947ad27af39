/**
 * Internals of the core module; not part of the API and may change without notice: the one
 * Immutables style ({@link dk.dfdgrules.core.internal.DfdgStyle}), the digit checks of the register
 * identifiers ({@link dk.dfdgrules.core.internal.Digits}), and the accept-all fallback validators
 * of the rule constraints of {@link dk.dfdgrules.core.validation}, registered in core's {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} for when {@code dfdg-rules} is not on
 * the class path.
 */
package dk.dfdgrules.core.internal;
