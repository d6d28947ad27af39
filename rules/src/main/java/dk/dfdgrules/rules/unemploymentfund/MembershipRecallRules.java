package dk.dfdgrules.rules.unemploymentfund;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.core.unemploymentfund.UnemploymentFundMembership;
import java.time.LocalDate;
import java.util.List;

/**
 * AK-1 — recalling (tilbagekaldelse) an a-kasse's registration of a membership: {@link
 * #validateRecall(UnemploymentFundMembership, List, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §5.1: "Ved tilbagekaldelse af medlemsregistrering (recall),
 * validerede DFDG på, at tilbagekaldelse ikke må være muligt, når der ligger et tidligere
 * medlemskab af samme a-kasse forud for det seneste medlemskab. Valideringen er fjernet."
 *
 * <p>Two versions: before {@link #REMOVED} (2021-12-06) a recall of the latest membership is
 * rejected when an earlier membership of the same a-kasse precedes it (an error naming the
 * earlier membership's position and start date); from {@link #REMOVED} the validation is gone and
 * the recall is accepted.
 */
public final class MembershipRecallRules {

  /** The day the validation was removed: the DFDG release of 6 December 2021. */
  public static final LocalDate REMOVED = LocalDate.of(2021, 12, 6);

  /** AK-1: the recall validation, removed on 2021-12-06. */
  public static final RuleId AK_1 = RuleId.of("AK-1");

  private static final SourceCitation BEFORE_SOURCE =
      SourceCitation.of(
          "DFDG-RN-2021-12-06",
          "§5.1",
          "validerede DFDG på, at tilbagekaldelse ikke må være muligt, når der ligger et"
              + " tidligere medlemskab af samme a-kasse forud for det seneste medlemskab");
  private static final SourceCitation SOURCE =
      SourceCitation.of("DFDG-RN-2021-12-06", "§5.1", "Valideringen er fjernet.");

  /** AK-1 — before {@link #REMOVED} validated; from it, accepted. */
  public static final VersionedRule<MembershipRecallFacts> AK1 =
      VersionedRule.<MembershipRecallFacts>builder(AK_1)
          .version(RuleVersion.before(AK_1, REMOVED, BEFORE_SOURCE), (f, v, c) -> ak1(f, v, true))
          .version(RuleVersion.since(AK_1, REMOVED, SOURCE), (f, v, c) -> ak1(f, v, false))
          .build();

  /** The rules of the area. */
  public static final List<VersionedRule<MembershipRecallFacts>> RULES = List.of(AK1);

  private MembershipRecallRules() {}

  /**
   * May an a-kasse recall the registration of this (the latest) membership (AK-1)?
   *
   * @param recalled the membership whose registration is recalled
   * @param otherMemberships the citizen's other memberships
   * @param evaluationDate the date of the recall, which picks the rule version
   * @return the result: satisfied when accepted, violated when rejected
   */
  public static CombinedResult validateRecall(
      UnemploymentFundMembership recalled,
      List<UnemploymentFundMembership> otherMemberships,
      LocalDate evaluationDate) {
    requireNonNull(recalled, "recalled");
    return validate(
        MembershipRecallFacts.of(recalled, otherMemberships), EvaluationContext.on(evaluationDate));
  }

  /**
   * Validates a recall in an evaluation context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the result
   */
  public static CombinedResult validate(MembershipRecallFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    return CombinedResult.evaluate(RULES, facts, context);
  }

  private static RuleResult ak1(MembershipRecallFacts f, RuleVersion version, boolean validated) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.recalled().isEmpty()) {
      return b.missing("recalled").build();
    }
    if (!validated) {
      return b.explanation(Message.of("AK-1.accepted", "date", REMOVED)).build();
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
            Message.of("AK-1.rejected", "start", m.getPeriod().start(), "latest", latest.getPeriod().start()));
      }
    }
    return b.explanation(
            earlier
                ? Message.of("AK-1.rejectedExplanation", "date", REMOVED)
                : Message.of("AK-1.noEarlier"))
        .build();
  }
}
