/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Severity;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SupportNeedRulesTest {

  static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  static EducationPlan plan(int step, Integer... needs) {
    return EducationPlan.builder()
        .step(Step.of(step))
        .addAllSupportNeeds(Arrays.stream(needs).map(SupportNeed::of).toList())
        .build();
  }

  static Set<RuleId> errors(Answer<Verdict> r) {
    return r.errors().stream().map(Violation::ruleId).collect(Collectors.toSet());
  }

  static Set<RuleId> ids(String csv) {
    return csv.isBlank()
        ? Set.of()
        : Arrays.stream(csv.split(" ")).map(RuleId::of).collect(Collectors.toSet());
  }

  static Integer[] needs(String csv) {
    return csv.isBlank()
        ? new Integer[0]
        : Arrays.stream(csv.split(" ")).map(Integer::valueOf).toArray(Integer[]::new);
  }

  @Test
  void SN1_needOneWithTwoIsViolation() {
    Answer<Verdict> r = SupportNeedRules.validate(plan(2, 1, 2), DAY);

    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo(RuleId.of("SN-1"));
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("plan.supportNeeds");
              assertThat(v.message().arguments()).containsEntry("ids", "1, 2");
              assertThat(v.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §3.2");
              assertThat(v.text(Messages.DANISH)).contains("Støttebehov 1").contains("1, 2");
              assertThat(v.text(Messages.ENGLISH)).contains("Support need 1").contains("1, 2");
            });
  }

  @Test
  void SN1_needOneWithThreeAndFourIsViolationOfSn1Only() {
    assertThat(errors(SupportNeedRules.validate(plan(2, 1, 3, 4), DAY)))
        .containsExactly(RuleId.of("SN-1"));
  }

  @Test
  void SN2_needFourAloneIsViolation() {
    Answer<Verdict> r = SupportNeedRules.validate(plan(2, 4), DAY);
    assertThat(errors(r)).containsExactly(RuleId.of("SN-2"));
    assertThat(r.errors().get(0).message().arguments()).containsEntry("ids", "4");
  }

  @Test
  void SN2_needFourWithOneIsViolation() {
    assertThat(errors(SupportNeedRules.validate(plan(2, 1, 4), DAY)))
        .containsExactly(RuleId.of("SN-2"));
  }

  @Test
  void SN3_needsFiveAndSixAloneAreValidAtStepsOneToThree() {
    for (int step = 1; step <= 3; step++) {
      Answer<Verdict> r = SupportNeedRules.validate(plan(step, 5, 6), DAY);
      assertThat(r.violations()).as("step %s", step).isEmpty();
      assertThat(r.result(RuleId.of("SN-3")).orElseThrow().explanation().orElseThrow().key())
          .isEqualTo("SN-3.alone");
    }
  }

  @Test
  void SN4_stepFourWithNeedFourAloneBreaksSn2AndSn4AtOnce() {
    Answer<Verdict> r = SupportNeedRules.validate(plan(4, 4), DAY);
    assertThat(errors(r)).containsExactlyInAnyOrder(RuleId.of("SN-2"), RuleId.of("SN-4"));
  }

  @Test
  void SN4_stepFourWithoutNeedsIsViolation() {
    assertThat(errors(SupportNeedRules.validate(plan(4), DAY))).containsExactly(RuleId.of("SN-4"));
  }

  @Test
  void SN4_stepFourWithFiveAndSixIsViolation() {
    assertThat(errors(SupportNeedRules.validate(plan(4, 5, 6), DAY)))
        .containsExactly(RuleId.of("SN-4"));
  }

  /** The spec's examples (step 2 unless stated), as one table. */
  @ParameterizedTest(name = "step {0}, needs [{1}] -> errors [{2}]")
  @CsvSource({
    "2, 1, ''",
    "2, 2 4, ''",
    "2, 1 2, SN-1",
    "2, 4, SN-2",
    "2, 1 4, SN-2",
    "2, 1 3 4, SN-1",
    "4, 4, SN-2 SN-4",
    "1, 5 6, ''",
    "2, 5 6, ''",
    "3, 5 6, ''",
    "4, 5 6, SN-4",
    "4, '', SN-4",
    "2, 1 5 6, ''",
  })
  void SN_workedExamplesOfTheSpec(int step, String needs, String expectedErrors) {
    assertThat(errors(SupportNeedRules.validate(plan(step, needs(needs)), DAY)))
        .isEqualTo(ids(expectedErrors));
  }

  @Test
  void SN5_theModelHasNoFreeTextForSupportNeeds() {
    for (Method m : EducationPlan.class.getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && !m.getName().equals("toString")) {
        assertThat(mentionsString(m.getGenericReturnType()))
            .as("EducationPlan.%s must not hold text", m.getName())
            .isFalse();
      }
    }
    for (RecordComponent c : SupportNeedFacts.class.getRecordComponents()) {
      assertThat(mentionsString(c.getGenericType())).as(c.getName()).isFalse();
    }
    assertThat(SupportNeed.class.isEnum()).isTrue();
    assertThat(
            SupportNeedRules.validate(plan(2, 2), DAY)
                .result(RuleId.of("SN-5"))
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  private static boolean mentionsString(Type t) {
    if (t == String.class || t == CharSequence.class) {
      return true;
    }
    return t instanceof ParameterizedType p
        && Arrays.stream(p.getActualTypeArguments()).anyMatch(SupportNeedRulesTest::mentionsString);
  }

  @Test
  void SN6_needFourFirstRegisteredAtStepFourIsAWarningNotAnError() {
    Answer<Verdict> r = SupportNeedRules.validate(plan(4, 2, 4), DAY);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.ruleId()).isEqualTo(RuleId.of("SN-6"));
              assertThat(w.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void SN6_needFourAlreadyRegisteredBeforeGivesNoWarning() {
    Answer<Verdict> r =
        SupportNeedRules.validate(
            plan(4, 2, 4), Set.of(SupportNeed.ACADEMIC, SupportNeed.DOCUMENTED), DAY);
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void SN6_needFourAtStepThreeGivesNoWarning() {
    assertThat(SupportNeedRules.validate(plan(3, 2, 4), DAY).violations()).isEmpty();
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    // {1, 4} at step 4 with need 4 new: SN-2 (4 without 2/3) and the SN-6 warning
    Answer<Verdict> r = SupportNeedRules.validate(plan(4, 1, 4), DAY);
    assertThat(r.violatedRuleIds()).containsExactly(RuleId.of("SN-2"), RuleId.of("SN-6"));
    assertThat(r.results()).hasSize(6);
  }

  @Nested
  class InForce {
    @Test
    void theDayBeforeTheReleaseNoRuleIsInForce() {
      Answer<Verdict> r =
          SupportNeedRules.validate(plan(4, 1, 2, 4), Sources.DFDG_RELEASE.minusDays(1));
      assertThat(r.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(r.violations()).isEmpty();
    }

    @Test
    void theDayOfTheReleaseTheRulesApply() {
      Answer<Verdict> r = SupportNeedRules.validate(plan(4, 1, 2), Sources.DFDG_RELEASE);
      assertThat(errors(r)).containsExactly(RuleId.of("SN-1"));
      assertThat(r.results())
          .allSatisfy(x -> assertThat(x.version().orElseThrow().label()).isEqualTo("2021-12-06"));
    }

    @Test
    void interpretation_theDatesAreNamedConstants() {
      assertThat(Sources.DFDG_RELEASE).isEqualTo(LocalDate.of(2021, 12, 6));
      assertThat(Sources.UDB_SUPPORT_NEEDS_FLOW).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aSwitchedOffRuleIsNotEvaluated() {
      Answer<Verdict> r =
          SupportNeedRules.validate(
              SupportNeedFacts.of(plan(2, 1, 2)),
              EvaluationContext.on(DAY).switchOff(RuleId.of("SN-1")));
      assertThat(r.violations()).isEmpty();
    }
  }

  /**
   * Laws over every set of needs at every step (64 × 4 cases). The order-independence of the ids is
   * a generated property in {@link SupportNeedPropertiesTest}.
   */
  @Nested
  class Laws {

    static Stream<Arguments> everySetAtEveryStep() {
      List<Arguments> all = new ArrayList<>();
      for (int mask = 0; mask < 64; mask++) {
        int m = mask;
        List<Integer> set =
            IntStream.rangeClosed(1, 6).filter(i -> (m & (1 << (i - 1))) != 0).boxed().toList();
        for (int step = 1; step <= 4; step++) {
          all.add(Arguments.of(step, set));
        }
      }
      return all.stream();
    }

    @ParameterizedTest(name = "step {0}, needs {1}")
    @MethodSource("everySetAtEveryStep")
    void needsFiveAndSixNeverAddAnError(int step, List<Integer> needs) {
      Set<SupportNeed> without = EnumSet.noneOf(SupportNeed.class);
      needs.stream().filter(n -> n <= 4).map(SupportNeed::of).forEach(without::add);
      EducationPlan bare =
          EducationPlan.builder().step(Step.of(step)).addAllSupportNeeds(without).build();
      assertThat(errors(SupportNeedRules.validate(plan(step, needs.toArray(Integer[]::new)), DAY)))
          .isEqualTo(errors(SupportNeedRules.validate(bare, DAY)));
    }

    @ParameterizedTest(name = "step {0}, needs {1}")
    @MethodSource("everySetAtEveryStep")
    void theErrorsAreExactlyThoseOfAnIndependentReading(int step, List<Integer> needs) {
      boolean has1 = needs.contains(1);
      boolean has23 = needs.contains(2) || needs.contains(3);
      Set<RuleId> expected = new java.util.HashSet<>();
      if (has1 && has23) {
        expected.add(RuleId.of("SN-1"));
      }
      if (needs.contains(4) && !has23) {
        expected.add(RuleId.of("SN-2"));
      }
      if (step == 4 && !has1 && !has23) {
        expected.add(RuleId.of("SN-4"));
      }
      assertThat(errors(SupportNeedRules.validate(plan(step, needs.toArray(Integer[]::new)), DAY)))
          .isEqualTo(expected);
    }
  }
}
