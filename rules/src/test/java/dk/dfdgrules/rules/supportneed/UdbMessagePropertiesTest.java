/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.codelists.SupportNeed.ACADEMIC;
import static dk.dfdgrules.codelists.SupportNeed.CONTACT_JOBCENTRE;
import static dk.dfdgrules.codelists.SupportNeed.DOCUMENTED;
import static dk.dfdgrules.codelists.SupportNeed.NONE_ASSESSED;
import static dk.dfdgrules.codelists.SupportNeed.OTHER_SUPPORT_PERSONS;
import static dk.dfdgrules.codelists.SupportNeed.SOCIAL_PERSONAL_OR_HEALTH;
import static dk.dfdgrules.rules.supportneed.UdbMessagesTest.onAdmission;
import static dk.dfdgrules.rules.supportneed.UdbMessagesTest.onSupportNeedsChanged;
import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.activities;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.mentorTypes;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.periods;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.steps;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Sets;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.CourseCategories;
import dk.dfdgrules.codelists.MentorType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.Activity;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The laws of what DFDG sends to UDB, UDB-1 … UDB-5 (DFDG-RN-2021-12-06 §3.2), as generated
 * properties against {@link UdbMessages}. Plans have any needs at any step — also needs that break
 * SN-1, SN-2 or SN-4: the content rules do not assume a valid plan.
 */
class UdbMessagePropertiesTest {

  /** The flow to UDB starts on 1 January 2022 (spec §3.2 OBS) — the spec's date, not the rules'. */
  static final LocalDate UDB_FLOW = LocalDate.of(2022, 1, 1);

  static final Set<SupportNeed> NEEDS_1_2_3 =
      EnumSet.of(NONE_ASSESSED, ACADEMIC, SOCIAL_PERSONAL_OR_HEALTH);
  static final Set<SupportNeed> NEEDS_4_5_6 =
      EnumSet.of(DOCUMENTED, OTHER_SUPPORT_PERSONS, CONTACT_JOBCENTRE);

  /** A plan admitted on a day, with the activities and mentor interventions DFDG knows. */
  record Admission(
      EducationPlan plan,
      List<Activity> activities,
      List<MentorIntervention> mentors,
      LocalDate day) {
    UdbFacts facts() {
      return UdbFacts.of(activities, mentors);
    }

    boolean readingTestCompleted() {
      return activities.stream()
          .anyMatch(
              a ->
                  a.getCourseCategory().orElse(0)
                          == CourseCategories.READING_WRITING_ARITHMETIC_TEST
                      && a.getStatus() == ActivityStatus.COMPLETED);
    }

    /** UDB-4's default: an individual mentor (mentor type 1) now or later. */
    boolean currentOrFutureMentor() {
      return mentors.stream()
          .anyMatch(
              m ->
                  m.getMentorType() == MentorType.MENTOR_INDIVIDUAL.id()
                      && m.getPeriod().end().map(e -> !e.isBefore(day)).orElse(true));
    }

    @Override
    public String toString() {
      return "step "
          + plan.getStep().id()
          + ", needs "
          + plan.getSupportNeeds().stream().map(SupportNeed::id).toList()
          + ", reading test "
          + readingTestCompleted()
          + ", mentor "
          + currentOrFutureMentor()
          + ", on "
          + day
          + ", activities "
          + activities
          + ", mentors "
          + mentors;
    }
  }

  /** Plans at any step with any needs (valid or not). */
  static Gen<EducationPlan> anyPlans() {
    return Gens.zip(
        steps(),
        Gens.subsets(List.of(SupportNeed.values())),
        (step, needs) -> EducationPlan.builder().step(step).addAllSupportNeeds(needs).build());
  }

  /** A reading, writing and arithmetic test (course category 37), in any status. */
  static Gen<Activity> readingTests() {
    return Gens.zip(
        values(ActivityStatus.class),
        periods(),
        (status, period) ->
            Activity.builder()
                .status(status)
                .period(period)
                .courseCategory(CourseCategories.READING_WRITING_ARITHMETIC_TEST)
                .build());
  }

