/**
 * Plans (planer): {@link dk.dfdgrules.core.plan.EducationPlan}, the education plan with its step
 * and support needs.
 *
 * <p>There is no free-text field for support needs (DFDG-RN-2021-12-06 §3.2, spec SN-5: "Der er
 * ikke mulighed for at angive fritekst").
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
@DfdgStyle
package dk.dfdgrules.core.plan;

import dk.dfdgrules.core.internal.DfdgStyle;
import org.jspecify.annotations.NullMarked;
