/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.rules.RuleAreas;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "your own rules": an application's rule, area and messages beside the library's. */
class OwnRuleTest {

  @Test
  void theOwnAreaAnswersLikeTheLibrarys() {
    EducationPlan plan = EducationPlan.of(Step.STEP_4, SupportNeed.ACADEMIC);
    // tag::own-area-use[]
    Answer<Verdict> answer = LocalPlanChecks.AREA.evaluate(plan, LocalDate.of(2024, 3, 1));
    assertThat(answer.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(Messages.danish(answer.violations().get(0).message()))
        .isEqualTo("En uddannelsesplan på trin 4 skal have en kontaktperson i jobcentret.");
    assertThat(RuleAreas.get("local-plan-checks")).isSameAs(LocalPlanChecks.AREA);
    // end::own-area-use[]
  }

  @Test
  void beforeItsDateTheOwnRuleIsNotInForce() {
    EducationPlan plan = EducationPlan.of(Step.STEP_4, SupportNeed.ACADEMIC);
    Answer<Verdict> answer = LocalPlanChecks.AREA.evaluate(plan, LocalDate.of(2023, 12, 31));
    assertThat(answer.violations()).isEmpty();
    assertThat(answer.result(LocalPlanChecks.JC_1).orElseThrow().outcome())
        .hasToString("NOT_IN_FORCE");
  }

  @Test
  void aPlanBelowStep4IsAccepted() {
    Answer<Verdict> answer =
        LocalPlanChecks.AREA.evaluate(
            EducationPlan.of(Step.STEP_3, SupportNeed.ACADEMIC), LocalDate.of(2024, 3, 1));
    assertThat(answer.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
  }
}