  /** Mentor interventions near a day; a third are of UDB-4's mentor type 1. */
  static Gen<MentorIntervention> mentorsAround(LocalDate day) {
    return Gens.zip(
        Gens.frequency(
            Gens.weighted(1, Gens.constant(MentorType.MENTOR_INDIVIDUAL)),
            Gens.weighted(2, mentorTypes())),
        periods().around(day),
        (type, period) -> MentorIntervention.of(type.id(), period));
  }

  static Gen<Admission> admissions(Gen<LocalDate> days) {
    return days.flatMap(
        day ->
            Gens.zip(
                anyPlans(),
                Gens.oneOf(readingTests(), activities()).list(0, 3),
                mentorsAround(day).list(0, 2),
                (plan, acts, mentors) -> new Admission(plan, acts, mentors, day)));
  }

  /** What the spec says is sent: UDB-1/UDB-2 by step, UDB-3 along with them. */
  static Set<SupportNeed> specSent(EducationPlan plan) {
    Set<SupportNeed> core =
        Sets.intersection(
            plan.getSupportNeeds(),
            isStep1Or2(plan.getStep())
                ? EnumSet.of(ACADEMIC, SOCIAL_PERSONAL_OR_HEALTH)
                : NEEDS_1_2_3);
    if (core.isEmpty()) {
      return Set.of();
    }
    return Sets.union(core, Sets.intersection(plan.getSupportNeeds(), NEEDS_4_5_6));
  }

  static boolean isStep1Or2(Step step) {
    return step == Step.STEP_1 || step == Step.STEP_2;
  }

  static void label(Admission a) {
    Set<SupportNeed> n = a.plan().getSupportNeeds();
    Statistics.cover(27, isStep1Or2(a.plan().getStep()), "steps 1-2");
    Statistics.cover(21, !isStep1Or2(a.plan().getStep()), "steps 3-4");
    Statistics.cover(
        9, isStep1Or2(a.plan().getStep()) && n.contains(NONE_ASSESSED), "need 1 at steps 1-2");
    Statistics.cover(
        9,
        !Sets.intersection(n, NEEDS_4_5_6).isEmpty() && specSent(a.plan()).isEmpty(),
        "needs 4-6 alone");
    Statistics.cover(2, a.readingTestCompleted(), "a completed reading test");
    Statistics.cover(10, a.currentOrFutureMentor(), "a current or future mentor");
  }

  Gen<Admission> admissionsFrom2022() {
    return admissions(dates(UDB_FLOW, LAST_DAY));
  }

