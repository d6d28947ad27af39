/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.rules.mentor.MentorRules.MEN_1;
import static dk.dfdgrules.rules.mentor.MentorRules.MEN_2;
import static dk.dfdgrules.rules.mentor.MentorRules.MEN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentorRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate IN_FORCE = Sources.DFDG_RELEASE;

  static MentorFacts facts(
      Integer group,
      Boolean inCourse,
      List<MentorIntervention> mentors,
      List<ContactPerson> contacts) {
    return new MentorFacts(
        Optional.ofNullable(group), Optional.ofNullable(inCourse), mentors, contacts);
  }

  static MentorIntervention mentor(int type) {
    return MentorIntervention.of(type, DatePeriod.parse("2022-03-10/.."));
  }

  static ContactPerson jobBrokerContact(String period) {
    return ContactPerson.of(3, DatePeriod.parse(period));
  }

  /** A citizen in a contact group with a personal job broker as contact person since 2022. */
  static MentorFacts withAJobBroker(int group, Boolean inCourse) {
    return facts(group, inCourse, List.of(), List.of(jobBrokerContact("2022-01-01/..")));
  }

  @Test
  void MEN1_type6ForACitizenInAResourceCourseIsAccepted() {
    Answer<MentorResult> r =
        MentorRules.validate(facts(11, null, List.of(mentor(6)), List.of()), AT);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(r.decision().decidedBy()).isEmpty();
    assertThat(r.violations()).isEmpty();
    assertThat(Messages.english(r.result(MEN_1).orElseThrow().explanation().orElseThrow()))
        .contains("§ 113 a");
  }

  @Test
  void MEN1_theDayBeforeTheReleaseType6DoesNotExist() {
    Answer<MentorResult> r =
        MentorRules.validate(
            facts(11, null, List.of(mentor(1), mentor(6)), List.of()), IN_FORCE.minusDays(1));
    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(r.decision().decidedBy()).contains(MEN_1.id());
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ruleId()).isEqualTo(MEN_1.id());
              assertThat(e.path()).isEqualTo("mentorInterventions[1].mentorType");
              assertThat(e.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.5");
            });
    assertThat(r.decision().myPlanEffects()).isEmpty();
  }

  @Test
  void MEN1_theDayOfTheReleaseType6IsValid() {
    assertThat(
            MentorRules.validate(facts(11, null, List.of(mentor(6)), List.of()), IN_FORCE)
                .outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  @ParameterizedTest(name = "group {0}")
  @CsvSource({"1", "2", "12", "14"})
  void MEN2_type6InAnyOtherGroupGivesNoWarning(int group) {
    Answer<MentorResult> r =
        MentorRules.validate(facts(group, false, List.of(mentor(6)), List.of()), AT);
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void MEN2_aJobBrokerAsContactPersonInGroup11IsAWarningNotAnError() {
    Answer<MentorResult> r = MentorRules.validate(withAJobBroker(11, null), AT);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.ruleId()).isEqualTo(MEN_2.id());
              assertThat(w.path()).isEqualTo("contactPersons[0].type");
              assertThat(w.text(Messages.DANISH)).contains("mentortype 6", "§ 113 a");
              assertThat(w.text(Messages.ENGLISH))
                  .contains("should be registered as mentor type 6");
            });
  }

  @ParameterizedTest(name = "group {0}, in resource course {1}: warning {2}")
  @CsvSource({
    "11, ,      true",
    "14, true,  true",
    "14, false, false",
    "1,  ,      false",
    "2,  true,  false",
  })
  void MEN2_whichGroupsAreWarned(int group, Boolean inCourse, boolean warned) {
    Answer<MentorResult> r = MentorRules.validate(withAJobBroker(group, inCourse), AT);
    assertThat(r.warnings().isEmpty()).isEqualTo(!warned);
  }

  @Test
  void MEN2_group14WithoutKnowingTheResourceCourseIsUndetermined() {
    Answer<MentorResult> r = MentorRules.validate(withAJobBroker(14, null), AT);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
    assertThat(r.decision().decidedBy()).contains(MEN_2.id());
    assertThat(r.missingFacts()).containsExactly("inResourceCourse");
  }

  @Test
  void MEN2_aJobBrokerContactThatEndedBeforeTheDateIsNotWarned() {
    assertThat(
            MentorRules.validate(
                    facts(11, null, List.of(), List.of(jobBrokerContact("2021-01-01/2022-03-09"))),
                    AT)
                .warnings())
        .isEmpty();
    assertThat(
            MentorRules.validate(
                    facts(11, null, List.of(), List.of(jobBrokerContact("2021-01-01/2022-03-10"))),
                    AT)
                .warnings())
        .hasSize(1);
  }

  @Test
  void MEN2_isNotInForceTheDayBeforeTheRelease() {
    Answer<MentorResult> r =
        MentorRules.validate(
            facts(11, null, List.of(), List.of(jobBrokerContact("2021-01-01/.."))),
            IN_FORCE.minusDays(1));
    assertThat(r.result(MEN_2).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void MEN3_type6CreatesANewMyPlanVersionWithoutContactDetails() {
    Answer<MentorResult> r =
        MentorRules.validate(facts(11, null, List.of(mentor(1), mentor(6)), List.of()), AT);
    assertThat(r.decision().myPlanEffects())
        .containsExactly(new MyPlanEffect(1, true, true, false));
    assertThat(r.derivedValues()).allSatisfy(d -> assertThat(d.decidedBy()).isEqualTo(MEN_3.id()));
    assertThat(r.derivedValues())
        .extracting(d -> d.path() + "=" + d.value().orElseThrow())
        .containsExactly(
            "mentorInterventions[1].newMyPlanVersion=true",
            "mentorInterventions[1].shownInMyPlan=true",
            "mentorInterventions[1].contactShownUnderContactYourMentor=false");
  }

  @Test
  void switchingOffMen1AcceptsType6BeforeTheRelease() {
    MentorFacts f = facts(11, null, List.of(mentor(6)), List.of());
    EvaluationContext before = EvaluationContext.on(Sources.DFDG_RELEASE.minusDays(1));
    assertThat(MentorRules.validate(f, before).decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    Answer<MentorResult> off = MentorRules.validate(f, before.switchOff(MEN_1.id()));
    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.decision().decidedBy()).isEmpty();
    assertThat(off.errors()).isEmpty();
  }

  @Test
  void switchingOffMen2DecidesGroup14WithoutKnowingTheResourceCourse() {
    MentorFacts f = withAJobBroker(14, null);
    assertThat(MentorRules.validate(f, AT).decision().kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
    Answer<MentorResult> off =
        MentorRules.validate(f, EvaluationContext.on(AT).switchOff(MEN_2.id()));
    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.missingFacts()).isEmpty();
  }

  @Test
  void switchingOffMen3LeavesTheEffectsInMinPlanOut() {
    MentorFacts f = facts(11, null, List.of(mentor(6)), List.of());
    assertThat(MentorRules.validate(f, AT).decision().myPlanEffects()).hasSize(1);
    Answer<MentorResult> off =
        MentorRules.validate(f, EvaluationContext.on(AT).switchOff(MEN_3.id()));
    assertThat(off.decision().myPlanEffects()).isEmpty();
    assertThat(off.derivedValues()).isEmpty();
    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
  }

  @Test
  void eachRuleRunsOncePerEvaluation() {
    Answer<MentorResult> r =
        MentorRules.validate(facts(11, null, List.of(mentor(6)), List.of()), AT);
    assertThat(r.results())
        .extracting(x -> x.ruleId().value())
        .containsExactly("MEN-1", "MEN-2", "MEN-3");
    assertThat(MentorRules.AREA.ruleIds()).containsExactly(MEN_1.id(), MEN_2.id(), MEN_3.id());
  }

  @Test
  void aContactPersonsNameNeverReachesAMessageOrTheResult() {
    ContactPerson named =
        ContactPerson.builder()
            .type(3)
            .period(DatePeriod.parse("2022-01-01/.."))
            .name("Karl Kontaktsen")
            .build();
    Answer<MentorResult> r =
        MentorRules.validate(facts(11, null, List.of(mentor(6)), List.of(named)), AT);
    assertThat(r.toString()).doesNotContain("Karl");
    assertThat(r.violations())
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.text(Messages.DANISH)).doesNotContain("Karl");
              assertThat(v.text(Messages.ENGLISH)).doesNotContain("Karl");
            });
  }
}
