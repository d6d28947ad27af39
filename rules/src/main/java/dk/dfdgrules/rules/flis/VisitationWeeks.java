/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * VIS-4: a visitation course unrolled to ISO weeks, one row per citizen and week, never beyond the
 * last whole month before the load month (FLIS-DFDG §5.1.2: "der maksimalt blive udrullet til
 * sidste måned … ved november indlæsningen 2019 blive udrullet til og med oktober 2019").
 *
 * <p><i>Interpretation</i> (the specification's): a week belongs to the month of its Thursday, as
 * in DREAM (DRM-2); the weeks unrolled are those whose Thursday is on or before the last day of the
 * month before the load month — its {@linkplain #horizon(YearMonth) horizon}. As courses are
 * half-open (VIS-1), a week goes to the course active on its Thursday: a citizen has exactly one
 * course in a week, never two. A course's weeks are therefore a run of consecutive weeks, given
 * here as its first and last week; a course with no Thursday before its end, or none up to the
 * horizon, has no weeks and says {@linkplain NoWeeks why}.
 */
public final class VisitationWeeks {

  private VisitationWeeks() {}

  /** Why a course has no week rows. */
  public enum NoWeeks {
    /** The course holds no Thursday: it starts after one Thursday and ends by the next. */
    NO_THURSDAY,
    /** The course's first Thursday is after the horizon (it starts in or after the last month). */
    AFTER_HORIZON
  }

  /**
   * The weeks of one course: a run of consecutive ISO weeks, or none.
   *
   * @param course the course
   * @param first the first week, if any
   * @param last the last week, if any
   * @param noWeeks why there is none, if none
   */
  public record CourseWeeks(
      VisitationCourse course,
      Optional<IsoWeek> first,
      Optional<IsoWeek> last,
      Optional<NoWeeks> noWeeks) {

    /** Checks that there are either weeks or a reason. */
    public CourseWeeks {
      requireNonNull(course, "course");
      if (first.isPresent() != last.isPresent() || first.isPresent() == noWeeks.isPresent()) {
        throw new IllegalArgumentException("a course has a first and last week, or a reason");
      }
    }

    /**
     * The number of week rows.
     *
     * @return the weeks from first to last, both included; 0 when none
     */
    public long count() {
      return first.map(f -> f.weeksUntil(last.orElseThrow()) + 1).orElse(0L);
    }

    /**
     * Tells whether a week is one of the course's.
     *
     * @param week a week
     * @return true if first ≤ week ≤ last
     */
    public boolean contains(IsoWeek week) {
      return first.isPresent()
          && !week.isBefore(first.orElseThrow())
          && !week.isAfter(last.orElseThrow());
    }
  }

  /**
   * The last day whose week is unrolled: the last day of the month before the load month.
   *
   * @param loadMonth the month of the load (indlæsning), e.g. 2019-11
   * @return e.g. 2019-10-31
   */
  public static LocalDate horizon(YearMonth loadMonth) {
    return loadMonth.minusMonths(1).atEndOfMonth();
  }

  /**
   * The first Thursday on or after a day.
   *
   * @param day a day
   * @return the Thursday
   */
  static LocalDate thursdayOnOrAfter(LocalDate day) {
    int shift = (DayOfWeek.THURSDAY.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
    return day.plusDays(shift);
  }

  /**
   * The last Thursday on or before a day.
   *
   * @param day a day
   * @return the Thursday
   */
  static LocalDate thursdayOnOrBefore(LocalDate day) {
    int shift = (day.getDayOfWeek().getValue() - DayOfWeek.THURSDAY.getValue() + 7) % 7;
    return day.minusDays(shift);
  }

  /**
   * Unrolls a course to weeks (VIS-4).
   *
   * @param course the course
   * @param loadMonth the month of the load
   * @return the weeks whose Thursday is in the course and on or before the horizon
   */
  public static CourseWeeks unroll(VisitationCourse course, YearMonth loadMonth) {
    LocalDate horizon = horizon(loadMonth);
    LocalDate firstThursday = thursdayOnOrAfter(course.getStart());
    LocalDate lastDay = course.getEnd().map(e -> e.minusDays(1)).orElse(horizon);
    if (lastDay.isAfter(horizon)) {
      lastDay = horizon;
    }
    if (firstThursday.isAfter(lastDay)) {
      boolean beforeEnd = course.getEnd().map(firstThursday::isBefore).orElse(true);
      NoWeeks why = beforeEnd ? NoWeeks.AFTER_HORIZON : NoWeeks.NO_THURSDAY;
      return new CourseWeeks(course, Optional.empty(), Optional.empty(), Optional.of(why));
    }
    LocalDate lastThursday = thursdayOnOrBefore(lastDay);
    return new CourseWeeks(
        course,
        Optional.of(IsoWeek.from(firstThursday)),
        Optional.of(IsoWeek.from(lastThursday)),
        Optional.empty());
  }
}
