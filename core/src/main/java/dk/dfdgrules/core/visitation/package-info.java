/**
 * Visitation: {@link dk.dfdgrules.core.visitation.VisitationRegistration} (what DFDG delivers: a start date and time, no end) and {@link dk.dfdgrules.core.visitation.VisitationCourse} (visitationsforløb, derived by FLIS: a course lasts until the next one starts).
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.visitation;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
