/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.util.List;

/**
 * The refusion steps (refusionstrappen) as rules, REF-1 … REF-3, over one person's weekly series
 * ({@link RefusionFacts}), and the area {@code refusion-steps} ({@link #AREA}); each rule derives,
 * per week (the element is the ISO week, e.g. {@code weeks[2016-W05].number}), what {@link
 * RefusionCount#standard()} computes.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>rule</th><th>derives</th></tr>
 *   <tr><td>{@link #REF_1} rate (§5)</td><td>{@link #STEP}, {@link #RATE} (refusion) or {@link
 *       #CO_FINANCING_RATE} per benefit week</td></tr>
 *   <tr><td>{@link #REF_2} which weeks count</td><td>{@link #NUMBER} per benefit week</td></tr>
 *   <tr><td>{@link #REF_3} restart (§6)</td><td>{@link #RESTART} on the first week of a count that
 *       started over</td></tr>
 * </table>
 *
 * <p>Each rule has one version, since {@link Sources#REFUSION_ACT_IN_FORCE} (2016-01-04): on an
 * evaluation date before it the rule is not in force. The evaluation covers every week of the facts
 * (the facts are what is known); weeks before 2016-W01 get no number.
 *
 * <p>Source: "Lov om kommunernes finansiering af visse offentlige ydelser udbetalt af kommunerne,
 * Udbetaling Danmark og arbejdsløshedskasserne" (lov nr. 994 af 30/8/2015, LBK nr. 221 af
 * 12/2/2021), {@link Sources#FINANSIERINGSLOVEN}, cited as {@code Finansieringsloven §n}; the steps
 * as the Ydelsesrefusion webinar shows them ({@link #SLIDES}). The DREAM-code → kind mapping is the
 * library's interpretation ({@link WeekKindTable}).
 */
public final class RefusionRules {

  private RefusionRules() {}

  /** REF-1: a benefit week's step. */
  public static final DerivedKey<RefusionStep> STEP =
      DerivedKey.of("weeks[].step", RefusionStep.class);

  /** REF-1: a benefit week's refusion in per cent (§5, stk. 2), for a benefit with refusion. */
  public static final DerivedKey<Integer> RATE = DerivedKey.of("weeks[].rate", Integer.class);

  /**
   * REF-1: a benefit week's co-financing in per cent (§5, stk. 3), for a benefit under
   * co-financing.
   */
  public static final DerivedKey<Integer> CO_FINANCING_RATE =
      DerivedKey.of("weeks[].coFinancingRate", Integer.class);

  /** REF-2: a benefit week's number in the count. */
  public static final DerivedKey<Integer> NUMBER = DerivedKey.of("weeks[].number", Integer.class);

  /** REF-3: why the count started over, on the first benefit week of the new count. */
  public static final DerivedKey<Restart> RESTART = DerivedKey.of("weeks[].restart", Restart.class);

