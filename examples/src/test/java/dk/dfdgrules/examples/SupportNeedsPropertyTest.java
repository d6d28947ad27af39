/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

// tag::testkit[]
import static dk.dfdgrules.testkit.assertions.DfdgAssertions.*;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.SN_2;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.educationPlans;

import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.rules.supportneed.SupportNeedRules;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;

class SupportNeedsPropertyTest {

  @Property // 200 tries, edge cases first, then random
  void aPlanViolatingSn2IsRejectedBySn2Alone(@ForAll("sn2") EducationPlan plan) {
    Answer<Verdict> answer = SupportNeedRules.validate(plan, LocalDate.of(2022, 1, 10));
    assertThat(answer).isViolated().hasViolation("SN-2").atPath("plan.supportNeeds");
    assertThat(answer.errors()) // at step 4 the SN-6 warning may come too
        .extracting(Violation::ruleId)
        .containsExactly(RuleId.of("SN-2"));
  }

  Gen<EducationPlan> sn2() {
    return educationPlans().violating(SN_2);
  }
}
// end::testkit[]
