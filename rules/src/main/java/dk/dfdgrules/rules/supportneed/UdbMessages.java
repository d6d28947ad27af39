/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static dk.dfdgrules.codelists.Sources.UDB_SUPPORT_NEEDS_FLOW;

import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.CourseCategories;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.activity.MentorIntervention;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What DFDG sends to UDB (Ungedatabasen) about a young person's support needs, UDB-1 … UDB-5
 * (DFDG-RN-2021-12-06 §3.2): the entry point "UDB reports this young person admitted: what do we
 * send?", {@link #decide(UdbMessageFacts, LocalDate)} with {@link UdbMessageFacts#admission}, and
 * for later changes of the needs with {@link UdbMessageFacts#supportNeedsChanged}.
 *
 * <p>"DFDG kommunikerer … videre til Ungedatabasen (UDB) …, når DFDG får besked fra UDB om, at den
 * unge er optaget på en uddannelse." The source's sentence "Det er angivelsen af støttebehov id 1,
 * 2 og 3, der styrer, om der sendes oplysninger fra UDB til DFDG" means DFDG → UDB: the direction
 * is a slip in the source; it is the needs 1, 2 and 3 that decide whether DFDG sends anything to
 * UDB.
 *
 * <p>In force from {@link dk.dfdgrules.codelists.Sources#UDB_SUPPORT_NEEDS_FLOW} (2022-01-01, §3.2
 * OBS); before that every rule answers <em>not in force</em> and there is nothing to send.
 *
 * <ul>
 *   <li>{@link #UDB_1} — steps 1–2: needs 2 and 3 are sent ({@link #SUPPORT_NEEDS}); need 1 is not;
 *   <li>{@link #UDB_2} — steps 3–4: needs 1, 2 and 3 are sent ({@link #SUPPORT_NEEDS});
 *   <li>{@link #UDB_3} — needs 4, 5, 6 go along when 1, 2 and/or 3 are sent, never alone ({@link
 *       #ACCOMPANYING_NEEDS});
 *   <li>{@link #UDB_4} — a completed reading, writing and arithmetic test (course category 37,
 *       never its result) and a current or future mentor are sent too ({@link
 *       #READING_TEST_COMPLETED}, {@link #MENTOR});
 *   <li>{@link #UDB_5} — registrations <em>and updates</em>: a later change of the needs is sent
 *       again, with the same content rules, once UDB has reported the admission ({@link
 *       #UPDATE_SENT}).
 * </ul>
 *
 * <p>The decision ({@link UdbDecision}) is folded from these values alone: nothing to send when
 * UDB-5 holds an update back, or when no need, test or mentor is derived; else a message with them,
 * decided by the step's rule (UDB-1 or UDB-2), or by UDB-4 when only the test or mentor is sent.
 */
public final class UdbMessages {

  private static final String SECTION = "§3.2";

  /** UDB-1, UDB-2: the needs 1, 2, 3 sent at the plan's step (derived when any is sent). */
  public static final DerivedKey<List<SupportNeed>> SUPPORT_NEEDS =
      DerivedKey.listOf("udbMessage.supportNeeds", SupportNeed.class);

  /** UDB-3: the needs 4, 5, 6 sent along (derived when any goes along). */
  public static final DerivedKey<List<SupportNeed>> ACCOMPANYING_NEEDS =
      DerivedKey.listOf("udbMessage.accompanyingNeeds", SupportNeed.class);

  /** UDB-4: whether a completed reading, writing and arithmetic test is reported. */
  public static final DerivedKey<Boolean> READING_TEST_COMPLETED =
      DerivedKey.of("udbMessage.readingTestCompleted", Boolean.class);

  /** UDB-4: whether a current or future mentor is reported. */
  public static final DerivedKey<Boolean> MENTOR =
      DerivedKey.of("udbMessage.mentor", Boolean.class);

  /** UDB-5: whether a change of the needs after the admission is sent (for that event only). */
  public static final DerivedKey<Boolean> UPDATE_SENT =
      DerivedKey.of("udbMessage.updateSent", Boolean.class);

  private static final Set<SupportNeed> STEP_1_2_SENT =
      Set.of(SupportNeed.ACADEMIC, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> STEP_3_4_SENT =
      Set.of(
          SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC, SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
  private static final Set<SupportNeed> ACCOMPANYING =
      Set.of(
          SupportNeed.DOCUMENTED, SupportNeed.OTHER_SUPPORT_PERSONS, SupportNeed.CONTACT_JOBCENTRE);

  /**
   * UDB-1 — at step 1 ('Valg af uddannelsesønsker') or 2 ('Valg af uddannelsessteder'): "Ja,
   * støttebehov m.v. oversendes fra DFDG til UDB" for needs 2 and 3; "Nej, 'ingen støttebehov'
   * oversendes ikke fra DFDG til UDB" for need 1.
   */
  public static final Rule<UdbMessageFacts> UDB_1 =
      Rule.define("UDB-1", UdbMessageFacts.class)
          .since(
              UDB_SUPPORT_NEEDS_FLOW,
              cite(
                  "Trin 2 - Valg af uddannelsessteder … Nej, 'ingen støttebehov' oversendes ikke"
                      + " fra DFDG til UDB"),
              (f, v, ctx) -> stepRule(f, v, true))
          .build();

  /**
   * UDB-2 — at step 3 ('Optagelsesstatus') or 4 ('Pålæg om at påbegynde og gennemføre en konkret
   * uddannelse'): needs 2 and 3, and "Ja, 'ingen støttebehov' m.v. oversendes fra DFDG til UDB".
   */
  public static final Rule<UdbMessageFacts> UDB_2 =
      Rule.define("UDB-2", UdbMessageFacts.class)
          .since(
              UDB_SUPPORT_NEEDS_FLOW,
              cite(
                  "Trin 3 - Optagelsesstatus … Ja, 'ingen støttebehov' m.v. oversendes fra DFDG"
                      + " til UDB"),
              (f, v, ctx) -> stepRule(f, v, false))
          .build();

  /**
   * UDB-3 — "Hvis borgeren har registrerede støtte behov id 4, 5 og 6, medsendes disse, når besked
   * om id 1, 2 og/eller 3 sendes" — and not otherwise.
   */
  public static final Rule<UdbMessageFacts> UDB_3 =
      Rule.define("UDB-3", UdbMessageFacts.class)
          .since(
              UDB_SUPPORT_NEEDS_FLOW,
              cite(
                  "Hvis borgeren har registrerede støtte behov id 4, 5 og 6, medsendes disse, når"
                      + " besked om id 1, 2 og/eller 3 sendes"),
              (f, v, ctx) -> {
                List<SupportNeed> given = needs(f.plan(), ACCOMPANYING);
                RuleResult.Builder b = RuleResult.builder(v);
                if (given.isEmpty()) {
                  return b.explanation(Message.of("UDB-3.noneGiven")).build();
                }
                if (core(f.plan()).isEmpty()) {
                  return b.explanation(Message.of("UDB-3.notAlone", "ids", ids(given))).build();
                }
                Message why = Message.of("UDB-3.along", "ids", ids(given));
                return b.derived(ACCOMPANYING_NEEDS, given, why).explanation(why).build();
              })
          .build();

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
  public static final Rule<UdbMessageFacts> UDB_4 =
      Rule.define("UDB-4", UdbMessageFacts.class)
          .since(
              UDB_SUPPORT_NEEDS_FLOW,
              cite(
                  "DFDG kommunikerer desuden til UDB, hvis det i DFDG er registreret, at den unge"
                      + " med uddannelsespålæg: har gennemført en læse-, skrive og regnetest …"
                      + " aktuelt eller fremtidigt har en mentor"),
              (f, v, ctx) -> {
                boolean test = readingTestCompleted(f);
                boolean mentor = currentOrFutureMentor(f, ctx.date());
                String which =
                    test
                        ? (mentor ? "UDB-4.testAndMentor" : "UDB-4.testOnly")
                        : (mentor ? "UDB-4.mentorOnly" : "UDB-4.neither");
                return RuleResult.builder(v)
                    .derived(
                        READING_TEST_COMPLETED,
                        test,
                        Message.of(test ? "UDB-4.test" : "UDB-4.noTest"))
                    .derived(
                        MENTOR,
                        mentor,
                        Message.of(
                            mentor ? "UDB-4.mentor" : "UDB-4.noMentor",
                            "mentorTypes",
                            f.mentorTypes()))
                    .explanation(Message.of(which, "mentorTypes", f.mentorTypes()))
                    .build();
              })
          .build();

  /**
   * UDB-5 — DFDG communicates "jobcentrets registreringer og opdateringer af støttebehov".
   *
   * <p><em>Interpretation:</em> after the admission, a later change of the registered needs is sent
   * again, by the same content rules; before UDB has reported an admission there is nothing to
   * send.
   */
  public static final Rule<UdbMessageFacts> UDB_5 =
      Rule.define("UDB-5", UdbMessageFacts.class)
          .since(
              UDB_SUPPORT_NEEDS_FLOW,
              cite(
                  "DFDG kommunikerer jobcentrets registreringer og opdateringer af støttebehov …"
                      + " videre til Ungedatabasen (UDB)"),
              (f, v, ctx) -> {
                RuleResult.Builder b = RuleResult.builder(v);
                if (f.event() == UdbEvent.ADMISSION) {
                  return b.explanation(Message.of("UDB-5.admission")).build();
                }
                boolean admitted = f.admittedOn().map(d -> !d.isAfter(ctx.date())).orElse(false);
                Message why =
                    admitted
                        ? Message.of("UDB-5.update", "admittedOn", f.admittedOn().orElseThrow())
                        : Message.of("UDB-5.notAdmitted");
                return b.derived(UPDATE_SENT, admitted, why).explanation(why).build();
              })
          .build();

  /** The area {@code udb-message}: UDB-1 … UDB-5 on {@link UdbMessageFacts}. */
  public static final RuleArea<UdbMessageFacts, UdbDecision> AREA =
      RuleArea.builder("udb-message", UdbMessageFacts.class)
          .description("What DFDG sends to UDB about support needs (UDB-1 … UDB-5)")
          .rules(UDB_1, UDB_2, UDB_3, UDB_4, UDB_5)
          .example("dk/dfdgrules/rules/supportneed/udb-message-example.json")
          .decides(UdbMessages::fold);

  private UdbMessages() {}

  /**
   * What DFDG sends to UDB on an event, on a date.
   *
   * @param facts the event ({@link UdbMessageFacts#admission} or {@link
   *     UdbMessageFacts#supportNeedsChanged}), plan and registrations
   * @param date the evaluation date: the day of the admission message or of the change
   * @return the decision — the message, or nothing to send, and the rule that decided — and every
   *     rule's result
   */
  public static Answer<UdbDecision> decide(UdbMessageFacts facts, LocalDate date) {
    return AREA.evaluate(facts, date);
  }

  /**
   * What DFDG sends to UDB on an event, in a context.
   *
   * @param facts the event, plan and registrations
   * @param context the evaluation date and the caller's settings
   * @return the decision and every rule's result
   */
  public static Answer<UdbDecision> decide(UdbMessageFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  // ---- what the rules share ----

  private static boolean isStep1Or2(Step step) {
    return step == Step.STEP_1 || step == Step.STEP_2;
  }

  /** The needs 1, 2, 3 sent at the plan's step (UDB-1 or UDB-2), in id order. */
  private static List<SupportNeed> core(EducationPlan plan) {
    return needs(plan, isStep1Or2(plan.getStep()) ? STEP_1_2_SENT : STEP_3_4_SENT);
  }

  private static List<SupportNeed> needs(EducationPlan plan, Set<SupportNeed> which) {
    return plan.getSupportNeeds().stream().filter(which::contains).sorted().toList();
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

  private static List<Integer> ids(Collection<SupportNeed> needs) {
    return needs.stream().map(SupportNeed::id).sorted().toList();
  }

  private static SourceCitation cite(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, SECTION, quote);
  }

  private static RuleResult stepRule(UdbMessageFacts f, RuleVersion v, boolean steps1And2) {
    Step step = f.plan().getStep();
    RuleResult.Builder b = RuleResult.builder(v);
    String id = steps1And2 ? "UDB-1" : "UDB-2";
    if (isStep1Or2(step) != steps1And2) {
      return b.explanation(Message.of(id + ".notConcerned", "step", step.id())).build();
    }
    List<SupportNeed> core = core(f.plan());
    if (!core.isEmpty()) {
      Message why = Message.of(id + ".sent", "step", step.id(), "ids", ids(core));
      return b.derived(SUPPORT_NEEDS, core, why).explanation(why).build();
    }
    boolean need1Withheld =
        steps1And2 && f.plan().getSupportNeeds().contains(SupportNeed.NONE_ASSESSED);
    return b.explanation(
            need1Withheld
                ? Message.of("UDB-1.need1NotSent", "step", step.id())
                : Message.of(id + ".noneSent", "step", step.id()))
        .build();
  }

  // ---- the decision, folded from the results ----

  private static UdbDecision fold(UdbMessageFacts f, RuleResults results, EvaluationContext ctx) {
    Step step = f.plan().getStep();
    RuleId stepRule = isStep1Or2(step) ? UDB_1.id() : UDB_2.id();
    if (results.outcome() == Outcome.NOT_IN_FORCE) {
      return UdbDecision.nothingToSend(
          stepRule,
          Message.of("UDB.notInForce", "date", ctx.date(), "from", UDB_SUPPORT_NEEDS_FLOW));
    }
    Optional<DerivedValue<Boolean>> update = results.derived(UPDATE_SENT).stream().findFirst();
    if (update.isPresent() && !update.get().value().orElse(false)) {
      return UdbDecision.nothingToSend(update.get().decidedBy(), update.get().reason());
    }
    List<SupportNeed> core = results.value(SUPPORT_NEEDS).orElse(List.of());
    List<SupportNeed> along = results.value(ACCOMPANYING_NEEDS).orElse(List.of());
    boolean test = results.value(READING_TEST_COMPLETED).orElse(false);
    boolean mentor = results.value(MENTOR).orElse(false);
    if (core.isEmpty() && !test && !mentor) {
      return UdbDecision.nothingToSend(
          stepRule,
          Message.of(isStep1Or2(step) ? "UDB-1.nothing" : "UDB-2.nothing", "step", step.id()));
    }
    Set<SupportNeed> sent =
        ImmutableSortedSet.<SupportNeed>naturalOrder().addAll(core).addAll(along).build();
    UdbMessage message = new UdbMessage(step, sent, test, mentor);
    return core.isEmpty()
        ? UdbDecision.send(message, UDB_4.id(), Message.of("UDB-4.only"))
        : UdbDecision.send(
            message, stepRule, Message.of("UDB.send", "ids", ids(sent), "step", step.id()));
  }
}
