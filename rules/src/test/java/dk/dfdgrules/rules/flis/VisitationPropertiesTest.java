/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.cprNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The laws of VIS-1 … VIS-4 over random registrations of a few citizens. */
class VisitationPropertiesTest {

  /** Registrations of up to three citizens, few days and times, so that days and times collide. */
  record Load(List<VisitationRegistration> registrations, YearMonth loadMonth) {}

  Gen<Load> loads() {
    Gen<List<CprNumber>> citizens = cprNumbers().list(1, 3);
    Gen<LocalTime> times =
        Gens.elements(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(14, 30));
    Gen<LocalDate> days = Gens.dates(LocalDate.of(2018, 12, 27), LocalDate.of(2019, 1, 31));
    Gen<YearMonth> months =
        Gens.dates(LocalDate.of(2018, 12, 1), LocalDate.of(2019, 3, 1)).map(YearMonth::from);
    return citizens.flatMap(
        who -> {
          Gen<VisitationRegistration> one =
              Gens.zip(
                  Gens.elements(who),
                  days.zip(times, LocalDate::atTime),
                  Gens.enumValues(VisitationCategory.class),
                  VisitationRegistration::of);
          return one.list(1, 12).zip(months, Load::new);
        });
  }

  @Property
  void orderOfInputNeverChangesTheOutput(@ForAll("loads") Load load) {
    List<VisitationRegistration> reversed = new ArrayList<>(load.registrations());
    java.util.Collections.reverse(reversed);
    List<VisitationRegistration> rotated = new ArrayList<>(load.registrations());
    java.util.Collections.rotate(rotated, 1);
    VisitationCourses.Derivation d = VisitationCourses.derive(load.registrations());
    assertThat(VisitationCourses.derive(reversed)).isEqualTo(d);
    assertThat(VisitationCourses.derive(rotated)).isEqualTo(d);
  }

  @Property
  void everyRegistrationIsACourseOrDroppedAndOneDayGivesOneCourse(@ForAll("loads") Load load) {
    VisitationCourses.Derivation d = VisitationCourses.derive(load.registrations());
    Statistics.cover(20, !d.dropped().isEmpty(), "registrations dropped");
    assertThat(d.courses().size() + d.dropped().size()).isEqualTo(load.registrations().size());
    Set<String> citizenDays = new HashSet<>();
    for (VisitationRegistration r : load.registrations()) {
      citizenDays.add(r.getCitizen().unmaskedValue() + r.getStart().toLocalDate());
    }
    assertThat(d.courses()).hasSize(citizenDays.size());
    for (VisitationCourses.Dropped x : d.dropped()) {
      assertThat(x.kept().getStart().toLocalDate())
          .isEqualTo(x.registration().getStart().toLocalDate());
      assertThat(x.kept().getStart()).isAfterOrEqualTo(x.registration().getStart());
    }
  }

  @Property
  void theCoursesCoverFirstStartToTheOpenEndWithNoGapsAndNoOverlaps(@ForAll("loads") Load load) {
    Map<CprNumber, List<VisitationCourse>> byCitizen = byCitizen(load);
    for (var e : byCitizen.entrySet()) {
      List<VisitationCourse> cs = e.getValue();
      LocalDate first =
          load.registrations().stream()
              .filter(r -> r.getCitizen().equals(e.getKey()))
              .map(r -> r.getStart().toLocalDate())
              .min(LocalDate::compareTo)
              .orElseThrow();
      assertThat(cs.get(0).getStart()).isEqualTo(first);
      for (int i = 0; i + 1 < cs.size(); i++) {
        assertThat(cs.get(i).getEnd()).contains(cs.get(i + 1).getStart());
        assertThat(cs.get(i).getStart()).isBefore(cs.get(i + 1).getStart());
      }
      assertThat(cs.get(cs.size() - 1).getEnd()).isEmpty();
    }
  }

  @Property
  void eachCitizenWeekIsInExactlyOneCourseFromTheFirstThursdayToTheHorizon(
      @ForAll("loads") Load load) {
    LocalDate horizon = VisitationWeeks.horizon(load.loadMonth());
    for (var e : byCitizen(load).entrySet()) {
      Set<IsoWeek> seen = new HashSet<>();
      long rows = 0;
      for (VisitationCourse c : e.getValue()) {
        VisitationWeeks.CourseWeeks w = VisitationWeeks.unroll(c, load.loadMonth());
        rows += w.count();
        for (long k = 0; k < w.count(); k++) {
          IsoWeek week = w.first().orElseThrow().plusWeeks(k);
          assertThat(c.contains(week.thursday())).isTrue();
          assertThat(week.thursday()).isBeforeOrEqualTo(horizon);
          assertThat(seen.add(week)).as("week %s in two courses", week).isTrue();
        }
      }
      // every Thursday from the first start to the horizon is a row
      LocalDate thursday = VisitationWeeks.thursdayOnOrAfter(e.getValue().get(0).getStart());
      long expected = 0;
      for (LocalDate t = thursday; !t.isAfter(horizon); t = t.plusWeeks(1)) {
        expected++;
      }
      Statistics.cover(20, expected > 0, "weeks unrolled");
      assertThat(rows).isEqualTo(expected);
    }
  }

  private static Map<CprNumber, List<VisitationCourse>> byCitizen(Load load) {
    Map<CprNumber, List<VisitationCourse>> out = new HashMap<>();
    for (VisitationCourse c : VisitationCourses.derive(load.registrations()).courses()) {
      out.computeIfAbsent(c.getCitizen(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }
}