  @Property
  void needOneIsNeverSentAtSteps1Or2(@ForAll("admissionsFrom2022") Admission a) {
    label(a);
    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());
    if (isStep1Or2(a.plan().getStep())) {
      d.decision()
          .message()
          .ifPresent(m -> assertThat(m.supportNeeds()).doesNotContain(NONE_ASSESSED));
    }
  }

  @Property
  void atSteps3Or4EveryNeed1To3GivenIsSent(@ForAll("admissionsFrom2022") Admission a) {
    label(a);
    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());
    Set<SupportNeed> given = Sets.intersection(a.plan().getSupportNeeds(), NEEDS_1_2_3);
    if (!isStep1Or2(a.plan().getStep()) && !given.isEmpty()) {
      assertThat(d.decision().message()).isPresent();
      assertThat(d.decision().message().get().supportNeeds()).containsAll(given);
    }
  }

  @Property
  void needs4To6AreSentOnlyAlongWithANeed1To3AndThenAllOfThem(
      @ForAll("admissionsFrom2022") Admission a) {
    label(a);
    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());
    Set<SupportNeed> sent = d.decision().message().map(UdbMessage::supportNeeds).orElse(Set.of());
    if (!Sets.intersection(sent, NEEDS_4_5_6).isEmpty()) {
      assertThat(Sets.intersection(sent, NEEDS_1_2_3)).isNotEmpty();
    }
    if (!Sets.intersection(sent, NEEDS_1_2_3).isEmpty()) {
      assertThat(sent).containsAll(Sets.intersection(a.plan().getSupportNeeds(), NEEDS_4_5_6));
    }
  }

  @Property
  void theMessageIsExactlyWhatTheSpecSends(@ForAll("admissionsFrom2022") Admission a) {
    label(a);
    Set<SupportNeed> needs = specSent(a.plan());
    boolean anything = !needs.isEmpty() || a.readingTestCompleted() || a.currentOrFutureMentor();
    Statistics.cover(10, !anything, "nothing to send");
    Statistics.cover(3, needs.isEmpty() && anything, "only the test or the mentor (UDB-4)");

    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());

    assertThat(d.decision().isNothingToSend()).isEqualTo(!anything);
    if (anything) {
      UdbMessage m = d.decision().message().orElseThrow();
      assertThat(m.supportNeeds()).isEqualTo(needs);
      assertThat(m.readingTestCompleted()).isEqualTo(a.readingTestCompleted());
      assertThat(m.mentor()).isEqualTo(a.currentOrFutureMentor());
      assertThat(m.step()).isEqualTo(a.plan().getStep());
    }
  }

  /** An admission and the later day on which the needs changed. */
  record Update(Admission admission, LocalDate admittedOn) {}

  Gen<Update> updates() {
    return admissions(dates(UDB_FLOW, LAST_DAY))
        .flatMap(
            a -> dates(a.day().minusDays(400), a.day().plusDays(30)).map(on -> new Update(a, on)));
  }

  @Property
  void aChangeOfNeedsAfterAdmissionIsSentByTheSameContentRules(@ForAll("updates") Update u) {
    Admission a = u.admission();
    boolean admitted = !u.admittedOn().isAfter(a.day());
    Statistics.cover(45, admitted, "admitted on or before the change");
    Statistics.cover(4, !admitted, "not admitted yet");

    Answer<UdbDecision> update =
        onSupportNeedsChanged(a.plan(), a.facts(), u.admittedOn(), a.day());

    if (admitted) {
      assertThat(update.decision().message())
          .isEqualTo(onAdmission(a.plan(), a.facts(), a.day()).decision().message());
    } else {
      assertThat(update.decision().isNothingToSend()).isTrue();
      assertThat(update.decision().decidedBy().orElseThrow().value()).isEqualTo("UDB-5");
    }
  }

  Gen<Admission> admissionsBefore2022() {
    return admissions(dates(FIRST_DAY, UDB_FLOW.minusDays(1)));
  }

  @Property
  void nothingIsSentToUdbBefore1January2022(@ForAll("admissionsBefore2022") Admission a) {
    Statistics.cover(30, !specSent(a.plan()).isEmpty(), "needs that would be sent later");
    Statistics.cover(1, a.day().equals(UDB_FLOW.minusDays(1)), "31 December 2021");

    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());

    assertThat(d.decision().isNothingToSend()).isTrue();
    assertThat(d).isNotInForce().hasNoViolations();
  }

  @Property(tries = 30)
  void everyMessageOfTheDecisionHasDanishAndEnglishText(@ForAll("admissionsFrom2022") Admission a) {
    Answer<UdbDecision> d = onAdmission(a.plan(), a.facts(), a.day());
    assertThat(d).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
    assertThat(Messages.danish(d.decision().reason().orElseThrow()))
        .isNotBlank()
        .doesNotContainPattern("\\{[A-Za-z]+}");
    assertThat(Messages.english(d.decision().reason().orElseThrow()))
        .isNotBlank()
        .doesNotContainPattern("\\{[A-Za-z]+}");
  }
}
