/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.rules.supportneed.SupportNeedRulesTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ContactKind;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.rules.supportneed.LetterDecision.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LetterRulesTest {

  static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  static PlanPublication published(EducationPlan plan) {
    return PlanPublication.of(plan, Set.of(Type1Change.STEP));
  }

  @Test
  void LET4_appendixExample_stepFourWithNeedTwoGivesExactlyTwoLines() {
    Answer<LetterDecision> d = LetterRules.decide(published(plan(4, 2)), DAY);

    assertThat(d.decision().kind()).isEqualTo(Kind.LETTER);
    EducationLetter letter = d.decision().letter().orElseThrow();
    assertThat(letter.lines())
        .containsExactly(LetterLine.ORDER_TO_START, LetterLine.ACADEMIC_NEEDS);
    assertThat(letter.lineTexts(Messages.DANISH))
        .containsExactly(
            "At jobcentret har pålagt dig at starte på den konkrete uddannelse.",
            "At jobcentret har vurderet, at du har behov for hjælp til faglige støttebehov, fx"
                + " læse/skrive/regne, som din uddannelsesinstitution skal vide.");
    assertThat(letter.orderToStart()).isTrue();
  }

  @Test
  void LET4_theDanishLinesAreTheTemplatesWordForWord() {
    assertThat(Messages.danish(LetterLine.NO_SUPPORT_NEEDS.message()))
        .isEqualTo(
            "At jobcentret har vurderet, at du ikke har nogle umiddelbare behov for yderligere"
                + " støtte i uddannelsen.");
    assertThat(Messages.danish(LetterLine.SOCIAL_PERSONAL_OR_HEALTH_NEEDS.message()))
        .isEqualTo(
            "At jobcentret har vurderet, at du har sociale, personlige eller helbredsrelaterede"
                + " støttebehov, som din uddannelsesinstitution skal være opmærksom på.");
    assertThat(Messages.danish(LetterLine.SUPPORT_PERSON.message()))
        .isEqualTo("At du allerede har tilknyttet en støtteperson.");
  }

  @Test
  void LET4_linesComeInTheTemplatesOrder() {
    assertThat(LetterRules.lines(plan(4, 1, 2, 3, 5)))
        .containsExactly(
            LetterLine.ORDER_TO_START,
            LetterLine.NO_SUPPORT_NEEDS,
            LetterLine.SOCIAL_PERSONAL_OR_HEALTH_NEEDS,
            LetterLine.ACADEMIC_NEEDS,
            LetterLine.SUPPORT_PERSON);
  }

  @Test
  void interpretation_theNeedOneLineOnlyAtStepsThreeAndFour() {
    assertThat(LetterRules.lines(plan(2, 1, 5))).containsExactly(LetterLine.SUPPORT_PERSON);
    assertThat(LetterRules.lines(plan(3, 1, 5)))
        .containsExactly(LetterLine.NO_SUPPORT_NEEDS, LetterLine.SUPPORT_PERSON);
  }

  @Test
  void LET1_needTwoThreeOrFiveGivesALetterAtAnyStep() {
    for (int need : new int[] {2, 3, 5}) {
      for (int step = 1; step <= 4; step++) {
        Answer<LetterDecision> d = LetterRules.decide(published(plan(step, need)), DAY);
        assertThat(d.decision().kind()).as("need %s step %s", need, step).isEqualTo(Kind.LETTER);
        assertThat(d.decision().decidedBy()).contains(RuleId.of("LET-1"));
      }
    }
  }

  @Test
  void LET2_needOneGivesALetterOnlyAtStepsThreeAndFour() {
    assertThat(LetterRules.decide(published(plan(3, 1)), DAY).decision().decidedBy())
        .contains(RuleId.of("LET-2"));
    assertThat(LetterRules.decide(published(plan(4, 1)), DAY).decision().kind())
        .isEqualTo(Kind.LETTER);
    Answer<LetterDecision> early = LetterRules.decide(published(plan(2, 1)), DAY);
    assertThat(early.decision().kind()).isEqualTo(Kind.NO_LETTER);
    assertThat(early.decision().decidedBy()).contains(RuleId.of("LET-2"));
    assertThat(Messages.english(early.decision().reason().orElseThrow()))
        .contains("only at step 3 or 4");
  }

  @Test
  void LET3_theOrderToStartOnlyAtStepFour() {
    assertThat(
            LetterRules.decide(published(plan(4, 3)), DAY)
                .decision()
                .letter()
                .orElseThrow()
                .orderToStart())
        .isTrue();
    assertThat(
            LetterRules.decide(published(plan(3, 3)), DAY)
                .decision()
                .letter()
                .orElseThrow()
                .orderToStart())
        .isFalse();
  }

  @Test
  void LET5_asReleased_aChangeOfSupportNeedsAloneProducesNoLetter() {
    Answer<LetterDecision> d = LetterRules.decide(PlanPublication.of(plan(2, 2), Set.of()), DAY);
    assertThat(d.decision().kind()).isEqualTo(Kind.NO_LETTER);
    assertThat(d.decision().decidedBy()).contains(RuleId.of("LET-5"));
    assertThat(Messages.danish(d.decision().reason().orElseThrow())).contains("Kendt problem");
  }

  @Test
  void LET5_asReleased_withoutTheType1ChangesTheLetterIsUndetermined() {
    Answer<LetterDecision> d =
        LetterRules.decide(
            new PlanPublication(plan(2, 2), Optional.empty(), Optional.empty()), DAY);
    assertThat(d.decision().kind()).isEqualTo(Kind.UNDETERMINED);
    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.missingFacts()).containsExactly("type1Changes");
  }

  @Test
  void LET5_patched_isOffUnlessEnabled() {
    PlanPublication p = PlanPublication.of(plan(2, 2), Set.of());
    assertThat(LetterRules.decide(p, DAY).decision().kind()).isEqualTo(Kind.NO_LETTER);
    EvaluationContext enabled = EvaluationContext.on(DAY).enable("LET-5:patched", DAY);
    assertThat(LetterRules.decide(p, enabled).decision().kind()).isEqualTo(Kind.LETTER);
    assertThat(
            LetterRules.decide(p, enabled)
                .result(RuleId.of("LET-5"))
                .orElseThrow()
                .version()
                .orElseThrow()
                .label())
        .isEqualTo("patched");
  }

  @Test
  void LET5_patched_noNewLetterOnEveryType1ChangeWhenTheNeedsAreUnchanged() {
    EvaluationContext enabled = EvaluationContext.on(DAY).enable("LET-5:patched", DAY.minusDays(1));
    PlanPublication same =
        PlanPublication.of(plan(3, 2, 5), Set.of(Type1Change.GOAL))
            .withLastLetterSupportNeeds(
                Set.of(SupportNeed.ACADEMIC, SupportNeed.OTHER_SUPPORT_PERSONS));
    assertThat(LetterRules.decide(same, enabled).decision().kind()).isEqualTo(Kind.NO_LETTER);
    PlanPublication changed = same.withLastLetterSupportNeeds(Set.of(SupportNeed.ACADEMIC));
    assertThat(LetterRules.decide(changed, enabled).decision().kind()).isEqualTo(Kind.LETTER);
  }

  @Test
  void theDayBeforeTheReleaseThereIsNoLetter() {
    Answer<LetterDecision> before =
        LetterRules.decide(published(plan(4, 2)), Sources.DFDG_RELEASE.minusDays(1));
    assertThat(before.decision().kind()).isEqualTo(Kind.NO_LETTER);
    assertThat(before.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    Answer<LetterDecision> on = LetterRules.decide(published(plan(4, 2)), Sources.DFDG_RELEASE);
    assertThat(on.decision().kind()).isEqualTo(Kind.LETTER);
  }

  @Test
  void theLetterShowsTheJobcentreContactButItsToStringDoesNot() {
    JobcentreContact contact =
        JobcentreContact.builder()
            .name("Karl Kontaktsen")
            .email("kk123@gentofte.dk")
            .phone("91617181")
            .kind(ContactKind.PERSON)
            .build();
    EducationPlan p =
        EducationPlan.builder()
            .step(Step.STEP_4)
            .addSupportNeeds(SupportNeed.ACADEMIC)
            .jobcentreContact(contact)
            .build();
    Answer<LetterDecision> d = LetterRules.decide(published(p), DAY);

    assertThat(d.decision().letter().orElseThrow().jobcentreContact()).contains(contact);
    assertThat(d.toString()).doesNotContain("Karl").doesNotContain("kk123");
    assertThat(d.derivedValues().toString()).doesNotContain("Karl").doesNotContain("kk123");
  }

  static Stream<Arguments> everySetAtEveryStep() {
    List<Arguments> all = new ArrayList<>();
    for (int mask = 0; mask < 64; mask++) {
      int m = mask;
      Integer[] set =
          IntStream.rangeClosed(1, 6)
              .filter(i -> (m & (1 << (i - 1))) != 0)
              .boxed()
              .toArray(Integer[]::new);
      for (int step = 1; step <= 4; step++) {
        all.add(Arguments.of(step, set));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "step {0}, needs {1}")
  @MethodSource("everySetAtEveryStep")
  void aLetterIsDueExactlyWhenLet1OrLet2Holds(int step, Integer[] needs) {
    List<Integer> n = List.of(needs);
    boolean expected =
        n.contains(2) || n.contains(3) || n.contains(5) || (step >= 3 && n.contains(1));
    Answer<LetterDecision> d = LetterRules.decide(published(plan(step, needs)), DAY);
    assertThat(d.decision().kind() == Kind.LETTER).isEqualTo(expected);
    d.decision().letter().ifPresent(l -> assertThat(l.lines()).isNotEmpty());
  }
}
