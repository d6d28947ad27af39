/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.rules.RuleAreas;
import dk.dfdgrules.rules.subscription.SubscriptionDecision;
import dk.dfdgrules.rules.subscription.SubscriptionEvaluation;
import dk.dfdgrules.rules.subscription.SubscriptionEvent;
import dk.dfdgrules.rules.subscription.SubscriptionFacts;
import dk.dfdgrules.rules.subscription.SubscriptionRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "Evaluating rules": one area, its answer, its typed derived values. */
class EvaluatingRulesTest {

  // tag::evaluation[]
  SubscriptionEvaluation evaluation =
      new SubscriptionEvaluation(
          UdbSubscription.createdOn(LocalDate.of(2020, 1, 1)),
          SubscriptionFacts.none().withBirthDate(LocalDate.of(1996, 5, 1)).withContactGroup(12),
          new SubscriptionEvent.AgeCheck());

  // end::evaluation[]

  @Test
  void anAreaAnswers() {
    // tag::decide[]
    Answer<SubscriptionDecision> answer =
        SubscriptionRules.decide(evaluation, LocalDate.of(2026, 5, 1)); // the 30th birthday
    assertThat(answer.decision().kind()).isEqualTo(SubscriptionDecision.Kind.CLOSES);
    assertThat(answer.decision().decidedBy()).contains(RuleId.of("SUB-1"));
    assertThat(answer.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(answer.violations()).isEmpty(); // each with rule id, path, message, citation
    // end::decide[]
  }

  @Test
  void theSameAreaByName() {
    LocalDate date = LocalDate.of(2026, 5, 1);
    // tag::by-name[]
    Answer<?> answer =
        RuleAreas.get("udb-subscription").evaluateFacts(evaluation, EvaluationContext.on(date));
    // end::by-name[]
    assertThat(answer.decision().kind()).isEqualTo(SubscriptionDecision.Kind.CLOSES);
  }

  @Test
  void typedDerivedValues() {
    Answer<SubscriptionDecision> answer =
        SubscriptionRules.decide(evaluation, LocalDate.of(2026, 5, 1));
    // tag::derived[]
    assertThat(answer.value(SubscriptionRules.CLOSED_ON)).contains(LocalDate.of(2026, 5, 1));
    assertThat(answer.value(SubscriptionRules.CLOSE_REASON)).contains(CloseReason.AGE);
    assertThat(answer.derived(SubscriptionRules.CLOSE_REASON).get(0).decidedBy())
        .isEqualTo(RuleId.of("SUB-1"));
    // end::derived[]
  }

  @Test
  void theDayBeforeTheSubscriptionStaysOpen() {
    Answer<SubscriptionDecision> answer =
        SubscriptionRules.decide(evaluation, LocalDate.of(2026, 4, 30));
    assertThat(answer.decision().kind()).isEqualTo(SubscriptionDecision.Kind.STAYS_OPEN);
    assertThat(answer.value(SubscriptionRules.CLOSED_ON)).isEmpty();
  }
}
