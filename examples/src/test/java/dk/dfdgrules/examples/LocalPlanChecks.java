/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.MessageBundleProvider;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.rules.RuleAreaProvider;
import java.time.LocalDate;
import java.util.List;

// tag::own-rule[]
/** A jobcentre's own check, declared like the library's rules (RuleAreaProvider: by name too). */
public final class LocalPlanChecks implements RuleAreaProvider, MessageBundleProvider {

  /** JC-1: "En uddannelsesplan på trin 4 skal have en kontaktperson i jobcentret." */
  public static final Rule<EducationPlan> JC_1 =
      Rule.define("JC-1", EducationPlan.class)
          .since(
              LocalDate.of(2024, 1, 1),
              SourceCitation.of(
                  "Jobcentrets lokale instruks 2024",
                  "§2",
                  "En uddannelsesplan på trin 4 skal have en kontaktperson i jobcentret."),
              (plan, version, context) -> {
                RuleResult.Builder result = RuleResult.builder(version);
                if (plan.getStep() == Step.STEP_4 && plan.getJobcentreContact().isEmpty()) {
                  result.error("plan.jobcentreContact", Message.of("JC-1.noContact"));
                }
                return result.build();
              })
          .build();

  public static final RuleArea<EducationPlan, Verdict> AREA =
      RuleArea.builder("local-plan-checks", EducationPlan.class)
          .description("The jobcentre's own checks of education plans (JC-1)")
          .rules(JC_1)
          .validates();

  @Override
  public List<RuleArea<?, ?>> areas() { // META-INF/services/dk.dfdgrules.rules.RuleAreaProvider
    return List.of(AREA);
  }

  @Override
  public List<String> baseNames() { // …/dk.dfdgrules.core.rule.MessageBundleProvider
    return List.of("dk.dfdgrules.examples.messages"); // JC-1.noContact=… (and _en)
  }
}
// end::own-rule[]
