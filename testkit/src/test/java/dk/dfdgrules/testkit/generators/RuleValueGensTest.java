/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.GenRegistry;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.Statistics;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleValueGensTest {

  @Test
  @DisplayName(
      "results reach every outcome; their texts exist in both languages and hold no personal data")
  void results() {
    PropertyCheck.forAll(DfdgGenerators.ruleResults())
        .verify(
            r -> {
              for (Outcome o : Outcome.values()) {
                Statistics.cover(10, r.outcome() == o, o.name());
              }
              Statistics.cover(5, !r.warnings().isEmpty(), "warnings");
              Statistics.cover(5, !r.derivedValues().isEmpty(), "derived values");
              assertThat(RuleId.of(r.ruleId().value())).isEqualTo(r.ruleId());
              assertThat(r).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
            });
    PropertyCheck.forAll(DfdgGenerators.joinedResults())
        .verify(c -> assertThat(c).hasMessagesInDanishAndEnglish());
  }

  @Test
  @DisplayName("every rule-framework value type has a generator found by type")
  void byType() {
    for (Class<?> type :
        List.of(
            RuleId.class,
            SourceCitation.class,
            RuleVersion.class,
            Message.class,
            Violation.class,
            DerivedValue.class,
            RuleResult.class,
            RuleResults.class,
            EvaluationContext.class)) {
      PropertyCheck.forAll(GenRegistry.standard().forType(type))
          .named(type.getName())
          .tries(50)
          .check(type::isInstance);
    }
    PropertyCheck.forAll(DfdgGenerators.evaluationContexts())
        .cover(5, c -> !c.enabled().isEmpty(), "announced version enabled")
        .cover(5, c -> !c.switchedOff().isEmpty(), "rule switched off")
        .check(c -> c.date() != null);
  }
}
