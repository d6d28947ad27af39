/**
 * Absence: {@link dk.dfdgrules.core.absence.AbsenceRegistration} (fravær), a registration of an absence type for a period.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.absence;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
