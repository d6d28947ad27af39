/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.time.FlisDates;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.rules.flis.VisitationCourses.DropReason;
import dk.dfdgrules.rules.flis.VisitationWeeks.NoWeeks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** VIS-1 … VIS-4 by the specification's worked example and the edges around it. */
class VisitationRulesTest {

  static final CprNumber CITIZEN = CprNumber.parse("0101901234");
  static final CprNumber OTHER = CprNumber.parse("0202802345");
  static final LocalDate ON = LocalDate.of(2022, 3, 10);
  static final YearMonth NOVEMBER_2019 = YearMonth.of(2019, 11);

  static VisitationRegistration reg(CprNumber who, String start, VisitationCategory c) {
    return VisitationRegistration.of(who, LocalDateTime.parse(start), c);
  }

  /** The spec's example: A, B, C, A with B and C the same day. */
  static List<VisitationRegistration> specExample() {
    return List.of(
        reg(CITIZEN, "2019-01-07T09:00", VisitationCategory.JOB_READY),
        reg(CITIZEN, "2019-03-04T08:00", VisitationCategory.ACTIVITY_READY),
        reg(CITIZEN, "2019-03-04T14:30", VisitationCategory.EDUCATION_READY),
        reg(CITIZEN, "2019-06-03T10:00", VisitationCategory.JOB_READY));
  }

  static VisitationCourse course(VisitationCategory c, String start, String end) {
    VisitationCourse.Builder b =
        VisitationCourse.builder().citizen(CITIZEN).category(c).start(LocalDate.parse(start));
    FlisDates.fromFlisEnd(LocalDate.parse(end)).ifPresent(b::end);
    return b.build();
  }

