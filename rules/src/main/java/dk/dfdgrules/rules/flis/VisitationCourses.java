/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VIS-1 … VIS-3: a citizen's visitation courses, derived from DFDG's visitation registrations,
 * which have a start date and time but no end (FLIS-DFDG §5.1.2).
 *
 * <ul>
 *   <li>VIS-1 — a course ends on the start date of the citizen's next course: "næste forløbs
 *       startdato for en borger er gældende slutdato for det forrige visitationsforløb". The end is
 *       excluded: courses are half-open [start, end), so that a day is in exactly one course.
 *   <li>VIS-2 — of several registrations starting the same day only the one with the latest start
 *       time is kept: "vælges der det forløb der har det seneste startidspunkt på dagen". The
 *       others are {@linkplain Dropped dropped}, each with its {@linkplain DropReason reason}.
 *   <li>VIS-3 — the last course is open; FLIS writes its end as 9999-12-31 ({@link
 *       VisitationCourse#flisEnd()}).
 * </ul>
 *
 * <p>The input may be in any order and hold registrations of many citizens; the result is the same
 * for every order: courses sorted by citizen (CPR number) and start, dropped registrations sorted
 * likewise. <i>Interpretation</i> (the source does not say): two registrations with the same start
 * date and time and the same category are one registration given twice (the second is dropped as a
 * {@link DropReason#DUPLICATE}); with the same start time but different categories, the one whose
 * category comes last in {@link VisitationCategory}'s order is kept and the other is dropped as
 * {@link DropReason#SAME_START_TIME}, so that the user sees the conflict.
 */
public final class VisitationCourses {

  private VisitationCourses() {}

  /** Why a registration was not made a course. */
  public enum DropReason {
    /** VIS-2: another registration starts later the same day. */
    EARLIER_SAME_DAY,
    /** The same citizen, start date-time and category as the kept registration. */
    DUPLICATE,
    /** The same start date-time as the kept registration, another category. */
    SAME_START_TIME
  }

  /**
   * A registration that was not made a course.
   *
   * @param registration the registration
   * @param reason why
   * @param kept the registration kept in its place (the same citizen and day)
   */
  public record Dropped(
      VisitationRegistration registration, DropReason reason, VisitationRegistration kept) {
    /** Checks nulls. */
    public Dropped {
      requireNonNull(registration, "registration");
      requireNonNull(reason, "reason");
      requireNonNull(kept, "kept");
    }
  }

  /**
   * The courses and the dropped registrations.
   *
   * @param courses the courses, by citizen and start; each citizen's last one open
   * @param dropped the registrations dropped, by citizen and start
   */
  public record Derivation(List<VisitationCourse> courses, List<Dropped> dropped) {
    /** Copies the lists. */
    public Derivation {
      courses = ImmutableList.copyOf(courses);
      dropped = ImmutableList.copyOf(dropped);
    }
  }

  /** The order registrations are considered in: by start, then category (ties of VIS-2). */
  static final Comparator<VisitationRegistration> ORDER =
      Comparator.comparing(VisitationRegistration::getStart)
          .thenComparing(VisitationRegistration::getCategory);

  private static final Comparator<CprNumber> BY_CPR =
      Comparator.comparing(CprNumber::unmaskedValue);

  /**
   * Derives the courses of any number of citizens (VIS-1, VIS-2, VIS-3).
   *
   * @param registrations the registrations, in any order, of one or many citizens
   * @return the courses and the dropped registrations
   */
  public static Derivation derive(Collection<VisitationRegistration> registrations) {
    Map<CprNumber, List<VisitationRegistration>> byCitizen = new HashMap<>();
    for (VisitationRegistration r : registrations) {
      requireNonNull(r, "a registration is null");
      byCitizen.computeIfAbsent(r.getCitizen(), c -> new ArrayList<>()).add(r);
    }
    List<CprNumber> citizens = new ArrayList<>(byCitizen.keySet());
    citizens.sort(BY_CPR);
    ImmutableList.Builder<VisitationCourse> courses = ImmutableList.builder();
    ImmutableList.Builder<Dropped> dropped = ImmutableList.builder();
    for (CprNumber c : citizens) {
      deriveOne(byCitizen.get(c), courses, dropped);
    }
    return new Derivation(courses.build(), dropped.build());
  }

  /**
   * Derives one citizen's courses.
   *
   * @param registrations the citizen's registrations, in any order (sorted in place)
   * @param courses receives the courses, by start
   * @param dropped receives the dropped registrations, by start
   */
  static void deriveOne(
      List<VisitationRegistration> registrations,
      ImmutableList.Builder<VisitationCourse> courses,
      ImmutableList.Builder<Dropped> dropped) {
    registrations.sort(ORDER);
    List<VisitationRegistration> kept = new ArrayList<>();
    int n = registrations.size();
    int i = 0;
    while (i < n) {
      LocalDate day = registrations.get(i).getStart().toLocalDate();
      int j = i;
      while (j + 1 < n && registrations.get(j + 1).getStart().toLocalDate().equals(day)) {
        j++;
      }
      VisitationRegistration last = registrations.get(j);
      for (int k = i; k < j; k++) {
        VisitationRegistration r = registrations.get(k);
        dropped.add(new Dropped(r, reason(r, last), last));
      }
      kept.add(last);
      i = j + 1;
    }
    for (int k = 0; k < kept.size(); k++) {
      VisitationRegistration r = kept.get(k);
      VisitationCourse.Builder b =
          VisitationCourse.builder()
              .citizen(r.getCitizen())
              .category(r.getCategory())
              .start(r.getStart().toLocalDate());
      if (k + 1 < kept.size()) {
        b.end(kept.get(k + 1).getStart().toLocalDate());
      }
      courses.add(b.build());
    }
  }

  private static DropReason reason(VisitationRegistration r, VisitationRegistration kept) {
    if (!r.getStart().equals(kept.getStart())) {
      return DropReason.EARLIER_SAME_DAY;
    }
    return r.getCategory() == kept.getCategory()
        ? DropReason.DUPLICATE
        : DropReason.SAME_START_TIME;
  }
}
