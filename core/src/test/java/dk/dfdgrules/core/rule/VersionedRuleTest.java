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

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions are chosen by the evaluation date; announced versions only when enabled. */
class VersionedRuleTest {

  private static final RuleId ID = RuleId.of("SUB-5");
  private static final LocalDate CHANGE = LocalDate.of(2021, 12, 6);
  private static final SourceCitation CITE =
      SourceCitation.of("DFDG-RN-2021-12-06", "§3.4", "Abonnement lukkes ikke");

  private static final RuleVersion BEFORE = RuleVersion.before(ID, CHANGE, CITE);
  private static final RuleVersion FROM = RuleVersion.since(ID, CHANGE, CITE);
  private static final RuleVersion ANNOUNCED = RuleVersion.announced(ID, "announced", CITE);

  private static final Rule<String> RULE =
      Rule.define("SUB-5", String.class)
          .version(BEFORE, (f, v, c) -> RuleResult.builder(v).error("x", Message.of("old")).build())
          .version(FROM, (f, v, c) -> RuleResult.satisfied(v))
          .version(ANNOUNCED, (f, v, c) -> RuleResult.undetermined(v, "admissionMessage"))
          .build();

  @Test
  void theDayBeforeTheChangeUsesTheOldVersion() {
    RuleResult r = RULE.evaluate("facts", CHANGE.minusDays(1));
    assertThat(r.version()).contains(BEFORE);
    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.citation()).isEqualTo(CITE));
  }

  @Test
  void theDayOfTheChangeUsesTheNewVersion() {
    RuleResult r = RULE.evaluate("facts", CHANGE);
    assertThat(r.version()).contains(FROM);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void anAnnouncedVersionIsOffUntilTheCallerEnablesIt() {
    LocalDate later = LocalDate.of(2023, 1, 1);
    assertThat(RULE.evaluate("f", later).version()).contains(FROM);
    EvaluationContext enabled =
        EvaluationContext.on(later).enable("SUB-5", LocalDate.of(2022, 6, 1));
    assertThat(RULE.evaluate("f", enabled).version()).contains(ANNOUNCED);
    assertThat(RULE.evaluate("f", enabled.at(LocalDate.of(2022, 5, 31))).version()).contains(FROM);
    EvaluationContext byKey = EvaluationContext.on(later).enable("SUB-5:announced", later);
    assertThat(RULE.evaluate("f", byKey).outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(RULE.evaluate("f", byKey).missingFacts()).containsExactly("admissionMessage");
  }

  @Test
  void anAnnouncedVersionEnabledFromTheDayTheReleasedOneStartsAppliesFromThatDay() {
    EvaluationContext enabled = EvaluationContext.on(CHANGE).enable("SUB-5:announced", CHANGE);
    assertThat(RULE.evaluate("f", enabled).version()).contains(ANNOUNCED);
    assertThat(RULE.evaluate("f", enabled.at(CHANGE.minusDays(1))).version()).contains(BEFORE);
  }

  @Test
  void aRuleNotYetInForceSaysSo() {
    Rule<String> future =
        Rule.define("SUB-5", String.class)
            .version(FROM, (f, v, c) -> RuleResult.satisfied(v))
            .build();
    RuleResult r = future.evaluate("f", CHANGE.minusDays(1));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(r.version()).isEmpty();
    assertThat(Messages.english(r.explanation().orElseThrow()))
        .isEqualTo("Rule SUB-5 is not in force on 2021-12-05.");
  }

  @Test
  void aSwitchedOffRuleIsNotEvaluated() {
    RuleResult r = RULE.evaluate("f", EvaluationContext.on(CHANGE).switchOff(ID));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(r.explanation().orElseThrow().key()).isEqualTo("rule.switchedOff");
    RuleResult item =
        RULE.evaluate("f", EvaluationContext.on(CHANGE).switchOff(RuleId.of("SUB-5.1")));
    assertThat(item.outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void overlappingDatedVersionsAreRejected() {
    assertThatThrownBy(
            () ->
                Rule.define("SUB-5", String.class)
                    .version(RuleVersion.always(ID, CITE), (f, v, c) -> RuleResult.satisfied(v))
                    .version(FROM, (f, v, c) -> RuleResult.satisfied(v))
                    .build())
        .hasMessageContaining("overlap");
  }

  @Test
  void aVersionOfAnotherRuleIsRejected() {
    assertThatThrownBy(
            () ->
                Rule.define("SUB-5", String.class)
                    .version(
                        RuleVersion.always(RuleId.of("SN-1"), CITE),
                        (f, v, c) -> RuleResult.satisfied(v)))
        .hasMessageContaining("SN-1");
  }

  @Test
  void nullFactsAreACallerError() {
    assertThatThrownBy(() -> RULE.evaluate(null, CHANGE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("facts");
  }

  @Test
  void theOutcomeAgreesWithTheViolations() {
    RuleResult warnOnly = RuleResult.builder(FROM).warning("p", Message.of("w")).build();
    assertThat(warnOnly.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(warnOnly.warnings()).hasSize(1);
    assertThatThrownBy(
            () ->
                new RuleResult(
                    ID,
                    Outcome.SATISFIED,
                    java.util.Optional.of(FROM),
                    List.of(Violation.error(FROM, "p", Message.of("e"))),
                    List.of(),
                    List.of(),
                    java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleResult.undetermined(FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void combinedOutcomes() {
    RuleResult violated = RULE.evaluate("f", CHANGE.minusDays(1));
    RuleResult satisfied = RULE.evaluate("f", CHANGE);
    RuleResult undetermined = RuleResult.undetermined(FROM, "birthDate");
    RuleResult off = RuleResult.notInForce(ID, CHANGE);
    assertThat(RuleResults.of(List.of(satisfied, undetermined, violated)).outcome())
        .isEqualTo(Outcome.VIOLATED);
    assertThat(RuleResults.of(List.of(satisfied, undetermined)).outcome())
        .isEqualTo(Outcome.UNDETERMINED);
    assertThat(RuleResults.of(List.of(satisfied, off)).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(RuleResults.of(List.of(off)).outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(RuleResults.of(List.of(satisfied, undetermined, violated)).violatedRuleIds())
        .containsExactly(ID);
    assertThat(RuleResults.of(List.of(undetermined, undetermined)).missingFacts())
        .containsExactly("birthDate");
  }

  @Test
  void anAnnouncedVersionEnabledBeforeTheReleaseSupersedesItAlsoAfterTheRelease() {
    Rule<String> rule =
        Rule.define("SUB-5", String.class)
            .version(FROM, (f, v, c) -> RuleResult.satisfied(v))
            .version(ANNOUNCED, (f, v, c) -> RuleResult.undetermined(v, "admissionMessage"))
            .build();
    EvaluationContext early =
        EvaluationContext.on(CHANGE.plusMonths(1)).enable("SUB-5", CHANGE.minusMonths(1));
    assertThat(rule.evaluate("f", early).version()).contains(ANNOUNCED);
    assertThat(rule.evaluate("f", early.at(CHANGE.minusDays(1))).version()).contains(ANNOUNCED);
    assertThat(rule.evaluate("f", early.at(CHANGE.minusMonths(1).minusDays(1))).version())
        .isEmpty();
  }
}
