package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.rules.supportneed.SupportNeedDates.VALIDATIONS_IN_FORCE;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.rules.supportneed.LetterDecision.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The letter to the citizen, LET-1 … LET-5 (DFDG-RN-2021-12-06 §3.2 and appendix 1): the entry
 * point "does publishing this plan produce a letter, and what does it say", {@link
 * #letterFor(PlanPublication, LocalDate)}.
 *
 * <p>"Når jobcentret har publiceret uddannelsesplan/kombiplan, hvor støttebehov er registreret,
 * modtager borgeren i beskedbakken på Jobnet et brev (pdf)". The rules, in force from {@link
 * SupportNeedDates#VALIDATIONS_IN_FORCE} (2021-12-06):
 *
 * <ul>
 *   <li>{@link #LET_1} — a letter is due for needs 2, 3 and/or 5, at any step;
 *   <li>{@link #LET_2} — a letter is due at step 3 or 4 for need 1;
 *   <li>{@link #LET_3} — at step 4 the letter also says the citizen is ordered to start;
 *   <li>{@link #LET_4} — the bullet lines, in order;
 *   <li>{@link #LET_5} — when a publication produces the letter at all: as released, only with a
 *       type-1 change (the known problem); as patched (announced, off unless the caller enables
 *       {@code LET-5:patched} with a date), when the needs changed since the last letter.
 * </ul>
 *
 * <p>The decision: no letter when neither LET-1 nor LET-2 holds (decided by LET-2 for need 1 at
 * steps 1–2, by LET-1 otherwise); else no letter when LET-5 does not trigger (decided by LET-5);
 * else a letter, decided by LET-1 (or LET-2 when only it holds). The letter rules do not validate
 * the needs: that is {@link SupportNeedRules}' job before the plan is published.
 */
public final class LetterRules {

  private static final String SECTION = "§3.2";

  /** LET-1: "Ved publicering af uddannelsesplan med støttebehov id 2, 3 og/eller 5". */
  public static final VersionedRule<PlanPublication> LET_1 =
      rule(
          "LET-1",
          SECTION,
          "Ved publicering af uddannelsesplan med støttebehov 1d 2, 3 og/eller 5 (uanset trin i"
              + " uddannelsesplanen)",
          LetterRules::let1);

  /** LET-2: "Ved publicering af uddannelsesplan på trin 3 eller 4 med støttebehov id 1". */
  public static final VersionedRule<PlanPublication> LET_2 =
      rule(
          "LET-2",
          SECTION,
          "Ved publicering af uddannelsesplan på trin 3 eller 4 med støttebehov id 1",
          LetterRules::let2);

  /**
   * LET-3: "Ved publicering af uddannelsesplan på trin 4 bliver der i brevet desuden vist
   * oplysning om, at borgeren er pålagt at starte på uddannelsen".
   */
  public static final VersionedRule<PlanPublication> LET_3 =
      rule(
          "LET-3",
          SECTION,
          "Ved publicering af uddannelsesplan på trin 4 bliver der i brevet desuden vist oplysning"
              + " om, at borgeren er pålagt at starte på uddannelsen",
          LetterRules::let3);

  /**
   * LET-4: the letter's bullet lines, in this order, each when its condition holds (appendix 1
   * "Brevskabelon"): step 4 → order to start; need 1 → no support needs; need 3 → social,
   * personal or health needs; need 2 → academic needs; need 5 → a support person. Then the
   * jobcentre contact, "hvis kontaktperson eksisterer".
   *
   * <p><em>Interpretation:</em> the need-1 line only at steps 3–4, in line with LET-2 and UDB-1
   * (at steps 1–2 need 1 is not sent to UDB, so the letter does not announce it). A test is named
   * after it.
   */
  public static final VersionedRule<PlanPublication> LET_4 =
      rule(
          "LET-4",
          SECTION + ", bilag 1",
          "Hvilke oplysninger vil blive sendt til din nye uddannelsesinstitution, når du bliver"
              + " optaget",
          LetterRules::let4);

  /** LET-5 as released: "Brevet … bliver ved en fejl kun dannet, hvis der publiceres ændringer af type 1". */
  static final RuleVersion LET_5_RELEASED =
      RuleVersion.since(
          RuleId.of("LET-5"),
          VALIDATIONS_IN_FORCE,
          SourceCitation.of(
              SupportNeedRules.RELEASE_NOTE,
              SECTION + " Kendt problem",
              "Brevet med information om støttebehov/ingen støttebehov bliver ved en fejl kun"
                  + " dannet, hvis der publiceres ændringer af type 1"));

  /**
   * LET-5 as patched — announced, no in-force date: "Fejlen forventes løst i en patch efter
   * releasen, sådan at registrering af støttebehov/ingen støttebehov bliver en type 1-ændring. Og
   * sådan, at der ikke dannes et nyt brev ved hver type 1-ændring, hvis der ikke er ændringer i de
   * registrerede støttebehov". Key {@code LET-5:patched}.
   */
  public static final RuleVersion LET_5_PATCHED =
      RuleVersion.announced(
          RuleId.of("LET-5"),
          "patched",
          SourceCitation.of(
              SupportNeedRules.RELEASE_NOTE,
              SECTION + " Kendt problem",
              "Fejlen forventes løst i en patch efter releasen, sådan at registrering af"
                  + " støttebehov/ingen støttebehov bliver en type 1-ændring"));

  /**
   * LET-5 — when a publication produces the letter (the known problem and its announced fix).
   *
   * <ul>
   *   <li>As released (from 2021-12-06): only when the publication contains a {@linkplain
   *       Type1Change type-1 change} — a change of support needs alone produces no letter (the
   *       bug). Undetermined when {@link PlanPublication#type1Changes()} is not given.
   *   <li>As patched ({@link #LET_5_PATCHED}, off unless enabled): registering needs is itself a
   *       type-1 change; a letter is produced when the needs differ from those of the last letter,
   *       or none was sent — not on every type-1 change.
   * </ul>
   */
  public static final VersionedRule<PlanPublication> LET_5 =
      VersionedRule.<PlanPublication>builder(RuleId.of("LET-5"))
          .version(LET_5_RELEASED, LetterRules::let5)
          .version(LET_5_PATCHED, LetterRules::let5)
          .build();

  private static final List<Rule<PlanPublication>> RULES =
      ImmutableList.of(LET_1, LET_2, LET_3, LET_4, LET_5);

  private static final Set<SupportNeed> LET_1_NEEDS =
      Set.of(
          SupportNeed.ACADEMIC,
          SupportNeed.SOCIAL_PERSONAL_OR_HEALTH,
          SupportNeed.OTHER_SUPPORT_PERSONS);

  private static final String LETTER = "letter";

  private LetterRules() {}

  /**
   * The letter a publication produces on a date (announced versions off).
   *
   * @param publication the published plan and what changed
   * @param date the evaluation date
   * @return the decision with the letter's content, or no letter, and which rule decided
   */
  public static LetterDecision letterFor(PlanPublication publication, LocalDate date) {
    return letterFor(publication, EvaluationContext.on(date));
  }

  /**
   * The letter a publication produces in a context (e.g. with {@code LET-5:patched} enabled).
   *
   * @param publication the published plan and what changed
   * @param context the evaluation date and the caller's settings
   * @return the decision
   */
  public static LetterDecision letterFor(PlanPublication publication, EvaluationContext context) {
    Decision d = decide(publication, context);
    return new LetterDecision(d.kind, d.letter, d.decidedBy, d.reason, evaluate(publication, context));
  }

  /**
   * Evaluates LET-1 … LET-5.
   *
   * @param publication the published plan
   * @param context the evaluation context
   * @return every rule's result, with the derived values
   */
  public static CombinedResult evaluate(PlanPublication publication, EvaluationContext context) {
    return CombinedResult.evaluate(RULES, publication, context);
  }

  /**
   * The rules, LET-1 … LET-5.
   *
   * @return the rules
   */
  public static List<Rule<PlanPublication>> rules() {
    return RULES;
  }

  /**
   * The ids of the rules.
   *
   * @return LET-1 … LET-5
   */
  public static List<RuleId> ruleIds() {
    return RULES.stream().map(Rule::id).toList();
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

  // ---- the decision, shared by the rules so that each reports its own part ----

  private record Decision(
      Kind kind, Optional<EducationLetter> letter, RuleId decidedBy, Message reason) {}

  private static boolean let1Holds(EducationPlan plan) {
    return plan.getSupportNeeds().stream().anyMatch(LET_1_NEEDS::contains);
  }

  private static boolean let2Holds(EducationPlan plan) {
    return isStep3Or4(plan.getStep()) && plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED);
  }

  private static boolean isStep3Or4(Step step) {
    return step == Step.STEP_3 || step == Step.STEP_4;
  }

  private static Decision decide(PlanPublication p, EvaluationContext ctx) {
    EducationPlan plan = p.plan();
    if (ctx.date().isBefore(VALIDATIONS_IN_FORCE)) {
      return new Decision(
          Kind.NO_LETTER,
          Optional.empty(),
          LET_1.id(),
          Message.of("LET.notInForce", "date", ctx.date(), "from", VALIDATIONS_IN_FORCE));
    }
    boolean let1 = let1Holds(plan);
    boolean let2 = let2Holds(plan);
    if (!let1 && !let2) {
      boolean need1Early = plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED);
      return need1Early
          ? new Decision(
              Kind.NO_LETTER,
              Optional.empty(),
              LET_2.id(),
              Message.of("LET-2.need1TooEarly", "step", plan.getStep().id()))
          : new Decision(
              Kind.NO_LETTER,
              Optional.empty(),
              LET_1.id(),
              Message.of("LET-1.noLetterNeeds", "ids", SupportNeedRules.ids(plan.getSupportNeeds(), n -> true)));
    }
    Trigger trigger = trigger(p, ctx);
    if (trigger.missing.isPresent()) {
      return new Decision(Kind.UNDETERMINED, Optional.empty(), LET_5.id(), trigger.reason);
    }
    if (!trigger.fires) {
      return new Decision(Kind.NO_LETTER, Optional.empty(), LET_5.id(), trigger.reason);
    }
    EducationLetter letter =
        new EducationLetter(
            plan.getStep(), lines(plan), plan.getStep() == Step.STEP_4, plan.getJobcentreContact());
    return let1
        ? new Decision(
            Kind.LETTER,
            Optional.of(letter),
            LET_1.id(),
            Message.of("LET-1.letter", "ids", SupportNeedRules.ids(plan.getSupportNeeds(), LET_1_NEEDS::contains)))
        : new Decision(
            Kind.LETTER,
            Optional.of(letter),
            LET_2.id(),
            Message.of("LET-2.letter", "step", plan.getStep().id()));
  }

  private record Trigger(boolean fires, Optional<String> missing, Message reason) {}

  private static Trigger trigger(PlanPublication p, EvaluationContext ctx) {
    if (ctx.isSwitchedOff(LET_5.id())) {
      return new Trigger(true, Optional.empty(), Message.of("LET-5.switchedOff"));
    }
    Optional<RuleVersion> version = LET_5.versionIn(ctx);
    if (version.isPresent() && version.get().equals(LET_5_PATCHED)) {
      Optional<Set<SupportNeed>> last = p.lastLetterSupportNeeds();
      if (last.isEmpty()) {
        return new Trigger(true, Optional.empty(), Message.of("LET-5.patched.firstLetter"));
      }
      boolean changed = !last.get().equals(p.plan().getSupportNeeds());
      return new Trigger(
          changed,
          Optional.empty(),
          Message.of(
              changed ? "LET-5.patched.changed" : "LET-5.patched.unchanged",
              "ids",
              SupportNeedRules.ids(p.plan().getSupportNeeds(), n -> true),
              "previous",
              SupportNeedRules.ids(last.get(), n -> true)));
    }
    if (p.type1Changes().isEmpty()) {
      return new Trigger(false, Optional.of("type1Changes"), Message.of("LET-5.released.unknown"));
    }
    Set<Type1Change> changes = p.type1Changes().get();
    return changes.isEmpty()
        ? new Trigger(false, Optional.empty(), Message.of("LET-5.released.noType1Change"))
        : new Trigger(
            true,
            Optional.empty(),
            Message.of(
                "LET-5.released.type1Change",
                "changes",
                changes.stream().map(Type1Change::officialName).toList()));
  }

  // ---- each rule reports its part of the decision ----

  private static RuleResult let1(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    EducationPlan plan = p.plan();
    RuleResult.Builder b =
        RuleResult.builder(v)
            .explanation(
                let1Holds(plan)
                    ? Message.of("LET-1.holds", "ids", SupportNeedRules.ids(plan.getSupportNeeds(), LET_1_NEEDS::contains))
                    : Message.of("LET-1.doesNotHold"));
    return withDecision(b, v, p, ctx).build();
  }

  private static RuleResult let2(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    EducationPlan plan = p.plan();
    Message explanation =
        let2Holds(plan)
            ? Message.of("LET-2.holds", "step", plan.getStep().id())
            : plan.getSupportNeeds().contains(SupportNeed.NONE_ASSESSED)
                ? Message.of("LET-2.need1TooEarly", "step", plan.getStep().id())
                : Message.of("LET-2.noNeed1");
    return withDecision(RuleResult.builder(v).explanation(explanation), v, p, ctx).build();
  }

  private static RuleResult let3(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    Decision d = decide(p, ctx);
    RuleResult.Builder b = RuleResult.builder(v);
    if (d.letter.isEmpty()) {
      return b.explanation(Message.of("LET-3.noLetter")).build();
    }
    boolean order = d.letter.get().orderToStart();
    Message why =
        order
            ? Message.of("LET-3.orderToStart")
            : Message.of("LET-3.noOrder", "step", p.plan().getStep().id());
    return b.derived(DerivedValue.of(LETTER + ".orderToStart", order, v.ruleId(), why))
        .explanation(why)
        .build();
  }

  private static RuleResult let4(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    Decision d = decide(p, ctx);
    RuleResult.Builder b = RuleResult.builder(v);
    if (d.letter.isEmpty()) {
      return b.explanation(Message.of("LET-4.noLetter")).build();
    }
    EducationLetter letter = d.letter.get();
    for (int i = 0; i < letter.lines().size(); i++) {
      LetterLine line = letter.lines().get(i);
      b.derived(DerivedValue.of(LETTER + ".lines[" + i + "]", line.name(), v.ruleId(), line.message()));
    }
    boolean contact = letter.jobcentreContact().isPresent();
    b.derived(
        DerivedValue.of(
            LETTER + ".jobcentreContact",
            contact ? "registered" : "none",
            v.ruleId(),
            Message.of(contact ? "LET-4.contact" : "LET-4.noContact")));
    return b.explanation(Message.of("LET-4.lines", "count", letter.lines().size())).build();
  }

  private static RuleResult let5(PlanPublication p, RuleVersion v, EvaluationContext ctx) {
    Trigger t = trigger(p, ctx);
    RuleResult.Builder b = RuleResult.builder(v).explanation(t.reason);
    if (t.missing.isPresent()) {
      // only needed when LET-1 or LET-2 holds; otherwise the letter is decided without it
      if (let1Holds(p.plan()) || let2Holds(p.plan())) {
        b.missing(t.missing.get());
      } else {
        b.explanation(Message.of("LET-5.notNeeded"));
      }
    }
    return withDecision(b, v, p, ctx).build();
  }

  /** Adds the {@code letter} derived value when this rule is the one that decided. */
  private static RuleResult.Builder withDecision(
      RuleResult.Builder b, RuleVersion v, PlanPublication p, EvaluationContext ctx) {
    Decision d = decide(p, ctx);
    if (d.decidedBy.equals(v.ruleId()) && d.kind != Kind.UNDETERMINED) {
      b.derived(
          DerivedValue.of(
              LETTER, d.kind == Kind.LETTER ? "produced" : "none", v.ruleId(), d.reason));
    }
    return b;
  }

  private interface Evaluation {
    RuleResult evaluate(PlanPublication p, RuleVersion v, EvaluationContext ctx);
  }

  private static VersionedRule<PlanPublication> rule(
      String id, String section, String quote, Evaluation evaluation) {
    RuleId ruleId = RuleId.of(id);
    return VersionedRule.<PlanPublication>builder(ruleId)
        .version(
            RuleVersion.since(
                ruleId,
                VALIDATIONS_IN_FORCE,
                SourceCitation.of(SupportNeedRules.RELEASE_NOTE, section, quote)),
            evaluation::evaluate)
        .build();
  }
}
