/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.rules.mentor.CourseCategoryRules.HC_1;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Verdict;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourseCategoryRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate RETIRED = Sources.DFDG_RELEASE;

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    "42, CREATE, 2021-12-06, VIOLATED",
    "43, CREATE, 2021-12-06, VIOLATED",
    "42, CREATE, 2021-12-05, SATISFIED",
    "43, CREATE, 2021-12-05, SATISFIED",
    "42, UPDATE, 2021-12-06, SATISFIED",
    "43, UPDATE, 2022-03-10, SATISFIED",
    "37, CREATE, 2022-03-10, SATISFIED",
    "41, CREATE, 2022-03-10, SATISFIED",
  })
  void HC1_retiredForNewCourseInterventionsOnly(
      int category, CourseAction action, LocalDate at, Outcome expected) {
    assertThat(CourseCategoryRules.validate(CourseCategoryFacts.of(category, action), at).outcome())
        .isEqualTo(expected);
  }

  @Test
  void HC1_theErrorNamesTheCategoryAsPublishedAndPointsToInterventionTypeMentor() {
    Answer<Verdict> r =
        CourseCategoryRules.validate(CourseCategoryFacts.of(42, CourseAction.CREATE), AT);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ruleId()).isEqualTo(HC_1.id());
              assertThat(e.path()).isEqualTo("courseCategory");
              assertThat(e.text(Messages.DANISH))
                  .contains("'Udskrivningskordinator, individuel'", "2021-12-06");
              assertThat(e.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.6");
            });
    assertThat(r.derivedValues())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("interventionType");
              assertThat(d.text()).contains("7");
            });
    assertThat(r.value(CourseCategoryRules.INTERVENTION_TYPE)).contains(7);
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(r.decision().decidedBy()).contains(HC_1.id());
  }

  @Test
  void HC1_bothSpellingsAreKeptAsPublished() {
    assertThat(CourseCategoryRules.officialName(42))
        .isEqualTo("Udskrivningskordinator, individuel");
    assertThat(CourseCategoryRules.officialName(43)).isEqualTo("Udskrivningskordinator, plads");
    assertThat(MentorType.DISCHARGE_COORDINATOR_INDIVIDUAL.officialName())
        .isEqualTo("Udskrivningskoordinator, individuel");
    assertThat(MentorType.DISCHARGE_COORDINATOR_PLACE.officialName())
        .isEqualTo("Udskrivningskoordinator, plads");
  }

  @Test
  void HC1_missingFactsAreNamed() {
    Answer<Verdict> noCategory =
        CourseCategoryRules.validate(
            new CourseCategoryFacts(Optional.empty(), Optional.of(CourseAction.CREATE)), AT);
    assertThat(noCategory.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(noCategory.missingFacts()).containsExactly("courseCategory");
    Answer<Verdict> noAction =
        CourseCategoryRules.validate(
            new CourseCategoryFacts(Optional.of(43), Optional.empty()), AT);
    assertThat(noAction.missingFacts()).containsExactly("action");
    Answer<Verdict> otherNoAction =
        CourseCategoryRules.validate(
            new CourseCategoryFacts(Optional.of(37), Optional.empty()), AT);
    assertThat(otherNoAction.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(noAction.decision().kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
  }

  @Test
  void switchingOffHc1AcceptsANewCourseInterventionWithCategory42() {
    CourseCategoryFacts f = CourseCategoryFacts.of(42, CourseAction.CREATE);
    assertThat(CourseCategoryRules.validate(f, AT).decision().kind())
        .isEqualTo(Verdict.Kind.REJECTED);
    Answer<Verdict> off =
        CourseCategoryRules.validate(f, EvaluationContext.on(AT).switchOff(HC_1.id()));
    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.derivedValues()).isEmpty();
    assertThat(off.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
  }
}
