/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.visitation;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.FlisDates;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Visitationsforløb — a visitation course derived from registrations: it starts on its
 * registration's date and ends on the start date of the citizen's next course ("næste forløbs
 * startdato ... er gældende slutdato for det forrige", FLIS-DFDG §5.1.2). The course is
 * <em>half-open</em>, [start, end): the end day belongs to the next course. The last course is
 * open; FLIS writes its end as 9999-12-31 ({@link #flisEnd()}).
 */
@Value.Immutable
public abstract class VisitationCourse {

  VisitationCourse() {}

  /**
   * The citizen.
   *
   * @return the CPR number
   */
  public abstract CprNumber getCitizen();

  /**
   * The visitation category.
   *
   * @return the category
   */
  public abstract VisitationCategory getCategory();

  /**
   * The first day.
   *
   * @return the start
   */
  public abstract LocalDate getStart();

  /**
   * The day the next course starts (excluded from this course), if there is one.
   *
   * @return the end, or empty for the active course
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * The end as FLIS writes it: 9999-12-31 for the active course.
   *
   * @return the end or the marker
   */
  public LocalDate flisEnd() {
    return FlisDates.toFlisEnd(getEnd());
  }

  /**
   * Tells whether a day is in the course: start ≤ day &lt; end.
   *
   * @param date a day
   * @return true if inside
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && getEnd().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    checkArgument(
        getEnd().map(e -> !e.isBefore(getStart())).orElse(true),
        "a course cannot end (%s) before it starts (%s)",
        getEnd().orElse(null),
        getStart());
  }

  /**
   * Starts a course.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VisitationCourse}. */
  public static final class Builder extends ImmutableVisitationCourse.Builder {
    Builder() {}
  }
}
