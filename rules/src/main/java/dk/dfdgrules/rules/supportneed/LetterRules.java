/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.rules.supportneed.LetterDecision.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The letter to the citizen, LET-1 … LET-5 (DFDG-RN-2021-12-06 §3.2 and appendix 1): the entry
 * point "does publishing this plan produce a letter, and what does it say", {@link
 * #decide(PlanPublication, LocalDate)}.
 *
 * <p>"Når jobcentret har publiceret uddannelsesplan/kombiplan, hvor støttebehov er registreret,
 * modtager borgeren i beskedbakken på Jobnet et brev (pdf)". The rules, in force from {@link
 * dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06), each derive their own part:
 *
 * <table>
 *   <caption>The rules and what they derive</caption>
 *   <tr><th>rule</th><th>derives</th><th>when</th></tr>
 *   <tr><td>{@link #LET_1}</td><td>{@link #DUE} true</td><td>needs 2, 3 and/or 5, at any
 *       step</td></tr>
 *   <tr><td>{@link #LET_2}</td><td>{@link #DUE} true</td><td>need 1 at step 3 or 4</td></tr>
 *   <tr><td>{@link #LET_5}</td><td>{@link #PRODUCED}</td><td>whether this publication produces
 *       the due letter: as released only with a type-1 change (the known problem); as patched
 *       (announced, off unless the caller enables {@code LET-5:patched}) when the needs changed
 *       since the last letter</td></tr>
 *   <tr><td>{@link #LET_3}</td><td>{@link #ORDER_TO_START}</td><td>the due letter says the
 *       citizen is ordered to start (step 4)</td></tr>
 *   <tr><td>{@link #LET_4}</td><td>{@link #LINES}, {@link #JOBCENTRE_CONTACT}</td><td>the due
 *       letter's bullet lines and whether it shows the jobcentre contact</td></tr>
 * </table>
 *
 * <p>"Due" is the condition of LET-1 or LET-2 on the plan; LET-3 … LET-5 speak of the due letter
 * and say nothing when none is due. The decision ({@link LetterDecision}) is folded from the
 * results alone: a letter when LET-1 or LET-2 derived {@link #DUE} and LET-5 did not derive {@link
 * #PRODUCED} false, with the lines of LET-4 and the order to start of LET-3. Switching off LET-1 or
 * LET-2 leaves out its letter; switching off LET-5 produces every due letter; switching off LET-3
 * or LET-4 leaves their part out of the letter. The letter rules do not validate the needs: that is
 * {@link SupportNeedRules}' job before the plan is published.
 */
public final class LetterRules {

  private static final String SECTION = "§3.2";

  /** LET-1, LET-2: a letter is due for this plan (derived only when the rule holds). */
  public static final DerivedKey<Boolean> DUE = DerivedKey.of("letter.due", Boolean.class);

  /** LET-5: whether this publication produces the due letter. */
  public static final DerivedKey<Boolean> PRODUCED =
      DerivedKey.of("letter.produced", Boolean.class);

  /** LET-3: whether the due letter says the citizen is ordered to start the education. */
  public static final DerivedKey<Boolean> ORDER_TO_START =
      DerivedKey.of("letter.orderToStart", Boolean.class);

  /** LET-4: the due letter's bullet lines, one per element, in order. */
  public static final DerivedKey<LetterLine> LINES =
      DerivedKey.of("letter.lines[]", LetterLine.class);

  /** LET-4: whether the due letter shows a registered jobcentre contact (type 32). */
  public static final DerivedKey<Boolean> JOBCENTRE_CONTACT =
      DerivedKey.of("letter.jobcentreContact", Boolean.class);

  private static final Set<SupportNeed> LET_1_NEEDS =
      Set.of(
          SupportNeed.ACADEMIC,
          SupportNeed.SOCIAL_PERSONAL_OR_HEALTH,
          SupportNeed.OTHER_SUPPORT_PERSONS);

  /** LET-1: "Ved publicering af uddannelsesplan med støttebehov id 2, 3 og/eller 5". */
  public static final Rule<PlanPublication> LET_1 =
      Rule.define("LET-1", PlanPublication.class)
          .since(
              DFDG_RELEASE,
              cite(
                  SECTION,
                  "Ved publicering af uddannelsesplan med støttebehov 1d 2, 3 og/eller 5 (uanset"
                      + " trin i uddannelsesplanen)"),
              (p, v, ctx) -> {
                EducationPlan plan = p.plan();
                if (!let1Holds(plan)) {
                  return RuleResult.builder(v).explanation(Message.of("LET-1.doesNotHold")).build();
                }
                Message why = Message.of("LET-1.holds", "ids", ids(plan, LET_1_NEEDS::contains));
                return RuleResult.builder(v).derived(DUE, true, why).explanation(why).build();
              })
          .build();

  /** LET-2: "Ved publicering af uddannelsesplan på trin 3 eller 4 med støttebehov id 1". */
  public static final Rule<PlanPublication> LET_2 =
      Rule.define("LET-2", PlanPublication.class)
          .since(
              DFDG_RELEASE,
              cite(
                  SECTION,
                  "Ved publicering af uddannelsesplan på trin 3 eller 4 med støttebehov id 1"),
              (p, v, ctx) -> {
                EducationPlan plan = p.plan();
                if (let2Holds(plan)) {
                  Message why = Message.of("LET-2.holds", "step", plan.getStep().id());
                  return RuleResult.builder(v).derived(DUE, true, why).explanation(why).build();
                }
                return RuleResult.builder(v)
                    .explanation(
                        plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED)
                            ? Message.of("LET-2.need1TooEarly", "step", plan.getStep().id())
                            : Message.of("LET-2.noNeed1"))
                    .build();
              })
          .build();

  /**
   * LET-3: "Ved publicering af uddannelsesplan på trin 4 bliver der i brevet desuden vist oplysning
   * om, at borgeren er pålagt at starte på uddannelsen".
   */
  public static final Rule<PlanPublication> LET_3 =
      Rule.define("LET-3", PlanPublication.class)
          .since(
              DFDG_RELEASE,
              cite(
                  SECTION,
                  "Ved publicering af uddannelsesplan på trin 4 bliver der i brevet desuden vist"
                      + " oplysning om, at borgeren er pålagt at starte på uddannelsen"),
              (p, v, ctx) -> {
                if (!isDue(p.plan())) {
                  return RuleResult.builder(v).explanation(Message.of("LET-3.noLetter")).build();
                }
                boolean order = p.plan().getStep() == Step.STEP_4;
                Message why =
                    order
                        ? Message.of("LET-3.orderToStart")
                        : Message.of("LET-3.noOrder", "step", p.plan().getStep().id());
                return RuleResult.builder(v)
                    .derived(ORDER_TO_START, order, why)
                    .explanation(why)
                    .build();
              })
          .build();

  /**
   * LET-4: the letter's bullet lines, in this order, each when its condition holds (appendix 1
   * "Brevskabelon"): step 4 → order to start; need 1 → no support needs; need 3 → social, personal
   * or health needs; need 2 → academic needs; need 5 → a support person. Then the jobcentre
   * contact, "hvis kontaktperson eksisterer".
   *
   * <p><em>Interpretation:</em> the need-1 line only at steps 3–4, in line with LET-2 and UDB-1 (at
   * steps 1–2 need 1 is not sent to UDB, so the letter does not announce it). A test is named after
   * it.
   */
  public static final Rule<PlanPublication> LET_4 =
      Rule.define("LET-4", PlanPublication.class)
          .since(
              DFDG_RELEASE,
              cite(
                  SECTION + ", bilag 1",
                  "Hvilke oplysninger vil blive sendt til din nye uddannelsesinstitution, når du"
                      + " bliver optaget"),
              (p, v, ctx) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                if (!isDue(p.plan())) {
                  return b.explanation(Message.of("LET-4.noLetter")).build();
                }
                List<LetterLine> lines = lines(p.plan());
                for (int i = 0; i < lines.size(); i++) {
                  b.derived(LINES.at(i), lines.get(i), lines.get(i).message());
                }
                boolean contact = p.plan().getJobcentreContact().isPresent();
                b.derived(
                    JOBCENTRE_CONTACT,
                    contact,
                    Message.of(contact ? "LET-4.contact" : "LET-4.noContact"));
                return b.explanation(Message.of("LET-4.lines", "count", lines.size())).build();
              })
          .build();

  /**
   * LET-5 — when a publication produces the due letter (the known problem and its announced fix).
   *
   * <ul>
   *   <li>As released (from 2021-12-06): "Brevet med information om støttebehov/ingen støttebehov
   *       bliver ved en fejl kun dannet, hvis der publiceres ændringer af type 1" — only when the
   *       publication contains a {@linkplain Type1Change type-1 change}; a change of support needs
   *       alone produces no letter (the bug). Undetermined when {@link
   *       PlanPublication#type1Changes()} is not given and a letter is due.
   *   <li>As patched (announced, no in-force date; key {@code LET-5:patched}): "Fejlen forventes
   *       løst i en patch efter releasen, sådan at registrering af støttebehov/ingen støttebehov
   *       bliver en type 1-ændring. Og sådan, at der ikke dannes et nyt brev ved hver type
   *       1-ændring, hvis der ikke er ændringer i de registrerede støttebehov": a letter is
   *       produced when the needs differ from those of the last letter, or none was sent.
   * </ul>
   */
  public static final Rule<PlanPublication> LET_5 =
      Rule.define("LET-5", PlanPublication.class)
          .since(
              DFDG_RELEASE,
              cite(
                  SECTION + " Kendt problem",
                  "Brevet med information om støttebehov/ingen støttebehov bliver ved en fejl kun"
                      + " dannet, hvis der publiceres ændringer af type 1"),
              LetterRules::let5Released)
          .announced(
              "patched",
              cite(
                  SECTION + " Kendt problem",
                  "Fejlen forventes løst i en patch efter releasen, sådan at registrering af"
                      + " støttebehov/ingen støttebehov bliver en type 1-ændring"),
              LetterRules::let5Patched)
          .build();

  /** The area {@code education-letter}: LET-1 … LET-5 on a {@link PlanPublication}. */
  public static final RuleArea<PlanPublication, LetterDecision> AREA =
      RuleArea.builder("education-letter", PlanPublication.class)
          .description("The letter to the citizen when a plan is published (LET-1 … LET-5)")
          .rules(LET_1, LET_2, LET_3, LET_4, LET_5)
          .example("dk/dfdgrules/rules/supportneed/education-letter-example.json")
          .decides(LetterRules::fold);

  private LetterRules() {}

  /**
   * The letter a publication produces on a date (announced versions off).
   *
   * @param publication the published plan and what changed
   * @param date the evaluation date
   * @return the decision — a letter with its content, or none, and the rule that decided — and
   *     every rule's result
   */
  public static Answer<LetterDecision> decide(PlanPublication publication, LocalDate date) {
    return AREA.evaluate(publication, date);
  }

  /**
   * The letter a publication produces in a context (e.g. with {@code LET-5:patched} enabled).
   *
   * @param publication the published plan and what changed
   * @param context the evaluation date and the caller's settings
   * @return the decision and every rule's result
   */
  public static Answer<LetterDecision> decide(
      PlanPublication publication, EvaluationContext context) {
    return AREA.evaluate(publication, context);
  }

  /**
   * The bullet lines of LET-4 for a plan, in order.
   *
   * @param plan the plan
   * @return the lines
   */
  public static List<LetterLine> lines(EducationPlan plan) {
    Set<SupportNeed> needs = plan.getSupportNeeds();
    List<LetterLine> lines = new ArrayList<>();
    if (plan.getStep() == Step.STEP_4) {
      lines.add(LetterLine.ORDER_TO_START);
    }
    if (needs.contains(SupportNeed.NONE_ASSESSED) && isStep3Or4(plan.getStep())) {
      lines.add(LetterLine.NO_SUPPORT_NEEDS);
    }
    if (needs.contains(SupportNeed.SOCIAL_PERSONAL_OR_HEALTH)) {
      lines.add(LetterLine.SOCIAL_PERSONAL_OR_HEALTH_NEEDS);
    }
    if (needs.contains(SupportNeed.ACADEMIC)) {
      lines.add(LetterLine.ACADEMIC_NEEDS);
    }
    if (needs.contains(SupportNeed.OTHER_SUPPORT_PERSONS)) {
      lines.add(LetterLine.SUPPORT_PERSON);
    }
    return List.copyOf(lines);
  }

  // ---- the conditions the rules share ----

  private static boolean let1Holds(EducationPlan plan) {
    return plan.getSupportNeeds().stream().anyMatch(LET_1_NEEDS::contains);
  }

  private static boolean let2Holds(EducationPlan plan) {
    return isStep3Or4(plan.getStep()) && plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED);
  }

  /** The condition of LET-1 or LET-2: the letter LET-3 … LET-5 speak of is due. */
  private static boolean isDue(EducationPlan plan) {
    return let1Holds(plan) || let2Holds(plan);
  }

  private static boolean isStep3Or4(Step step) {
    return step == Step.STEP_3 || step == Step.STEP_4;
  }

  private static List<Integer> ids(EducationPlan plan, Predicate<SupportNeed> which) {
    return SupportNeedRules.ids(plan.getSupportNeeds(), which);
  }

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, section, quote);
  }

  // ---- LET-5 ----

  private static RuleResult let5Released(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(v);
    if (!isDue(p.plan())) {
      return b.explanation(
              p.type1Changes().isEmpty()
                  ? Message.of("LET-5.notNeeded")
                  : Message.of("LET-5.noLetterDue"))
          .build();
    }
    if (p.type1Changes().isEmpty()) {
      return b.missing("type1Changes").explanation(Message.of("LET-5.released.unknown")).build();
    }
    Set<Type1Change> changes = p.type1Changes().get();
    Message why =
        changes.isEmpty()
            ? Message.of("LET-5.released.noType1Change")
            : Message.of(
                "LET-5.released.type1Change",
                "changes",
                changes.stream().map(Type1Change::officialName).toList());
    return b.derived(PRODUCED, !changes.isEmpty(), why).explanation(why).build();
  }

  private static RuleResult let5Patched(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(v);
    if (!isDue(p.plan())) {
      return b.explanation(Message.of("LET-5.noLetterDue")).build();
    }
    Optional<Set<SupportNeed>> last = p.lastLetterSupportNeeds();
    if (last.isEmpty()) {
      Message why = Message.of("LET-5.patched.firstLetter");
      return b.derived(PRODUCED, true, why).explanation(why).build();
    }
    boolean changed = !last.get().equals(p.plan().getSupportNeeds());
    Message why =
        Message.of(
            changed ? "LET-5.patched.changed" : "LET-5.patched.unchanged",
            "ids",
            ids(p.plan(), n -> true),
            "previous",
            SupportNeedRules.ids(last.get(), n -> true));
    return b.derived(PRODUCED, changed, why).explanation(why).build();
  }

  // ---- the decision, folded from the results ----

  private static LetterDecision fold(
      PlanPublication p, RuleResults results, EvaluationContext ctx) {
    Optional<DerivedValue<Boolean>> due =
        results.derived(DUE).stream().filter(d -> d.value().orElse(false)).findFirst();
    if (due.isEmpty()) {
      return noLetterDue(p, results, ctx);
    }
    Optional<RuleResult> let5 = results.result(LET_5);
    if (let5.isPresent() && let5.get().isUndetermined()) {
      return new LetterDecision(
          Kind.UNDETERMINED, Optional.empty(), Optional.of(LET_5.id()), let5.get().explanation());
    }
    Optional<DerivedValue<Boolean>> produced = results.derived(PRODUCED).stream().findFirst();
    if (produced.isPresent() && !produced.get().value().orElse(true)) {
      return new LetterDecision(
          Kind.NO_LETTER,
          Optional.empty(),
          Optional.of(produced.get().decidedBy()),
          Optional.of(produced.get().reason()));
    }
    List<LetterLine> lines =
        results.derived(LINES).stream().flatMap(d -> d.value().stream()).toList();
    EducationLetter letter =
        new EducationLetter(
            p.plan().getStep(),
            lines,
            results.value(ORDER_TO_START).orElse(false),
            results.value(JOBCENTRE_CONTACT).orElse(false)
                ? p.plan().getJobcentreContact()
                : Optional.empty());
    return new LetterDecision(
        Kind.LETTER,
        Optional.of(letter),
        Optional.of(due.get().decidedBy()),
        Optional.of(
            due.get().decidedBy().equals(LET_1.id())
                ? Message.of("LET-1.letter", "ids", ids(p.plan(), LET_1_NEEDS::contains))
                : Message.of("LET-2.letter", "step", p.plan().getStep().id())));
  }

  /**
   * No letter is due: decided by LET-2 when need 1 is given without a need of LET-1 (too early, or
   * LET-2 switched off), else by LET-1.
   */
  private static LetterDecision noLetterDue(
      PlanPublication p, RuleResults results, EvaluationContext ctx) {
    if (results.outcome() == Outcome.NOT_IN_FORCE && !ctx.isSwitchedOff(LET_1.id())) {
      return new LetterDecision(
          Kind.NO_LETTER,
          Optional.empty(),
          Optional.of(LET_1.id()),
          Optional.of(Message.of("LET.notInForce", "date", ctx.date(), "from", DFDG_RELEASE)));
    }
    EducationPlan plan = p.plan();
    Rule<PlanPublication> by =
        plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED) && !let1Holds(plan)
            ? LET_2
            : LET_1;
    Optional<RuleResult> result = results.result(by);
    Optional<Message> why =
        result.isPresent() && result.get().outcome() == Outcome.NOT_IN_FORCE
            ? result.get().explanation()
            : Optional.of(
                by == LET_2
                    ? Message.of("LET-2.need1TooEarly", "step", plan.getStep().id())
                    : Message.of("LET-1.noLetterNeeds", "ids", ids(plan, n -> true)));
    return new LetterDecision(Kind.NO_LETTER, Optional.empty(), Optional.of(by.id()), why);
  }
}