  /** The steps as the slides show them, with the number of persons on each step in week 10 2022. */
  public static final SourceCitation SLIDES =
      SourceCitation.of(
          Sources.YR_WEBINAR,
          "Udvikling ift. YRs trappetrin",
          "80 % = 11 personer … 40 % = 38 personer … 30 % = 26 personer … 20 % = 637 personer");

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(Sources.FINANSIERINGSLOVEN, section, quote);
  }

  /**
   * REF-1 — the rate by the week's number in the count: weeks 1–4 80 %, 5–26 40 %, 27–52 30 %, 53
   * onward 20 % refusion; for the benefits under co-financing the municipality pays 20 / 60 / 70 /
   * 80 % (Finansieringsloven §5, stk. 2 and 3). Derives {@link #STEP} and {@link #RATE} or {@link
   * #CO_FINANCING_RATE} per benefit week.
   */
  public static final Rule<RefusionFacts> REF_1 =
      Rule.define("REF-1", RefusionFacts.class)
          .since(
              Sources.REFUSION_ACT_IN_FORCE,
              cite(
                  "§5, stk. 2",
                  "80 pct. i de første 4 uger med ydelser … 40 pct. fra den 5. til og med den 26."
                      + " uge med ydelser … 30 pct. fra den 27. til og med den 52. uge med ydelser"
                      + " … 20 pct. fra den 53. uge med ydelser"),
              (facts, v, ctx) -> rates(facts, v))
          .build();

  /**
   * REF-2 — which weeks count: a week with a benefit under the act paid for at least one day of it
   * (<em>interpretation</em>: STAR's "berørte uger", DREAM's one-day rule), counted per person
   * across benefit types — a switch of benefit does not restart the count (Finansieringsloven §5,
   * stk. 5: "opgørelsen af perioder med ydelse opgjort pr. ydelsesmodtager"). Derives {@link
   * #NUMBER} per benefit week.
   */
  public static final Rule<RefusionFacts> REF_2 =
      Rule.define("REF-2", RefusionFacts.class)
          .since(
              Sources.REFUSION_ACT_IN_FORCE,
              cite(
                  "§5, stk. 5",
                  "opgørelsen af perioder med ydelse opgjort pr. ydelsesmodtager … fastlæggelse af"
                      + " berørte uger"),
              (facts, v, ctx) -> numbers(facts, v))
          .build();

  /**
   * REF-3 — the count starts over when the person, after the first week with benefits, has again
   * had 52 whole calendar weeks of self-support within the latest 3 years, not necessarily in a
   * row; self-support is neither public support nor wage-subsidised employment (Finansieringsloven
   * §6). Derives {@link #RESTART} on the first benefit week of each new count.
   */
  public static final Rule<RefusionFacts> REF_3 =
      Rule.define("REF-3", RefusionFacts.class)
          .since(
              Sources.REFUSION_ACT_IN_FORCE,
              cite(
                  "§6",
                  "Opgørelsen efter § 5 starter forfra, når personen efter den første uge med"
                      + " ydelser på ny har haft sammenlagt 52 hele kalenderuger med"
                      + " selvforsørgelse inden for de seneste 3 år."),
              (facts, v, ctx) -> restarts(facts, v))
          .build();

  /** The three rules, in order. */
  public static final List<Rule<RefusionFacts>> ALL = List.of(REF_1, REF_2, REF_3);

  /**
   * The area {@code refusion-steps}: REF-1 … REF-3 over one person's weekly series. Its verdict is
   * accepted: the steps derive values and find nothing wrong.
   */
  public static final RuleArea<RefusionFacts, Verdict> AREA =
      RuleArea.builder("refusion-steps", RefusionFacts.class)
          .description(
              "The refusion steps of one person's weekly series: number, rate and restart (REF-1 …"
                  + " REF-3)")
          .rules(ALL)
          .example("dk/dfdgrules/rules/refusion/refusion-example.json")
          .decides((facts, results, ctx) -> Verdict.of(results));

  private static RuleResult rates(RefusionFacts facts, RuleVersion v) {
    RuleResult.Builder b = RuleResult.builder(v);
    for (RefusionWeek w : RefusionCount.standard().weeks(facts.toWeeklyKinds())) {
      if (w.step().isEmpty()) {
        continue;
      }
      RefusionStep s = w.step().get();
      b.derived(
          STEP.at(w.week()), s, Message.of("REF-1.step", "week", w.week(), "number", w.number()));
      if (w.coFinanced()) {
        b.derived(
            CO_FINANCING_RATE.at(w.week()),
            s.coFinancingRate(),
            Message.of("REF-1.coFinancingRate", "week", w.week(), "number", w.number()));
      } else {
        b.derived(
            RATE.at(w.week()),
            s.rate(),
            Message.of("REF-1.rate", "week", w.week(), "number", w.number()));
      }
    }
    return b.build();
  }

  private static RuleResult numbers(RefusionFacts facts, RuleVersion v) {
    RuleResult.Builder b = RuleResult.builder(v);
    for (RefusionWeek w : RefusionCount.standard().weeks(facts.toWeeklyKinds())) {
      if (w.counts()) {
        b.derived(NUMBER.at(w.week()), w.number(), Message.of("REF-2.number", "week", w.week()));
      }
    }
    return b.build();
  }

  private static RuleResult restarts(RefusionFacts facts, RuleVersion v) {
    RuleResult.Builder b = RuleResult.builder(v);
    for (RefusionWeek w : RefusionCount.standard().weeks(facts.toWeeklyKinds())) {
      if (w.restart().isPresent()) {
        Restart r = w.restart().get();
        b.derived(
            RESTART.at(w.week()),
            r,
            Message.of(
                "REF-3.restart",
                "week",
                w.week(),
                "weeks",
                r.selfSupportWeeks(),
                "from",
                r.firstSelfSupport(),
                "to",
                r.lastSelfSupport()));
      }
    }
    return b.build();
  }
}
