package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.rules.supportneed.SupportNeedDates.UDB_FLOW_IN_FORCE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.CourseCategories;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.MentorIntervention;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What DFDG sends to UDB (Ungedatabasen) about a young person's support needs, UDB-1 … UDB-5
 * (DFDG-RN-2021-12-06 §3.2): the entry point "UDB reports this young person admitted: what do we
 * send?", {@link #onAdmission(EducationPlan, UdbFacts, LocalDate)}, and for later changes of the
 * needs {@link #onSupportNeedsChanged(EducationPlan, UdbFacts, LocalDate, LocalDate)}.
 *
 * <p>"DFDG kommunikerer … videre til Ungedatabasen (UDB) …, når DFDG får besked fra UDB om, at den
 * unge er optaget på en uddannelse." The source's sentence "Det er angivelsen af støttebehov id 1,
 * 2 og 3, der styrer, om der sendes oplysninger fra UDB til DFDG" means DFDG → UDB: the direction
 * is a slip in the source; it is the needs 1, 2 and 3 that decide whether DFDG sends anything to
 * UDB.
 *
 * <p>In force from {@link SupportNeedDates#UDB_FLOW_IN_FORCE} (2022-01-01, §3.2 OBS); before that
 * every rule answers <em>not in force</em> and there is nothing to send.
 *
 * <ul>
 *   <li>{@link #UDB_1} — steps 1–2: needs 2 and 3 are sent; need 1 is not;
 *   <li>{@link #UDB_2} — steps 3–4: needs 1, 2 and 3 are sent;
 *   <li>{@link #UDB_3} — needs 4, 5, 6 go along when 1, 2 and/or 3 are sent, never alone;
 *   <li>{@link #UDB_4} — a completed reading, writing and arithmetic test (course category 37,
 *       never its result) and a current or future mentor are sent too;
 *   <li>{@link #UDB_5} — registrations <em>and updates</em>: a later change of the needs is sent
 *       again, with the same content rules.
 * </ul>
 */
public final class UdbMessages {

  private static final String SECTION = "§3.2";
  private static final String MESSAGE = "udbMessage";

  private static final Set<SupportNeed> STEP_1_2_SENT =
      Set.of(SupportNeed.ACADEMIC, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> STEP_3_4_SENT =
      Set.of(
          SupportNeed.NONE_ASSESSED,
          SupportNeed.ACADEMIC,
          SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> ACCOMPANYING =
      Set.of(
          SupportNeed.DOCUMENTED,
          SupportNeed.OTHER_SUPPORT_PERSONS,
          SupportNeed.CONTACT_JOBCENTRE);

  /**
   * UDB-1 — at step 1 ('Valg af uddannelsesønsker') or 2 ('Valg af uddannelsessteder'): "Ja,
   * støttebehov m.v. oversendes fra DFDG til UDB" for needs 2 and 3; "Nej, 'ingen støttebehov'
   * oversendes ikke fra DFDG til UDB" for need 1.
   */
  public static final VersionedRule<UdbMessageFacts> UDB_1 =
      rule(
          "UDB-1",
          "Trin 2 - Valg af uddannelsessteder … Nej, 'ingen støttebehov' oversendes ikke fra DFDG til UDB",
          UdbMessages::udb1);

  /**
   * UDB-2 — at step 3 ('Optagelsesstatus') or 4 ('Pålæg om at påbegynde og gennemføre en konkret
   * uddannelse'): needs 2 and 3, and "Ja, 'ingen støttebehov' m.v. oversendes fra DFDG til UDB".
   */
  public static final VersionedRule<UdbMessageFacts> UDB_2 =
      rule(
          "UDB-2",
          "Trin 3 - Optagelsesstatus … Ja, 'ingen støttebehov' m.v. oversendes fra DFDG til UDB",
          UdbMessages::udb2);

  /**
   * UDB-3 — "Hvis borgeren har registrerede støtte behov id 4, 5 og 6, medsendes disse, når
   * besked om id 1, 2 og/eller 3 sendes" — and not otherwise.
   */
  public static final VersionedRule<UdbMessageFacts> UDB_3 =
      rule(
          "UDB-3",
          "Hvis borgeren har registrerede støtte behov id 4, 5 og 6, medsendes disse, når besked om"
              + " id 1, 2 og/eller 3 sendes",
          UdbMessages::udb3);

  /**
   * UDB-4 — "DFDG kommunikerer desuden til UDB, hvis det i DFDG er registreret, at den unge med
   * uddannelsespålæg: har gennemført en læse-, skrive og regnetest (kursusindsats/-aktivitet med
   * afholdelseskategori 'Læse-, skrive- og regnetest' (id 37)). UDB orienteres ikke om resultatet
   * af testen; aktuelt eller fremtidigt har en mentor (mentorindsats/-aktivitet (id 1))".
   *
   * <p><em>Interpretations:</em> "id 1" is mentor type 1 'Mentor, individuel'; the counted types
   * are a parameter ({@link UdbFacts#mentorTypes()}, default {1}). A mentor is current or future
   * when its period has not ended before the evaluation date. A test counts when its course
   * activity has category 37 and status 'Gennemført' (completed). "Desuden" (besides): these facts
   * are sent on admission even when no support need is.
   */
  public static final VersionedRule<UdbMessageFacts> UDB_4 =
      rule(
          "UDB-4",
          "DFDG kommunikerer desuden til UDB, hvis det i DFDG er registreret, at den unge med"
              + " uddannelsespålæg: har gennemført en læse-, skrive og regnetest … aktuelt eller"
              + " fremtidigt har en mentor",
          UdbMessages::udb4);

  /**
   * UDB-5 — DFDG communicates "jobcentrets registreringer og opdateringer af støttebehov".
   *
   * <p><em>Interpretation:</em> after the admission, a later change of the registered needs is
   * sent again, by the same content rules; before UDB has reported an admission there is nothing
   * to send.
   */
  public static final VersionedRule<UdbMessageFacts> UDB_5 =
      rule(
          "UDB-5",
          "DFDG kommunikerer jobcentrets registreringer og opdateringer af støttebehov … videre til"
              + " Ungedatabasen (UDB)",
          UdbMessages::udb5);

  private static final List<Rule<UdbMessageFacts>> RULES =
      ImmutableList.of(UDB_1, UDB_2, UDB_3, UDB_4, UDB_5);

  private UdbMessages() {}

  /**
   * What DFDG sends to UDB when UDB reports the young person admitted to an education.
   *
   * @param plan the education plan: step and needs
   * @param facts course activities, mentor interventions and the mentor types that count
   * @param date the evaluation date: the day of the admission message
   * @return the message content, or nothing to send, and which rule decided
   */
  public static UdbDecision onAdmission(EducationPlan plan, UdbFacts facts, LocalDate date) {
    return decide(
        new UdbMessageFacts(
            UdbEvent.ADMISSION,
            plan,
            Optional.empty(),
            facts.activities(),
            facts.mentorInterventions(),
            facts.mentorTypes()),
        EvaluationContext.on(date));
  }

  /**
   * What DFDG sends to UDB when the jobcentre changes the needs after UDB reported an admission
   * (UDB-5).
   *
   * @param plan the education plan with the changed needs
   * @param facts course activities, mentor interventions and the mentor types that count
   * @param admittedOn the day UDB reported the admission
   * @param date the evaluation date: the day of the change
   * @return the message content, or nothing to send
   */
  public static UdbDecision onSupportNeedsChanged(
      EducationPlan plan, UdbFacts facts, LocalDate admittedOn, LocalDate date) {
    return decide(
        new UdbMessageFacts(
            UdbEvent.SUPPORT_NEEDS_CHANGED,
            plan,
            Optional.of(admittedOn),
            facts.activities(),
            facts.mentorInterventions(),
            facts.mentorTypes()),
        EvaluationContext.on(date));
  }

  /**
   * The decision for any event, in a context.
   *
   * @param facts the event, plan and registrations
   * @param context the evaluation date and the caller's settings
   * @return the decision
   */
  public static UdbDecision decide(UdbMessageFacts facts, EvaluationContext context) {
    Content c = content(facts, context.date());
    return new UdbDecision(c.message, c.decidedBy, c.reason, evaluate(facts, context));
  }

  /**
   * Evaluates UDB-1 … UDB-5.
   *
   * @param facts the event, plan and registrations
   * @param context the evaluation context
   * @return every rule's result with the derived values
   */
  public static CombinedResult evaluate(UdbMessageFacts facts, EvaluationContext context) {
    return CombinedResult.evaluate(RULES, facts, context);
  }

  /**
   * The rules, UDB-1 … UDB-5.
   *
   * @return the rules
   */
  public static List<Rule<UdbMessageFacts>> rules() {
    return RULES;
  }

  /**
   * The ids of the rules.
   *
   * @return UDB-1 … UDB-5
   */
  public static List<RuleId> ruleIds() {
    return RULES.stream().map(Rule::id).toList();
  }

  // ---- the content, shared by the rules ----

  private record Content(
      Optional<UdbMessage> message,
      RuleId decidedBy,
      Message reason,
      Set<SupportNeed> core,
      Set<SupportNeed> accompanying,
      boolean readingTest,
      boolean mentor) {}

  private static boolean isStep1Or2(Step step) {
    return step == Step.STEP_1 || step == Step.STEP_2;
  }

  private static Set<SupportNeed> core(EducationPlan plan) {
    Set<SupportNeed> sent = isStep1Or2(plan.getStep()) ? STEP_1_2_SENT : STEP_3_4_SENT;
    return plan.getSupportNeeds().stream()
        .filter(sent::contains)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo));
  }

  private static Set<SupportNeed> accompanying(EducationPlan plan, Set<SupportNeed> core) {
    if (core.isEmpty()) {
      return ImmutableSortedSet.of();
    }
    return plan.getSupportNeeds().stream()
        .filter(ACCOMPANYING::contains)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo));
  }

  /** UDB-4: a course activity with category 37 and status 'Gennemført'. */
  static boolean readingTestCompleted(UdbMessageFacts f) {
    return f.activities().stream()
        .anyMatch(
            a ->
                a.getCourseCategory().orElse(0) == CourseCategories.READING_WRITING_ARITHMETIC_TEST
                    && a.getStatus() == ActivityStatus.COMPLETED);
  }

  /** UDB-4: a mentor intervention of a counted type that has not ended before the date. */
  static boolean currentOrFutureMentor(UdbMessageFacts f, LocalDate date) {
    return f.mentorInterventions().stream()
        .filter(m -> f.mentorTypes().contains(m.getMentorType()))
        .map(MentorIntervention::getPeriod)
        .anyMatch(p -> p.end().map(end -> !end.isBefore(date)).orElse(true));
  }

  private static RuleId stepRule(Step step) {
    return isStep1Or2(step) ? UDB_1.id() : UDB_2.id();
  }

  private static Content content(UdbMessageFacts f, LocalDate date) {
    EducationPlan plan = f.plan();
    Set<SupportNeed> core = core(plan);
    Set<SupportNeed> acc = accompanying(plan, core);
    boolean test = readingTestCompleted(f);
    boolean mentor = currentOrFutureMentor(f, date);
    if (date.isBefore(UDB_FLOW_IN_FORCE)) {
      return new Content(
          Optional.empty(),
          stepRule(plan.getStep()),
          Message.of("UDB.notInForce", "date", date, "from", UDB_FLOW_IN_FORCE),
          core, acc, test, mentor);
    }
    if (f.event() == UdbEvent.SUPPORT_NEEDS_CHANGED
        && f.admittedOn().map(d -> d.isAfter(date)).orElse(true)) {
      return new Content(
          Optional.empty(), UDB_5.id(), Message.of("UDB-5.notAdmitted"), core, acc, test, mentor);
    }
    if (core.isEmpty() && !test && !mentor) {
      return new Content(
          Optional.empty(),
          stepRule(plan.getStep()),
          Message.of(
              isStep1Or2(plan.getStep()) ? "UDB-1.nothing" : "UDB-2.nothing",
              "step",
              plan.getStep().id()),
          core, acc, test, mentor);
    }
    Set<SupportNeed> sent =
        ImmutableSortedSet.<SupportNeed>naturalOrder().addAll(core).addAll(acc).build();
    UdbMessage message = new UdbMessage(plan.getStep(), sent, test, mentor);
    return core.isEmpty()
        ? new Content(Optional.of(message), UDB_4.id(), Message.of("UDB-4.only"), core, acc, test, mentor)
        : new Content(
            Optional.of(message),
            stepRule(plan.getStep()),
            Message.of("UDB.send", "ids", ids(sent), "step", plan.getStep().id()),
            core, acc, test, mentor);
  }

  private static List<Integer> ids(Set<SupportNeed> needs) {
    return SupportNeedRules.ids(needs, n -> true);
  }

  // ---- each rule reports its part ----

  private static RuleResult udb1(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx) {
    return stepRuleResult(f, v, ctx, true);
  }

  private static RuleResult udb2(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx) {
    return stepRuleResult(f, v, ctx, false);
  }

  private static RuleResult stepRuleResult(
      UdbMessageFacts f, RuleVersion v, EvaluationContext ctx, boolean steps1And2) {
    Step step = f.plan().getStep();
    RuleResult.Builder b = RuleResult.builder(v);
    if (isStep1Or2(step) != steps1And2) {
      return b.explanation(
              Message.of(steps1And2 ? "UDB-1.notConcerned" : "UDB-2.notConcerned", "step", step.id()))
          .build();
    }
    Content c = content(f, ctx.date());
    String id = steps1And2 ? "UDB-1" : "UDB-2";
    boolean need1Withheld =
        steps1And2 && f.plan().getSupportNeeds().contains(SupportNeed.NONE_ASSESSED);
    b.explanation(
        !c.core.isEmpty()
            ? Message.of(id + ".sent", "step", step.id(), "ids", ids(c.core))
            : need1Withheld
                ? Message.of("UDB-1.need1NotSent", "step", step.id())
                : Message.of(id + ".noneSent", "step", step.id()));
    withDecision(b, v, c);
    if (c.message.isPresent() && !c.message.get().supportNeeds().isEmpty()) {
      b.derived(
          DerivedValue.of(
              MESSAGE + ".supportNeeds",
              Message.text(ids(c.message.get().supportNeeds())),
              v.ruleId(),
              c.reason));
    }
    return b.build();
  }

  private static RuleResult udb3(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx) {
    Content c = content(f, ctx.date());
    Set<SupportNeed> given =
        f.plan().getSupportNeeds().stream()
            .filter(ACCOMPANYING::contains)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo));
    RuleResult.Builder b = RuleResult.builder(v);
    if (given.isEmpty()) {
      return b.explanation(Message.of("UDB-3.noneGiven")).build();
    }
    if (c.message.isPresent() && !c.accompanying.isEmpty()) {
      Message why = Message.of("UDB-3.along", "ids", ids(c.accompanying));
      return b.derived(
              DerivedValue.of(MESSAGE + ".accompanyingNeeds", Message.text(ids(c.accompanying)), v.ruleId(), why))
          .explanation(why)
          .build();
    }
    return b.explanation(Message.of("UDB-3.notAlone", "ids", ids(given))).build();
  }

  private static RuleResult udb4(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx) {
    Content c = content(f, ctx.date());
    RuleResult.Builder b = RuleResult.builder(v);
    String which =
        c.readingTest
            ? (c.mentor ? "UDB-4.testAndMentor" : "UDB-4.testOnly")
            : (c.mentor ? "UDB-4.mentorOnly" : "UDB-4.neither");
    b.explanation(Message.of(which, "mentorTypes", f.mentorTypes()));
    if (c.message.isPresent()) {
      b.derived(
          DerivedValue.of(
              MESSAGE + ".readingTestCompleted",
              c.readingTest,
              v.ruleId(),
              Message.of(c.readingTest ? "UDB-4.test" : "UDB-4.noTest")));
      b.derived(
          DerivedValue.of(
              MESSAGE + ".mentor",
              c.mentor,
              v.ruleId(),
              Message.of(c.mentor ? "UDB-4.mentor" : "UDB-4.noMentor", "mentorTypes", f.mentorTypes())));
    }
    return withDecision(b, v, c).build();
  }

  private static RuleResult udb5(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx) {
    Content c = content(f, ctx.date());
    RuleResult.Builder b = RuleResult.builder(v);
    if (f.event() == UdbEvent.ADMISSION) {
      b.explanation(Message.of("UDB-5.admission"));
    } else if (c.decidedBy.equals(UDB_5.id())) {
      b.explanation(Message.of("UDB-5.notAdmitted"));
    } else {
      b.explanation(Message.of("UDB-5.update", "admittedOn", f.admittedOn().orElseThrow()));
    }
    return withDecision(b, v, c).build();
  }

  private static RuleResult.Builder withDecision(RuleResult.Builder b, RuleVersion v, Content c) {
    if (c.decidedBy.equals(v.ruleId())) {
      b.derived(
          DerivedValue.of(MESSAGE, c.message.isPresent() ? "send" : "nothing to send", v.ruleId(), c.reason));
    }
    return b;
  }

  private interface Evaluation {
    RuleResult evaluate(UdbMessageFacts f, RuleVersion v, EvaluationContext ctx);
  }

  private static VersionedRule<UdbMessageFacts> rule(String id, String quote, Evaluation e) {
    RuleId ruleId = RuleId.of(id);
    return VersionedRule.<UdbMessageFacts>builder(ruleId)
        .version(
            RuleVersion.since(
                ruleId,
                UDB_FLOW_IN_FORCE,
                SourceCitation.of(SupportNeedRules.RELEASE_NOTE, SECTION, quote)),
            e::evaluate)
        .build();
  }
}
