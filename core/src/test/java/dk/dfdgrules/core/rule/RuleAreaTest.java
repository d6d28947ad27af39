/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.Sources;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An area runs each rule once and folds its decision from the results only. */
class RuleAreaTest {

  private static final LocalDate DAY = Sources.DFDG_RELEASE;
  private static final SourceCitation CITE =
      SourceCitation.of(Sources.DFDG_RELEASE_NOTE, "§3.2", "kan ikke angives");
  private static final DerivedKey<Integer> DOUBLED = DerivedKey.of("doubled", Integer.class);

  /** A decision of the test area: the doubled number, when the rules derived one. */
  record Doubled(Kind kind, Optional<Integer> value, Optional<RuleId> decidedBy)
      implements Decision {
    enum Kind {
      DOUBLED,
      NOTHING
    }

    @Override
    public Optional<Message> reason() {
      return Optional.empty();
    }
  }

  private final AtomicInteger calls = new AtomicInteger();

  private final Rule<Integer> positive =
      Rule.define("SN-1", Integer.class)
          .since(
              DAY,
              CITE,
              (n, v, c) -> {
                calls.incrementAndGet();
                return n > 0
                    ? RuleResult.satisfied(v)
                    : RuleResult.builder(v).error("n", Message.of("negative")).build();
              })
          .build();

  private final Rule<Integer> doubles =
      Rule.define("SN-2", Integer.class)
          .since(
              DAY,
              CITE,
              (n, v, c) -> {
                calls.incrementAndGet();
                return RuleResult.builder(v).derived(DOUBLED, 2 * n, Message.of("doubled")).build();
              })
          .build();

  private final RuleArea<Integer, Doubled> area =
      RuleArea.builder("test-area", Integer.class)
          .description("A test area")
          .rules(positive, doubles)
          .decides(
              (n, results, c) ->
                  results
                      .value(DOUBLED)
                      .map(
                          d ->
                              new Doubled(
                                  Doubled.Kind.DOUBLED,
                                  Optional.of(d),
                                  Optional.of(RuleId.of("SN-2"))))
                      .orElse(
                          new Doubled(Doubled.Kind.NOTHING, Optional.empty(), Optional.empty())));

  @Test
  void eachRuleRunsOnceAndTheDecisionComesFromTheResults() {
    Answer<Doubled> a = area.evaluate(3, DAY);
    assertThat(calls).hasValue(2);
    assertThat(a.area()).isEqualTo("test-area");
    assertThat(a.evaluationDate()).isEqualTo(DAY);
    assertThat(a.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(a.decision().kind()).isEqualTo(Doubled.Kind.DOUBLED);
    assertThat(a.decision().value()).contains(6);
    assertThat(a.value(DOUBLED)).contains(6);
    assertThat(a.citations()).containsExactly(CITE);
    assertThat(area.verb()).isEqualTo(RuleArea.Verb.DECIDE);
    assertThat(area.ruleIds()).containsExactly(RuleId.of("SN-1"), RuleId.of("SN-2"));
  }

  @Test
  void switchingOffTheDecidingRuleChangesTheDecision() {
    Answer<Doubled> a = area.evaluate(3, EvaluationContext.on(DAY).switchOff(RuleId.of("SN-2")));
    assertThat(a.decision().kind()).isEqualTo(Doubled.Kind.NOTHING);
    assertThat(a.derivedValues()).isEmpty();
  }

  @Test
  void beforeTheRulesAreInForceNothingIsDecided() {
    Answer<Doubled> a = area.evaluate(3, DAY.minusDays(1));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(a.decision().kind()).isEqualTo(Doubled.Kind.NOTHING);
  }

  @Test
  void aValidatingAreaAnswersWithTheVerdictOfItsResults() {
    RuleArea<Integer, Verdict> checks =
        RuleArea.builder("checks", Integer.class).description("Checks").rules(positive).validates();
    assertThat(checks.verb()).isEqualTo(RuleArea.Verb.VALIDATE);
    assertThat(checks.evaluate(1, DAY).decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    Verdict rejected = checks.evaluate(-1, DAY).decision();
    assertThat(rejected.kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(rejected.decidedBy()).contains(RuleId.of("SN-1"));
    assertThat(rejected.reason().orElseThrow().key()).isEqualTo("negative");
    assertThat(
            checks
                .evaluate(-1, EvaluationContext.on(DAY).switchOff(RuleId.of("SN-1")))
                .decision()
                .isAccepted())
        .isTrue();
    Rule<Integer> unknown =
        Rule.define("SN-4", Integer.class)
            .since(DAY, CITE, (n, v, c) -> RuleResult.undetermined(v, "step"))
            .build();
    Verdict undetermined =
        RuleArea.builder("undetermined", Integer.class)
            .description("Undetermined")
            .rules(positive, unknown)
            .validates()
            .evaluate(1, DAY)
            .decision();
    assertThat(undetermined.kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
    assertThat(undetermined.decidedBy()).contains(RuleId.of("SN-4"));
  }

  @Test
  void onlyTheConcernedRulesAreEvaluated() {
    RuleArea<Integer, Verdict> byFacts =
        RuleArea.builder("by-facts", Integer.class)
            .description("By facts")
            .rules(positive, doubles)
            .concerned(n -> n > 10 ? List.of(doubles) : List.of(positive, doubles))
            .validates();
    assertThat(byFacts.evaluate(11, DAY).results())
        .extracting(RuleResult::ruleId)
        .containsExactly(RuleId.of("SN-2"));
    assertThat(byFacts.evaluate(1, DAY).results()).hasSize(2);
  }

  @Test
  void aRuleCanBeReplacedByAnotherOfTheSameId() {
    Rule<Integer> triples =
        Rule.define("SN-2", Integer.class)
            .since(
                DAY,
                CITE,
                (n, v, c) -> RuleResult.builder(v).derived(DOUBLED, 3 * n, Message.of("x")).build())
            .build();
    RuleArea<Integer, Doubled> mutant = area.withRule(triples);
    assertThat(mutant.evaluate(3, DAY).decision().value()).contains(9);
    assertThat(area.evaluate(3, DAY).decision().value()).contains(6);
    assertThat(mutant.ruleIds()).isEqualTo(area.ruleIds());
    assertThatThrownBy(
            () ->
                area.withRule(
                    Rule.define("SN-9", Integer.class)
                        .since(DAY, CITE, (n, v, c) -> RuleResult.satisfied(v))
                        .build()))
        .hasMessageContaining("no rule SN-9");
  }

  @Test
  void contractsAreChecked() {
    assertThatThrownBy(() -> RuleArea.builder("Not Lower", Integer.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RuleArea.builder("no-rules", Integer.class).description("x").validates())
        .hasMessageContaining("no rules");
    assertThatThrownBy(
            () ->
                RuleArea.builder("twice", Integer.class).description("x").rules(positive, positive))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> area.evaluateFacts("three", EvaluationContext.on(DAY)))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> area.evaluate(null, DAY)).hasMessage("facts");
  }
}
