/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

import static dk.dfdgrules.codelists.CvStatus.APPROVED;
import static dk.dfdgrules.codelists.CvStatus.NOT_APPROVED;
import static dk.dfdgrules.codelists.CvStatus.STARTED;
import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactGroupIds;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.cvStates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.cvStatuses;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.core.cv.CvState;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The laws of a CV approval with a historical event date, CV-1 … CV-6 (DFDG-RN-2021-12-06 §4), as
 * generated properties against {@link CvApprovalRules}. The conditions are read from the spec.
 */
class CvApprovalPropertiesTest {

  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** A report with all facts given, checked on a day. */
  record Report(CvReportFacts facts, LocalDate day) {}

  /** Every fact of a report, from an a-kasse or a jobcentre, some of them failing the rules. */
  static CvReportFacts facts(
      Reporter reporter,
      CvStatus reported,
      LocalDate eventDate,
      boolean registered,
      boolean sickListed,
      CvState cv,
      int group,
      boolean currentMember,
      boolean comment) {
    CvReportFacts.Builder b =
        CvReportFacts.builder()
            .reporter(reporter)
            .reportedStatus(reported)
            .eventDate(eventDate)
            .registered(registered)
            .sickListed(sickListed)
            .cv(cv)
            .contactGroup(group)
            .currentMember(currentMember)
            .memberOnEventDate(true);
    if (comment) {
      b.comment("Vurderet ved samtale");
    }
    return b.build();
  }

  /** Reports of any kind dated on the day they are checked, or later: never historical. */
  Gen<Report> reportsDatedTodayOrLater() {
    return source -> {
      LocalDate day = source.draw(dates(RELEASE, LAST_DAY));
      int ahead =
          source.draw(
              Gens.frequency(
                  Gens.weighted(1, Gens.constant(0)), Gens.weighted(3, Gens.integers(1, 400))));
      return new Report(
          facts(
              source.draw(Gens.elements(Reporter.values())),
              source.draw(cvStatuses()),
              day.plusDays(ahead),
              source.draw(Gens.booleans()),
              source.draw(Gens.booleans()),
              source.draw(cvStates()),
              source.draw(contactGroupIds()),
              source.draw(Gens.booleans()),
              source.draw(Gens.booleans())),
          day);
    };
  }

  @Property
  void cv4AnEventDateTodayOrLaterIsNeverAHistoricalApproval(
      @ForAll("reportsDatedTodayOrLater") Report r) {
    LocalDate event = r.facts().eventDate().orElseThrow();
    Statistics.cover(10, event.equals(r.day()), "dated today");
    Statistics.cover(29, event.isAfter(r.day()), "dated later");
    Statistics.cover(
        19, r.facts().reporter().orElseThrow() == Reporter.JOBCENTRE, "from a jobcentre");
    Statistics.cover(
        30, r.facts().reporter().orElseThrow() == Reporter.UNEMPLOYMENT_FUND, "from an a-kasse");

    Answer<CvReportDecision> d = CvApprovalRules.validate(r.facts(), r.day());

    RuleResult cv4 = d.result(CvApprovalRules.CV_4).orElseThrow();
    assertThat(cv4).isViolated().hasViolation("CV-4").isError().atPath("eventDate");
    assertThat(d.decision().accepted()).isFalse();
    assertThat(d.decision().rejected()).isTrue();
    assertThat(d.decision().failedConditions())
        .extracting(v -> v.ruleId().value())
        .contains("CV-4");
  }

