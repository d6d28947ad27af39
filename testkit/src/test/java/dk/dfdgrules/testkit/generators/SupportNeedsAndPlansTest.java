/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.codelists.SupportNeed.ACADEMIC;
import static dk.dfdgrules.codelists.SupportNeed.CONTACT_JOBCENTRE;
import static dk.dfdgrules.codelists.SupportNeed.DOCUMENTED;
import static dk.dfdgrules.codelists.SupportNeed.NONE_ASSESSED;
import static dk.dfdgrules.codelists.SupportNeed.OTHER_SUPPORT_PERSONS;
import static dk.dfdgrules.codelists.SupportNeed.SOCIAL_PERSONAL_OR_HEALTH;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_1;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_2;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_4;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.supportNeeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.Sets;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.PropertyFailure;
import dk.dfdgrules.testkit.property.Statistics;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupportNeedsAndPlansTest {

  private static Set<RuleId> broken(EducationPlan p) {
    return SupportNeedRuleIds.broken(p.getSupportNeeds(), p.getStep());
  }

  @Nested
  class TheOracle {
    private Set<RuleId> at(int step, SupportNeed... needs) {
      return SupportNeedRuleIds.broken(
          needs.length == 0 ? EnumSet.noneOf(SupportNeed.class) : EnumSet.of(needs[0], needs),
          Step.of(step));
    }

    @Test
    @DisplayName("SN examples of spec §3.2 (step 2 unless stated)")
    void specExamples() {
      assertThat(at(2, NONE_ASSESSED)).isEmpty();
      assertThat(at(2, ACADEMIC, DOCUMENTED)).isEmpty();
      assertThat(at(2, NONE_ASSESSED, ACADEMIC)).containsExactly(SN_1);
      assertThat(at(2, DOCUMENTED)).containsExactly(SN_2);
      assertThat(at(2, NONE_ASSESSED, DOCUMENTED)).containsExactly(SN_2);
      assertThat(at(2, NONE_ASSESSED, SOCIAL_PERSONAL_OR_HEALTH, DOCUMENTED)).containsExactly(SN_1);
      assertThat(at(4, DOCUMENTED)).containsExactly(SN_2, SN_4);
      for (int step = 1; step <= 3; step++) {
        assertThat(at(step, OTHER_SUPPORT_PERSONS, CONTACT_JOBCENTRE)).isEmpty();
      }
      assertThat(at(4, OTHER_SUPPORT_PERSONS, CONTACT_JOBCENTRE)).containsExactly(SN_4);
      assertThat(at(4)).containsExactly(SN_4);
      assertThat(at(2, NONE_ASSESSED, OTHER_SUPPORT_PERSONS, CONTACT_JOBCENTRE)).isEmpty();
    }
  }

  @Nested
  class ValidPlans {
    @Test
    @DisplayName(
        "a valid plan from the generator breaks none of SN-1 … SN-4, and every step and need occurs")
    void validPlansPass() {
      PropertyCheck.forAll(educationPlans())
          .tries(400)
          .verify(
              plan -> {
                Statistics.cover(10, plan.getStep() == Step.STEP_4, "at step 4");
                Statistics.cover(10, plan.getStep() == Step.STEP_1, "at step 1");
                Statistics.cover(5, plan.getSupportNeeds().isEmpty(), "no needs");
                Statistics.cover(
                    20, plan.getPlanType() == PlanType.COMBINATION_PLAN, "combination plan");
                Statistics.cover(20, plan.getJobcentreContact().isPresent(), "with contact");
                for (SupportNeed n : SupportNeed.values()) {
                  Statistics.cover(10, plan.getSupportNeeds().contains(n), "need " + n.id());
                }
                assertThat(broken(plan)).isEmpty();
              });
    }

    @Test
    @DisplayName(
        "atStep(4) gives valid plans at step 4 only; valid support needs at steps 1-3 include {}")
    void atStep4() {
      PropertyCheck.forAll(educationPlans().atStep(4))
          .check(p -> p.getStep() == Step.STEP_4 && broken(p).isEmpty());
      assertThat(supportNeeds().all().get(0)).isEmpty();
      assertThat(supportNeeds().atStep(4).all()).noneMatch(Set::isEmpty).hasSize(28);
    }
  }

  @Nested
  class Violating {
    @Test
    @DisplayName("a plan from violating(SN_2) breaks exactly SN-2 at its step")
    void exactlySn2() {
      PropertyCheck.forAll(educationPlans().violating(SN_2))
          .cover(10, p -> p.getStep() == Step.STEP_4, "at step 4")
          .check(p -> broken(p).equals(Set.of(SN_2)));
    }

    @Test
    @DisplayName(
        "every possible combination of SN-1, SN-2, SN-4 is generated exactly; impossible ones are refused")
    void everyCombination() {
      for (Set<RuleId> rules : Sets.powerSet(Set.of(SN_1, SN_2, SN_4))) {
        RuleId[] ids = rules.toArray(RuleId[]::new);
        boolean possible =
            !(rules.contains(SN_1) && (rules.contains(SN_2) || rules.contains(SN_4)));
        if (possible) {
          PropertyCheck.forAll(educationPlans().violating(ids))
              .tries(100)
              .check(p -> broken(p).equals(rules));
          PropertyCheck.forAll(supportNeeds().atStep(4).violating(ids))
              .tries(50)
              .check(s -> SupportNeedRuleIds.broken(s, Step.STEP_4).equals(rules));
        } else {
          assertThatThrownBy(() -> educationPlans().violating(ids))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("breaks exactly");
        }
      }
    }

    @Test
    @DisplayName("SN-3 and rules of other areas cannot be asked for")
    void refused() {
      assertThatThrownBy(() -> supportNeeds().violating(SupportNeedRuleIds.SN_3))
          .hasMessageContaining("SN-3 permits");
      assertThatThrownBy(() -> educationPlans().violating("CP-1"))
          .hasMessageContaining("not a support-need rule");
      assertThatThrownBy(() -> supportNeeds().violating(SN_4)).hasMessageContaining("at steps 1-3");
    }

    @Test
    @DisplayName("violating(SN_1) shrinks to the smallest such plan: step 1, needs {1, 2}")
    void shrinksToSmallest() {
      PropertyFailure f =
          catchThrowableOfType(
              PropertyFailure.class,
              () -> PropertyCheck.forAll(educationPlans().violating(SN_1)).check(p -> false));
      assertThat(f.shrunkCounterexample())
          .contains("step=STEP_1")
          .contains("supportNeeds=[NONE_ASSESSED, ACADEMIC]")
          .contains("planType=EDUCATION_PLAN")
          .doesNotContain("jobcentreContact");
    }
  }

  /**
   * A deliberately broken SN-1 check, as a developer might write it: it forgets that need 3 (and
   * not only need 2) cannot stand beside need 1.
   */
  private static boolean brokenSn1Holds(Set<SupportNeed> needs) {
    return !(needs.contains(NONE_ASSESSED) && needs.contains(ACADEMIC));
  }

  @Test
  @DisplayName(
      "a broken SN-1 check is caught and shrunk to the minimal counterexample {1, 3}, with the seed")
  void brokenRuleIsCaught() {
    Gen<EducationPlan> plans =
        Gens.oneOf(
            educationPlans(), educationPlans().violating(SN_1), educationPlans().violating(SN_2));
    PropertyFailure f =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                PropertyCheck.forAll(plans)
                    .named("SN-1 check agrees with the spec")
                    .verify(
                        p ->
                            assertThat(brokenSn1Holds(p.getSupportNeeds()))
                                .as("SN-1 holds for %s", p.getSupportNeeds())
                                .isEqualTo(!broken(p).contains(SN_1))));
    assertThat(f).as("the broken check must be caught").isNotNull();
    assertThat(f.shrunkCounterexample())
        .contains("supportNeeds=[NONE_ASSESSED, SOCIAL_PERSONAL_OR_HEALTH]")
        .contains("step=STEP_1");
    assertThat(f.getMessage())
        .contains("Property 'SN-1 check agrees with the spec' failed")
        .contains("(seed " + f.seed() + ")")
        .contains("-Ddfdg.testkit.seed=" + f.seed());
  }
}