  @Test
  void registrationsAndLoadMonthsOutsideTheYearsOfAnIsoWeekAreTheDocumentedException() {
    // found by fuzzing: -999999999-01-01 failed in IsoWeek during evaluation, +999999999-12-31
    // with a DateTimeException
    for (String start :
        List.of(
            "-999999999-01-01T09:00",
            "+999999999-12-31T09:00",
            "0000-12-31T23:59",
            "+10000-01-01T00:00")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  VisitationRegistration.of(
                      CITIZEN, LocalDateTime.parse(start), VisitationCategory.JOB_READY))
          .as(start)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("years 1-9999");
    }
    assertThat(
            VisitationRegistration.of(
                CITIZEN, LocalDateTime.parse("0001-01-01T00:00"), VisitationCategory.JOB_READY))
        .isNotNull();
    assertThat(
            VisitationRegistration.of(
                CITIZEN, LocalDateTime.parse("9999-12-31T23:59"), VisitationCategory.JOB_READY))
        .isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> VisitationFacts.of(specExample(), YearMonth.of(10_000, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loadMonth must be in the years 1-9999");
  }

  @Test
  void vis1To3TheSpecExampleGivesThreeCoursesAndDropsB() {
    VisitationCourses.Derivation d = VisitationCourses.derive(specExample());
    assertThat(d.courses())
        .containsExactly(
            course(VisitationCategory.JOB_READY, "2019-01-07", "2019-03-04"),
            course(VisitationCategory.EDUCATION_READY, "2019-03-04", "2019-06-03"),
            course(VisitationCategory.JOB_READY, "2019-06-03", "9999-12-31"));
    assertThat(d.dropped()).hasSize(1);
    assertThat(d.dropped().get(0).registration()).isEqualTo(specExample().get(1));
    assertThat(d.dropped().get(0).reason()).isEqualTo(DropReason.EARLIER_SAME_DAY);
    assertThat(d.dropped().get(0).kept()).isEqualTo(specExample().get(2));
    assertThat(d.courses().get(2).flisEnd()).isEqualTo(FlisDates.OPEN_END);
  }

  @Test
  void vis4TheSpecExampleUnrollsToW02W09W10W22W23W44ForNovember2019() {
    List<VisitationCourse> courses = VisitationCourses.derive(specExample()).courses();
    List<String> runs = new ArrayList<>();
    for (VisitationCourse c : courses) {
      VisitationWeeks.CourseWeeks w = VisitationWeeks.unroll(c, NOVEMBER_2019);
      runs.add(c.getCategory() + " " + w.first().orElseThrow() + "…" + w.last().orElseThrow());
    }
    assertThat(runs)
        .containsExactly(
            "JOB_READY 2019-W02…2019-W09",
            "EDUCATION_READY 2019-W10…2019-W22",
            "JOB_READY 2019-W23…2019-W44");
    assertThat(VisitationWeeks.horizon(NOVEMBER_2019)).isEqualTo(LocalDate.of(2019, 10, 31));
  }

  @Test
  void vis4BothSidesOfTheHorizonW44IsInForNovemberW45OnlyForDecember() {
    VisitationCourse open = course(VisitationCategory.JOB_READY, "2019-10-21", "9999-12-31");
    VisitationWeeks.CourseWeeks nov = VisitationWeeks.unroll(open, NOVEMBER_2019);
    VisitationWeeks.CourseWeeks dec = VisitationWeeks.unroll(open, YearMonth.of(2019, 12));
    assertThat(nov.contains(IsoWeek.of(2019, 44))).isTrue();
    assertThat(nov.contains(IsoWeek.of(2019, 45))).isFalse();
    assertThat(dec.contains(IsoWeek.of(2019, 45))).isTrue();
    assertThat(dec.last()).contains(IsoWeek.of(2019, 48));
  }

  @Test
  void vis4AWeekGoesToTheCourseActiveOnItsThursday() {
    // the course changes on Thursday 2019-03-07: W10 belongs to the new course
    VisitationCourse before = course(VisitationCategory.JOB_READY, "2019-03-04", "2019-03-07");
    VisitationCourse from = course(VisitationCategory.ACTIVITY_READY, "2019-03-07", "9999-12-31");
    assertThat(VisitationWeeks.unroll(before, NOVEMBER_2019).noWeeks())
        .contains(NoWeeks.NO_THURSDAY);
    assertThat(VisitationWeeks.unroll(from, NOVEMBER_2019).first()).contains(IsoWeek.of(2019, 10));
    // a change on Friday 2019-03-08 leaves W10 with the old course
    VisitationCourse until = course(VisitationCategory.JOB_READY, "2019-03-04", "2019-03-08");
    assertThat(VisitationWeeks.unroll(until, NOVEMBER_2019).last()).contains(IsoWeek.of(2019, 10));
  }

  @Test
  void vis4ACourseStartingOnTheHorizonsThursdayHasThatWeekAndOneStartingAfterHasNone() {
    VisitationCourse onThursday = course(VisitationCategory.JOB_READY, "2019-10-31", "9999-12-31");
    VisitationCourse friday = course(VisitationCategory.JOB_READY, "2019-11-01", "9999-12-31");
    assertThat(VisitationWeeks.unroll(onThursday, NOVEMBER_2019).count()).isEqualTo(1);
    assertThat(VisitationWeeks.unroll(friday, NOVEMBER_2019).noWeeks())
        .contains(NoWeeks.AFTER_HORIZON);
  }

  @Test
  void vis4WithoutALoadMonthIsUndeterminedAndNamesTheFact() {
    RuleResult r =
        VisitationRules.VIS_4.evaluate(new VisitationFacts(specExample(), Optional.empty()), ON);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactly("loadMonth");
  }

  @Test
  void vis4ACourseWithoutWeeksIsAWarningNamingTheCourseNeverLostSilently() {
    List<VisitationRegistration> regs =
        List.of(
            reg(CITIZEN, "2022-01-07T09:00", VisitationCategory.JOB_READY),
            reg(CITIZEN, "2022-01-12T09:00", VisitationCategory.ACTIVITY_READY));
    RuleResult r =
        VisitationRules.VIS_4.evaluate(VisitationFacts.of(regs, YearMonth.of(2022, 3)), ON);
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).path()).isEqualTo("courses[1]");
    assertThat(Messages.danish(r.warnings().get(0).message())).contains("ingen torsdag");
    assertThat(Messages.english(r.warnings().get(0).message()))
        .contains("holds no Thursday")
        .doesNotContain("0101901234");
  }

  @Test
  void vis2TheDroppedRegistrationIsNamedByItsPlaceInTheFactsWithTheOneKept() {
    List<VisitationRegistration> shuffled = new ArrayList<>(specExample());
    Collections.reverse(shuffled); // B is now registration 3, C registration 2
    RuleResult r = VisitationRules.VIS_2.evaluate(VisitationFacts.of(shuffled, NOVEMBER_2019), ON);
    assertThat(r.value(VisitationRules.DROPPED.at(3))).contains(DropReason.EARLIER_SAME_DAY);
    assertThat(Messages.english(r.derivedValues().get(0).reason()))
        .isEqualTo(
            "Registration 3 (2019-03-04T08:00) is left out: registration 2 starts later the same"
                + " day (2019-03-04T14:30).");
  }

  @Test
  void vis1ManyCitizensMixedAreSeparatedAndOneRegistrationIsOneOpenCourse() {
    List<VisitationRegistration> regs =
        List.of(
            reg(OTHER, "2022-02-01T09:00", VisitationCategory.ACTIVITY_READY),
            reg(CITIZEN, "2022-01-03T10:00", VisitationCategory.JOB_READY),
            reg(OTHER, "2022-01-10T09:00", VisitationCategory.JOB_READY));
    List<VisitationCourse> courses = VisitationCourses.derive(regs).courses();
    assertThat(courses).hasSize(3);
    assertThat(courses.get(0).getCitizen()).isEqualTo(CITIZEN);
    assertThat(courses.get(0).getEnd()).isEmpty();
    assertThat(courses.get(1).getEnd()).contains(LocalDate.of(2022, 2, 1));
    assertThat(courses.get(2).getEnd()).isEmpty();
  }

  @Test
  void theAreaEvaluatesItsExampleWithoutViolations() {
    var answer =
        VisitationRules.AREA.evaluate(VisitationFacts.of(specExample(), NOVEMBER_2019), ON);
    assertThat(answer.results()).hasSize(4);
    assertThat(answer.results())
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED));
  }

  @Test
  void everyRuleCitesFlisDfdgSection512() {
    for (var rule : VisitationRules.ALL) {
      assertThat(rule.versions().get(0).citation().reference()).isEqualTo("FLIS-DFDG §5.1.2");
    }
  }
}
