/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.rules;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.rules.RuleAreaProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A test-only area (provided on the test class path) so the generic commands are tested without
 * depending on any real area: "a step must be given, and step 4 needs a deadline".
 */
public final class SampleArea implements RuleAreaProvider {

  /** The facts. */
  public record Facts(Optional<Step> step, Optional<LocalDate> deadline) {}

  static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);
  static final SourceCitation CITE = SourceCitation.of("TEST", "§1", "et citat");
  static final DerivedKey<LocalDate> DEADLINE = DerivedKey.of("deadline", LocalDate.class);

  static final Rule<Facts> TST_1 =
      Rule.define("TST-1", Facts.class)
          .since(
              IN_FORCE,
              CITE,
              (f, v, c) -> {
                if (f.step().isEmpty()) {
                  return RuleResult.undetermined(v, "step");
                }
                RuleResult.Builder b = RuleResult.builder(v);
                if (f.step().get() == Step.STEP_4 && f.deadline().isEmpty()) {
                  b.error("deadline", Message.of("rule.switchedOff", "rule", v.ruleId()));
                }
                f.deadline()
                    .ifPresent(
                        d ->
                            b.derived(
                                DerivedValue.changed(
                                    DEADLINE,
                                    d,
                                    d.plusDays(7),
                                    v.ruleId(),
                                    Message.of("rule.notInForce", "rule", v.ruleId(), "date", d))));
                return b.build();
              })
          .build();

  static final RuleArea<Facts, Verdict> AREA =
      RuleArea.builder("test-area", Facts.class)
          .description("A test area")
          .rules(TST_1)
          .example("cli-cases/example.json")
          .validates();

  /** Creates the provider (for the service loader). */
  public SampleArea() {}

  @Override
  public List<RuleArea<?, ?>> areas() {
    return List.of(AREA);
  }
}
