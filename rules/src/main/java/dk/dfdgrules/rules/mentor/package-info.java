/**
 * MEN-1 … MEN-3 — mentor type 6 'Personlig jobformidler' (DFDG-RN-2021-12-06 §3.5); HC-1 — course
 * categories 42 and 43 retired (§3.6).
 *
 * <ul>
 *   <li>{@link dk.dfdgrules.rules.mentor.MentorRules} — the entry point for MEN: {@code
 *       validate(facts, date)}; {@link dk.dfdgrules.rules.mentor.MentorFacts}, {@link
 *       dk.dfdgrules.rules.mentor.MentorResult}, {@link dk.dfdgrules.rules.mentor.MyPlanEffect};
 *       the {@code mentor} area {@link dk.dfdgrules.rules.mentor.MentorArea};
 *   <li>{@link dk.dfdgrules.rules.mentor.CourseCategoryRules} — the entry point for HC: {@code
 *       validate(facts, date)}; {@link dk.dfdgrules.rules.mentor.CourseCategoryFacts}, {@link
 *       dk.dfdgrules.rules.mentor.CourseAction}; the {@code course-category} area {@link
 *       dk.dfdgrules.rules.mentor.CourseCategoryArea}.
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dk.dfdgrules.rules.mentor;

import org.jspecify.annotations.NullMarked;
