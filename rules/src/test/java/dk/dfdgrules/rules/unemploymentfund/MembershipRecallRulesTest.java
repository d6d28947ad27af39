/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.unemploymentfund;

import static dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules.AK_1;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipRecallRulesTest {

  static final LocalDate REMOVED = Sources.DFDG_RELEASE;
  static final UnemploymentFundMembership LATEST =
      UnemploymentFundMembership.of("A12", DatePeriod.parse("2021-06-01/.."));
  static final UnemploymentFundMembership EARLIER_SAME =
      UnemploymentFundMembership.of("A12", DatePeriod.parse("2015-01-01/2019-12-31"));
  static final UnemploymentFundMembership EARLIER_OTHER =
      UnemploymentFundMembership.of("B07", DatePeriod.parse("2020-01-01/2021-05-31"));

  @Test
  void AK1_theDayBeforeTheReleaseAnEarlierMembershipOfTheSameAKasseBlocksTheRecall() {
    Answer<Verdict> r =
        MembershipRecallRules.validate(
            LATEST, List.of(EARLIER_OTHER, EARLIER_SAME), REMOVED.minusDays(1));
    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.REJECTED);
    assertThat(r.decision().decidedBy()).contains(AK_1.id());
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ruleId()).isEqualTo(AK_1.id());
              assertThat(e.path()).isEqualTo("otherMemberships[1]");
              assertThat(e.text(Messages.DANISH)).contains("2015-01-01", "2021-06-01");
              assertThat(e.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §5.1");
            });
  }

  @Test
  void AK1_theDayOfTheReleaseTheValidationIsRemoved() {
    Answer<Verdict> r = MembershipRecallRules.validate(LATEST, List.of(EARLIER_SAME), REMOVED);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.decision().isAccepted()).isTrue();
    assertThat(r.result(AK_1).orElseThrow().version().orElseThrow().label())
        .isEqualTo("2021-12-06");
  }

  @Test
  void AK1_beforeTheReleaseAnEarlierMembershipOfAnotherAKasseDoesNotBlock() {
    assertThat(
            MembershipRecallRules.validate(LATEST, List.of(EARLIER_OTHER), REMOVED.minusDays(1))
                .outcome())
        .isEqualTo(Outcome.SATISFIED);
    assertThat(MembershipRecallRules.validate(LATEST, List.of(), REMOVED.minusDays(1)).outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void AK1_withoutTheRecalledMembershipTheResultIsUndetermined() {
    Answer<Verdict> r =
        MembershipRecallRules.validate(
            new MembershipRecallFacts(Optional.empty(), List.of()), EvaluationContext.on(REMOVED));
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactly("recalled");
    assertThat(r.decision().kind()).isEqualTo(Verdict.Kind.UNDETERMINED);
    assertThat(r.decision().decidedBy()).contains(AK_1.id());
  }

  @Test
  void switchingOffAk1AcceptsTheRecallItRejected() {
    MembershipRecallFacts facts = MembershipRecallFacts.of(LATEST, List.of(EARLIER_SAME));
    EvaluationContext before = EvaluationContext.on(REMOVED.minusDays(1));
    assertThat(MembershipRecallRules.validate(facts, before).decision().kind())
        .isEqualTo(Verdict.Kind.REJECTED);

    Answer<Verdict> off = MembershipRecallRules.validate(facts, before.switchOff(AK_1.id()));

    assertThat(off.decision().kind()).isEqualTo(Verdict.Kind.ACCEPTED);
    assertThat(off.decision().decidedBy()).isEmpty();
    assertThat(off.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void theAreaEvaluatesAk1Once() {
    assertThat(MembershipRecallRules.AREA.ruleIds()).containsExactly(AK_1.id());
    assertThat(MembershipRecallRules.validate(LATEST, List.of(), REMOVED).results()).hasSize(1);
  }
}
