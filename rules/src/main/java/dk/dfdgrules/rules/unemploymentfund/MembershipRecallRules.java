/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.unemploymentfund;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import java.time.LocalDate;
import java.util.List;

/**
 * AK-1 — recalling (tilbagekaldelse) an a-kasse's registration of a membership: {@link
 * #validate(UnemploymentFundMembership, List, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §5.1: "Ved tilbagekaldelse af medlemsregistrering (recall),
 * validerede DFDG på, at tilbagekaldelse ikke må være muligt, når der ligger et tidligere
 * medlemskab af samme a-kasse forud for det seneste medlemskab. Valideringen er fjernet."
 *
 * <p>Two versions: before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06) a recall
 * of the latest membership is rejected when an earlier membership of the same a-kasse precedes it
 * (an error naming the earlier membership's position and start date); from that day the validation
 * is gone and the recall is accepted. The area validates: its decision is the {@link Verdict} of
 * AK-1's result.
 */
public final class MembershipRecallRules {

  /**
   * AK-1 — before {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE} a recall is rejected when an
   * earlier membership of the same a-kasse precedes the latest one ("validerede DFDG på, at
   * tilbagekaldelse ikke må være muligt, når der ligger et tidligere medlemskab af samme a-kasse
   * forud for det seneste medlemskab"); from it, accepted ("Valideringen er fjernet.").
   */
  public static final Rule<MembershipRecallFacts> AK_1 =
      Rule.define("AK-1", MembershipRecallFacts.class)
          .before(
              DFDG_RELEASE,
              cite(
                  "validerede DFDG på, at tilbagekaldelse ikke må være muligt, når der ligger et"
                      + " tidligere medlemskab af samme a-kasse forud for det seneste medlemskab"),
              (f, v, c) -> ak1(f, v, true))
          .since(DFDG_RELEASE, cite("Valideringen er fjernet."), (f, v, c) -> ak1(f, v, false))
          .build();

  /** The area {@code membership-recall}: AK-1 on {@link MembershipRecallFacts}, validating. */
  public static final RuleArea<MembershipRecallFacts, Verdict> AREA =
      RuleArea.builder("membership-recall", MembershipRecallFacts.class)
          .description("Recall of an a-kasse membership registration (AK-1)")
          .rules(AK_1)
          .example("dk/dfdgrules/rules/unemploymentfund/example.json")
          .validates();

  private MembershipRecallRules() {}

  /**
   * May an a-kasse recall the registration of this (the latest) membership (AK-1)?
   *
   * @param recalled the membership whose registration is recalled
   * @param otherMemberships the citizen's other memberships
   * @param evaluationDate the date of the recall, which picks the rule version
   * @return the verdict — accepted, or rejected by AK-1 — and AK-1's result
   */
  public static Answer<Verdict> validate(
      UnemploymentFundMembership recalled,
      List<UnemploymentFundMembership> otherMemberships,
      LocalDate evaluationDate) {
    requireNonNull(recalled, "recalled");
    return validate(
        MembershipRecallFacts.of(recalled, otherMemberships), EvaluationContext.on(evaluationDate));
  }

  /**
   * Validates a recall on a date.
   *
   * @param facts the facts
   * @param evaluationDate the date of the recall
   * @return the verdict and AK-1's result
   */
  public static Answer<Verdict> validate(MembershipRecallFacts facts, LocalDate evaluationDate) {
    return validate(facts, EvaluationContext.on(evaluationDate));
  }

  /**
   * Validates a recall in an evaluation context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the verdict and AK-1's result
   */
  public static Answer<Verdict> validate(MembershipRecallFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, "§5.1", quote);
  }

  private static RuleResult ak1(MembershipRecallFacts f, RuleVersion version, boolean validated) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.recalled().isEmpty()) {
      return b.missing("recalled").build();
    }
    if (!validated) {
      return b.explanation(Message.of("AK-1.accepted", "date", DFDG_RELEASE)).build();
    }
    UnemploymentFundMembership latest = f.recalled().get();
    boolean earlier = false;
    for (int i = 0; i < f.otherMemberships().size(); i++) {
      UnemploymentFundMembership m = f.otherMemberships().get(i);
      if (m.getFund().equals(latest.getFund())
          && m.getPeriod().start().isBefore(latest.getPeriod().start())) {
        earlier = true;
        b.error(
            "otherMemberships[" + i + "]",
            Message.of(
                "AK-1.rejected",
                "start",
                m.getPeriod().start(),
                "latest",
                latest.getPeriod().start()));
      }
    }
    return b.explanation(
            earlier
                ? Message.of("AK-1.rejectedExplanation", "date", DFDG_RELEASE)
                : Message.of("AK-1.noEarlier"))
        .build();
  }
}
