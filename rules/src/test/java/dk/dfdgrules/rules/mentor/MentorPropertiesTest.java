/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.mentor;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactGroupIds;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactPersons;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.mentorTypes;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.periods;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The laws of mentor type 6 'Personlig jobformidler', MEN-1 … MEN-3 (DFDG-RN-2021-12-06 §3.5), as
 * generated properties against {@link MentorRules}. The target groups are read from the spec:
 * contact group 11, and 14 when in a resource course.
 */
class MentorPropertiesTest {

  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);
  static final int PERSONAL_JOB_BROKER_MENTOR_TYPE = 6;
  static final int PERSONAL_JOB_BROKER_CONTACT_TYPE = 3;

  record Case(MentorFacts facts, LocalDate day) {
    /** The indices of the contact persons that are personal job brokers now or later. */
    List<Integer> brokersAsContactPersons() {
      List<ContactPerson> ps = facts.contactPersons();
      return IntStream.range(0, ps.size())
          .filter(i -> ps.get(i).getType() == PERSONAL_JOB_BROKER_CONTACT_TYPE)
          .filter(i -> ps.get(i).getPeriod().end().map(e -> !e.isBefore(day)).orElse(true))
          .boxed()
          .toList();
    }

    /** MEN-1's target group; empty when group 14 is given without whether in a resource course. */
    Optional<Boolean> inTargetGroup() {
      int group = facts.contactGroup().orElseThrow();
      if (group == 11) {
        return Optional.of(true);
      }
      return group == 14 ? facts.inResourceCourse() : Optional.of(false);
    }
  }

  static Gen<Case> casesOn(Gen<LocalDate> days) {
    return days.flatMap(
        day ->
            Gens.zip(
                Gens.frequency(
                    Gens.weighted(1, Gens.elements(11, 14)), Gens.weighted(1, contactGroupIds())),
                Gens.frequency(
                    Gens.weighted(3, Gens.booleans().map(Optional::of)),
                    Gens.weighted(1, Gens.constant(Optional.<Boolean>empty()))),
                Gens.zip(
                        Gens.frequency(
                            Gens.weighted(1, Gens.constant(PERSONAL_JOB_BROKER_MENTOR_TYPE)),
                            Gens.weighted(2, mentorTypes().map(t -> t.id()))),
                        periods().around(day),
                        MentorIntervention::of)
                    .list(0, 3),
                contactPersons()
                    .ofTypes(
                        PERSONAL_JOB_BROKER_CONTACT_TYPE, PERSONAL_JOB_BROKER_CONTACT_TYPE, 1, 15)
                    .around(day)
                    .list(0, 3),
                (group, course, mentors, persons) ->
                    new Case(new MentorFacts(Optional.of(group), course, mentors, persons), day)));
  }

  Gen<Case> casesFromTheRelease() {
    return casesOn(dates(RELEASE, LAST_DAY));
  }

  @Property
  void men2APersonalJobBrokerAsContactPersonWarnsExactlyInTheTargetGroups(
      @ForAll("casesFromTheRelease") Case c) {
    List<Integer> brokers = c.brokersAsContactPersons();
    Statistics.cover(
        9, !brokers.isEmpty() && c.inTargetGroup().orElse(false), "a broker in a target group");
    Statistics.cover(
        9, !brokers.isEmpty() && !c.inTargetGroup().orElse(true), "a broker in another group");
    Statistics.cover(
        1, !brokers.isEmpty() && c.inTargetGroup().isEmpty(), "group 14, resource course unknown");
    Statistics.cover(10, brokers.isEmpty(), "no broker as contact person");

    Answer<MentorResult> r = MentorRules.validate(c.facts(), c.day());

    assertThat(r.errors()).isEmpty();
    List<String> warned =
        r.warnings().stream()
            .filter(w -> w.ruleId().equals(RuleId.of("MEN-2")))
            .map(Violation::path)
            .toList();
    if (!brokers.isEmpty() && c.inTargetGroup().isEmpty()) {
      assertThat(r).isUndetermined().missing("inResourceCourse");
    } else if (!brokers.isEmpty() && c.inTargetGroup().get()) {
      assertThat(warned)
          .containsExactlyElementsOf(
              brokers.stream().map(i -> "contactPersons[" + i + "].type").toList());
    } else {
      assertThat(warned).isEmpty();
    }
  }

  @Property
  void men3EveryType6InterventionMakesANewMyPlanVersionShownWithoutContactDetails(
      @ForAll("casesFromTheRelease") Case c) {
    List<MentorIntervention> mentors = c.facts().mentorInterventions();
    List<Integer> type6 =
        IntStream.range(0, mentors.size())
            .filter(i -> mentors.get(i).getMentorType() == PERSONAL_JOB_BROKER_MENTOR_TYPE)
            .boxed()
            .toList();
    Statistics.cover(19, !type6.isEmpty(), "a type-6 intervention");
    Statistics.cover(18, type6.size() < mentors.size(), "an intervention of another type");

    Answer<MentorResult> r = MentorRules.validate(c.facts(), c.day());

    assertThat(r.decision().myPlanEffects())
        .extracting(MyPlanEffect::index)
        .containsExactlyElementsOf(type6);
    assertThat(r.decision().myPlanEffects())
        .allSatisfy(
            e -> {
              assertThat(e.newMyPlanVersion()).isTrue();
              assertThat(e.shownInMyPlan()).isTrue();
              assertThat(e.contactShownUnderContactYourMentor()).isFalse();
            });
  }

  Gen<Case> casesBeforeTheRelease() {
    return casesOn(dates(FIRST_DAY, RELEASE.minusDays(1)));
  }

  @Property
  void men1MentorType6IsRejectedBefore6December2021AndOnlyIt(
      @ForAll("casesBeforeTheRelease") Case c) {
    long type6 =
        c.facts().mentorInterventions().stream()
            .filter(m -> m.getMentorType() == PERSONAL_JOB_BROKER_MENTOR_TYPE)
            .count();
    Statistics.cover(19, type6 > 0, "a type-6 intervention");

    Answer<MentorResult> r = MentorRules.validate(c.facts(), c.day());

    assertThat(r.errors()).hasSize((int) type6);
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.ruleId()).isEqualTo(RuleId.of("MEN-1")));
    assertThat(r.decision().myPlanEffects()).isEmpty();
    assertThat(r.decision().kind())
        .isEqualTo(type6 > 0 ? Verdict.Kind.REJECTED : Verdict.Kind.ACCEPTED);
  }

  @Property(tries = 30)
  void everyMessageHasDanishAndEnglishText(@ForAll("casesFromTheRelease") Case c) {
    assertThat(MentorRules.validate(c.facts(), c.day()))
        .hasMessagesInDanishAndEnglish()
        .revealsNoPersonalData();
  }
}