  /**
   * Historical reports from an a-kasse with every fact given, each condition of CV-1 holding most
   * of the time, and the day they are checked.
   */
  Gen<Report> historicalReportsFromAnAKasse() {
    Gen<Boolean> mostlyTrue =
        Gens.frequency(
            Gens.weighted(4, Gens.constant(true)), Gens.weighted(1, Gens.constant(false)));
    return source -> {
      LocalDate day = source.draw(dates(RELEASE, LAST_DAY));
      return new Report(
          facts(
              Reporter.UNEMPLOYMENT_FUND,
              source.draw(
                  Gens.frequency(
                      Gens.weighted(2, Gens.elements(APPROVED, NOT_APPROVED)),
                      Gens.weighted(1, cvStatuses()))),
              source.draw(dates(day.minusYears(3), day.minusDays(1))),
              source.draw(mostlyTrue),
              source.draw(Gens.booleans()),
              source.draw(
                  Gens.frequency(
                      Gens.weighted(4, cvStates()),
                      Gens.weighted(
                          1, Gens.booleans().map(searchable -> CvState.of(STARTED, searchable))))),
              source.draw(
                  Gens.frequency(
                      Gens.weighted(2, Gens.elements(1, 8)), Gens.weighted(1, contactGroupIds()))),
              source.draw(mostlyTrue),
              source.draw(Gens.booleans())),
          day);
    };
  }

  /** CV-1 read from the spec: the fields of the conditions that do not hold. */
  static Set<String> specFailures(CvReportFacts f) {
    Set<String> failed = new TreeSet<>();
    if (!f.registered().orElseThrow() && !f.sickListed().orElseThrow()) {
      failed.add("registered");
    }
    if (f.cv().orElseThrow().getStatus() == STARTED) {
      failed.add("cv.status"); // must be 1, 2, 3 or 5 on the event date
    }
    if (!Set.of(1, 8).contains(f.contactGroup().orElseThrow())) {
      failed.add("contactGroup");
    }
    if (!Set.of(APPROVED, NOT_APPROVED).contains(f.reportedStatus().orElseThrow())) {
      failed.add("reportedStatus");
    }
    if (!f.currentMember().orElseThrow()) {
      failed.add("currentMember"); // former members only with CV-6, which is not in force
    }
    return failed;
  }

  @Property
  void cv1RejectsAnAKassesHistoricalApprovalWithEveryFailedConditionAndOnlyThose(
      @ForAll("historicalReportsFromAnAKasse") Report r) {
    Set<String> expected = specFailures(r.facts());
    Statistics.cover(15, expected.isEmpty(), "every condition holds");
    Statistics.cover(10, expected.size() >= 2, "two conditions or more fail");
    for (String field :
        Set.of("registered", "cv.status", "contactGroup", "reportedStatus", "currentMember")) {
      Statistics.cover(4, expected.contains(field), field + " fails");
    }
    Statistics.cover(20, !r.facts().hasComment(), "no comment");

    RuleResult cv1 =
        CvApprovalRules.validate(r.facts(), r.day()).result(CvApprovalRules.CV_1).orElseThrow();

    Set<String> failed =
        cv1.errors().stream().map(Violation::path).collect(Collectors.toCollection(TreeSet::new));
    assertThat(failed).isEqualTo(expected);
    assertThat(cv1.outcome()).isEqualTo(expected.isEmpty() ? Outcome.SATISFIED : Outcome.VIOLATED);
    assertThat(cv1.warnings().stream().anyMatch(w -> w.path().equals("comment")))
        .isEqualTo(!r.facts().hasComment());
  }

  @Property
  void cv4AnEventDateBeforeTheDayIsAHistoricalApproval(
      @ForAll("historicalReportsFromAnAKasse") Report r) {
    assertThat(
            CvApprovalRules.validate(r.facts(), r.day()).result(CvApprovalRules.CV_4).orElseThrow())
        .isSatisfied()
        .hasNoViolations();
  }

  @Property(tries = 30)
  void everyFailedConditionHasDanishAndEnglishText(
      @ForAll("historicalReportsFromAnAKasse") Report r) {
    assertThat(CvApprovalRules.validate(r.facts(), r.day()))
        .hasMessagesInDanishAndEnglish()
        .revealsNoPersonalData();
  }
}
