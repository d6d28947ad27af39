/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.subscription;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;

import dk.dfdgrules.codelists.CloseReason;
import dk.dfdgrules.codelists.ContactGroups;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
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
import dk.dfdgrules.core.subscription.UdbSubscription;
import dk.dfdgrules.core.time.Anniversaries;
import dk.dfdgrules.rules.subscription.SubscriptionDecision.Kind;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.AgeCheck;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.CompletedVocationalEducation;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupChanged;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ContactGroupClosed;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.ManualClose;
import dk.dfdgrules.rules.subscription.SubscriptionEvent.PlanTypeChanged;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Closing a young person's subscription to education events from UDB, SUB-1 … SUB-7
 * (DFDG-RN-2021-12-06 §3.4): the entry point "does this event close the subscription", {@link
 * #decide(UdbSubscription, SubscriptionFacts, SubscriptionEvent, LocalDate)}, the area {@link
 * #AREA} ({@code udb-subscription}).
 *
 * <p>The source's table has two columns, "Gældende regler" (the rules before the release) and
 * "Ændringer" (from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}, 2021-12-06). Rules that
 * did not change have one version in force on every date; SUB-3, SUB-4, SUB-5 and SUB-7 keep both
 * versions, chosen by the evaluation date; SUB-6 is announced "i en senere release" and is off
 * unless the caller enables it ({@code EvaluationContext.enable("SUB-6", date)}).
 *
 * <table>
 *   <caption>Events and rules</caption>
 *   <tr><th>event</th><th>rules</th></tr>
 *   <tr><td>{@link AgeCheck}</td><td>{@link #SUB_1}</td></tr>
 *   <tr><td>{@link ContactGroupChanged}</td><td>{@link #SUB_2}</td></tr>
 *   <tr><td>{@link CompletedVocationalEducation}</td><td>{@link #SUB_3}</td></tr>
 *   <tr><td>{@link PlanTypeChanged}</td><td>{@link #SUB_4}</td></tr>
 *   <tr><td>{@link ContactGroupClosed}</td><td>{@link #SUB_5}, {@link #SUB_6}</td></tr>
 *   <tr><td>{@link ManualClose}</td><td>{@link #SUB_7}</td></tr>
 * </table>
 *
 * <p>Close reasons (lukkeårsag): 4 Kontaktgruppe lukket, 5 Alder, 7 Kontaktgruppeskift, 8
 * Plantypeskift; a close for a completed vocational education has no id in the source ({@link
 * CloseReason#COMPLETED_VOCATIONAL_EDUCATION}); SUB-6 and a manual close get no reason (the source
 * gives none).
 *
 * <p>An event is evaluated on the day it happens: the evaluation date is the close date, except for
 * SUB-1 (the birthday) and SUB-6 (the end of the whole calendar month). A subscription that is not
 * open on the evaluation date is left alone ({@link Kind#NOT_OPEN}).
 *
 * <p>Each rule derives its own conclusion, typed: a close ({@link #CLOSED_ON}, {@link
 * #CLOSE_REASON}), a close SUB-6 has scheduled ({@link #SCHEDULED_CLOSE}), or a refusal (an error
 * of SUB-7). The decision ({@link SubscriptionDecision}) is folded from these results alone: it
 * closes on the earliest close date derived, else it is refused by the first error, else
 * undetermined by the first rule missing a fact, else it stays open (with SUB-6's scheduled close,
 * if any). Switching off the rule that closes leaves the subscription open.
 */
public final class SubscriptionRules {

  /** SUB-1: the subscription closes when the citizen turns 30 ("Når borgeren fylder 30 år"). */
  public static final int AGE_LIMIT = 30;

  /** SUB-1: … "dog 25 år, hvis borger er i kontaktgruppe 1". */
  public static final int AGE_LIMIT_CONTACT_GROUP_1 = 25;

  /**
   * SUB-2 and SUB-6: the contact groups that keep the subscription: 1 Dagpengemodtager, 8 Uden
   * ydelse, 12 Modtager af uddannelseshjælp, 25 Sygedagpengemodtager fra ledighed, 28
   * Uddannelsespålæg – Overgangsydelsesmodtager efter LAB.
   */
  public static final Set<Integer> CONTACT_GROUPS_KEPT =
      Set.of(
          ContactGroups.UNEMPLOYMENT_BENEFIT_RECIPIENT,
          ContactGroups.WITHOUT_BENEFIT,
          ContactGroups.EDUCATION_BENEFIT_RECIPIENT,
          ContactGroups.SICKNESS_BENEFIT_RECIPIENT_FROM_UNEMPLOYMENT,
          ContactGroups.EDUCATION_ORDER_TRANSITION_BENEFIT_RECIPIENT);

  /**
   * SUB-4: the plan types that count as "uddannelsesplan".
   *
   * <p><em>Interpretation (not in the spec):</em> the source speaks of "uddannelsesplan/kombiplan"
   * alike in §3.2 (both carry the education order and its support needs); a change between the two
   * is not a change "fra uddannelsesplan til en anden plantype" and does not close the
   * subscription.
   */
  public static final Set<PlanType> EDUCATION_PLAN_TYPES =
      Set.of(PlanType.EDUCATION_PLAN, PlanType.COMBINATION_PLAN);

  private static final String SECTION = "§3.4";

  /** The day the subscription closes, derived by the rule that closes it. */
  public static final DerivedKey<LocalDate> CLOSED_ON =
      DerivedKey.of("subscription.closedOn", LocalDate.class);

  /** The close reason, derived with the close date when the source gives one. */
  public static final DerivedKey<CloseReason> CLOSE_REASON =
      DerivedKey.of("subscription.closeReason", CloseReason.class);

  /** The day SUB-6 (when enabled) will close the subscription, while it is pending. */
  public static final DerivedKey<LocalDate> SCHEDULED_CLOSE =
      DerivedKey.of("subscription.scheduledClose", LocalDate.class);

  private static SourceCitation citation(String quote) {
    return SourceCitation.of(DFDG_RELEASE_NOTE, SECTION, quote);
  }

  /**
   * SUB-1 age (unchanged): "Når borgeren fylder 30 år, dog 25 år, hvis borger er i kontaktgruppe 1
   * Abonnementet lukkes automatisk via DFDG batchjob … → abonnement lukkes med årsag 5 (Alder)".
   * Age comes from the CPR birth date; the contact group is the one on the evaluation date.
   *
   * <p><em>Interpretation:</em> closed with the birthday as the close date (never before the
   * subscription was created). A person born on 29 February reaches the age on 1 March in years
   * without 29 February ({@link Anniversaries#yearsAfter}, as {@code CprNumber.birthdayOfAge}).
   */
  public static final Rule<SubscriptionEvaluation> SUB_1 =
      Rule.define("SUB-1", SubscriptionEvaluation.class)
          .always(
              citation(
                  "Når borgeren fylder 30 år, dog 25 år, hvis borger er i kontaktgruppe 1 …"
                      + " abonnement lukkes med årsag 5 (Alder) … Ingen ændringer"),
              SubscriptionRules::sub1)
          .build();

  /**
   * SUB-2 contact group change (unchanged): "Kontaktgruppen ændres til andet end følgende →
   * abonnement lukkes med årsag 7 (Kontaktgruppeskift): 1, 8, 12, 25, 28".
   */
  public static final Rule<SubscriptionEvaluation> SUB_2 =
      Rule.define("SUB-2", SubscriptionEvaluation.class)
          .always(
              citation(
                  "Kontaktgruppen ændres til andet end følgende → abonnement lukkes med årsag 7"
                      + " (Kontaktgruppeskift) … Ingen ændringer"),
              SubscriptionRules::sub2)
          .build();

  /**
   * SUB-3 completed vocational education. Before 2021-12-06: "Webservicebesked sendes til brug for
   * advisering af sagsbehandler, der herefter … beslutter, om … abonnement derfor kan lukkes" —
   * stays open. From 2021-12-06: "DFDG lukker abonnement hos UDB, når besked fra UDB om gennemført
   * erhvervskompetencegivende uddannelse er modtaget" — closes, with a reason the source gives no
   * id ({@link CloseReason#COMPLETED_VOCATIONAL_EDUCATION}).
   */
  public static final Rule<SubscriptionEvaluation> SUB_3 =
      Rule.define("SUB-3", SubscriptionEvaluation.class)
          .before(
              DFDG_RELEASE,
              citation(
                  "Webservicebesked sendes til brug for advisering af sagsbehandler, der"
                      + " herefter … beslutter, om … abonnement derfor kan lukkes"),
              (e, v, ctx) -> sub3(e, v, ctx, false))
          .since(
              DFDG_RELEASE,
              citation(
                  "DFDG lukker abonnement hos UDB, når besked fra UDB om gennemført"
                      + " erhvervskompetencegivende uddannelse er modtaget"),
              (e, v, ctx) -> sub3(e, v, ctx, true))
          .build();

  /**
   * SUB-4 plan type change. Before 2021-12-06: "Plantype ændres fra uddannelsesplan til en anden
   * plantype → abonnement lukkes med årsag 8 (Plantypeskift)". From 2021-12-06, the same, but "DFDG
   * lukker ikke abonnementet, hvis plantypeskift er til 'Aftale om opfølgning', hvis den unge er
   * sygedagpengemodtager". See {@link #EDUCATION_PLAN_TYPES} for 'Kombiplan'.
   */
  public static final Rule<SubscriptionEvaluation> SUB_4 =
      Rule.define("SUB-4", SubscriptionEvaluation.class)
          .before(
              DFDG_RELEASE,
              citation(
                  "Plantype ændres fra uddannelsesplan til en anden plantype → abonnement"
                      + " lukkes med årsag 8 (Plantypeskift)"),
              (e, v, ctx) -> sub4(e, v, ctx, false))
          .since(
              DFDG_RELEASE,
              citation(
                  "DFDG lukker ikke abonnementet, hvis plantypeskift er til 'Aftale om"
                      + " opfølgning', hvis den unge er sygedagpengemodtager"),
              (e, v, ctx) -> sub4(e, v, ctx, true))
          .build();

  /**
   * SUB-5 contact group closed. Before 2021-12-06: "Kontaktgruppen lukkes af jobcentret →
   * abonnement lukkes med årsag 4 (Kontaktgruppe lukket)". From 2021-12-06: "DFDG lukker ikke
   * abonnementet, når jobcentret aktivt vælger at lukke kontaktgruppe, da DFDG ellers ikke modtager
   * hændelser fra UDB".
   *
   * <p><em>Interpretation:</em> the source's row "Kontaktgruppe lukkes (inden trin 4) — Se ovenfor
   * — Ingen ændringer" is covered by this rule: from 2021-12-06 a closure before step 4 also leaves
   * the subscription open (until the announced SUB-6 applies).
   */
  public static final Rule<SubscriptionEvaluation> SUB_5 =
      Rule.define("SUB-5", SubscriptionEvaluation.class)
          .before(
              DFDG_RELEASE,
              citation(
                  "Kontaktgruppen lukkes af jobcentret → abonnement lukkes med årsag 4"
                      + " (Kontaktgruppe lukket)"),
              (e, v, ctx) -> sub5(e, v, ctx, false))
          .since(
              DFDG_RELEASE,
              citation(
                  "DFDG lukker ikke abonnementet, når jobcentret aktivt vælger at lukke"
                      + " kontaktgruppe, da DFDG ellers ikke modtager hændelser fra UDB"),
              (e, v, ctx) -> sub5(e, v, ctx, true))
          .build();

  /**
   * SUB-6 — announced, not in force ("I en senere release forventes følgende ændring indført"):
   * "Hvis den unge får lukket sin kontaktgruppe (1, 8, 12, 25 eller 28) før trin 4: Hvis der går 1
   * hel kalendermåned, og der ikke er modtaget besked fra UDB om optagelse, lukker DFDG
   * abonnementet". Off unless the caller enables {@code SUB-6} with a date. The source gives no
   * close reason.
   *
   * <p><em>Interpretation of "1 hel kalendermåned":</em> the first whole calendar month after the
   * day of the closure must pass: a group closed on 2022-01-15 (or on 2022-01-01, or 2022-01-31) →
   * the subscription closes on 2022-03-01, unless UDB reported an admission on or after the closure
   * and before that day. The step and the admission are {@link SubscriptionFacts}.
   */
  public static final Rule<SubscriptionEvaluation> SUB_6 =
      Rule.define("SUB-6", SubscriptionEvaluation.class)
          .announced(
              "announced",
              citation(
                  "Hvis den unge får lukket sin kontaktgruppe (1, 8, 12, 25 eller 28) før trin"
                      + " 4: Hvis der går 1 hel kalendermåned, og der ikke er modtaget besked"
                      + " fra UDB om optagelse, lukker DFDG abonnementet"),
              SubscriptionRules::sub6)
          .build();

  /**
   * SUB-7 manual close. Before 2021-12-06 the jobcentre may close a subscription. From 2021-12-06:
   * "DFDG validerer … for, at jobcentret ikke kan lukke abonnement på uddannelseshændelser fra UDB
   * for borger, der har haft uddannelsesplan i det pågældende jobcenter", except: "Det vil dog være
   * muligt at lukke et abonnement, der er fejloprettet. For forsøgskommuner gælder, at de fortsat
   * kan lukke abonnementer, men kun i det omfang at de benytter plantypen 'Plan uden plantype' til
   * registrering af uddannelsesplaner". A refusal is an error of this rule.
   */
  public static final Rule<SubscriptionEvaluation> SUB_7 =
      Rule.define("SUB-7", SubscriptionEvaluation.class)
          .before(
              DFDG_RELEASE,
              citation(
                  "DFDG validerer derfor fremover for, at jobcentret ikke kan lukke abonnement på"
                      + " uddannelseshændelser fra UDB"),
              (e, v, ctx) -> sub7(e, v, ctx, false))
          .since(
              DFDG_RELEASE,
              citation(
                  "jobcentret ikke kan lukke abonnement på uddannelseshændelser fra UDB for"
                      + " borger, der har haft uddannelsesplan i det pågældende jobcenter"),
              (e, v, ctx) -> sub7(e, v, ctx, true))
          .build();

  /**
   * The area {@code udb-subscription}: SUB-1 … SUB-7 on a {@link SubscriptionEvaluation}; only the
   * rules the event concerns are evaluated ({@link #concerned(SubscriptionEvent)}).
   */
  public static final RuleArea<SubscriptionEvaluation, SubscriptionDecision> AREA =
      RuleArea.builder("udb-subscription", SubscriptionEvaluation.class)
          .description(
              "Closing the subscription to UDB education events on an event (SUB-1 … SUB-7)")
          .rules(SUB_1, SUB_2, SUB_3, SUB_4, SUB_5, SUB_6, SUB_7)
          .concerned(e -> concerned(e.event()))
          .example("dk/dfdgrules/rules/subscription/udb-subscription-example.json")
          .decides(SubscriptionRules::fold);

  private SubscriptionRules() {}

  /**
   * Does this event close the subscription? Announced SUB-6 off.
   *
   * @param subscription the subscription
   * @param facts the young person's and the jobcentre's facts on the evaluation date
   * @param event what happened
   * @param date the evaluation date: the day the event happened
   * @return the decision — stays open, closes (reason, date, rule) or refused (rule), with an
   *     explanation — and the results of the rules the event concerns
   */
  public static Answer<SubscriptionDecision> decide(
      UdbSubscription subscription,
      SubscriptionFacts facts,
      SubscriptionEvent event,
      LocalDate date) {
    return decide(new SubscriptionEvaluation(subscription, facts, event), date);
  }

  /**
   * Does this event close the subscription, on a date? Announced SUB-6 off.
   *
   * @param evaluation the subscription, facts and event
   * @param date the evaluation date: the day the event happened
   * @return the decision and the results of the rules the event concerns
   */
  public static Answer<SubscriptionDecision> decide(
      SubscriptionEvaluation evaluation, LocalDate date) {
    return AREA.evaluate(evaluation, date);
  }

  /**
   * Does this event close the subscription, in a context (e.g. SUB-6 enabled)?
   *
   * @param evaluation the subscription, facts and event
   * @param context the evaluation date and the caller's settings
   * @return the decision and the results of the rules the event concerns
   */
  public static Answer<SubscriptionDecision> decide(
      SubscriptionEvaluation evaluation, EvaluationContext context) {
    return AREA.evaluate(evaluation, context);
  }

  /**
   * The rules an event concerns.
   *
   * @param event the event
   * @return the rules, in id order
   */
  static List<Rule<SubscriptionEvaluation>> concerned(SubscriptionEvent event) {
    if (event instanceof AgeCheck) {
      return List.of(SUB_1);
    } else if (event instanceof ContactGroupChanged) {
      return List.of(SUB_2);
    } else if (event instanceof CompletedVocationalEducation) {
      return List.of(SUB_3);
    } else if (event instanceof PlanTypeChanged) {
      return List.of(SUB_4);
    } else if (event instanceof ContactGroupClosed) {
      return List.of(SUB_5, SUB_6);
    } else {
      return List.of(SUB_7);
    }
  }

  /**
   * SUB-6: the day the subscription closes after a contact group closed on a day, if no admission
   * is reported: the first day after the first whole calendar month after the closure.
   *
   * @param closedOn the day the contact group was closed
   * @return the day the subscription closes
   */
  public static LocalDate closesAfterWholeMonth(LocalDate closedOn) {
    return closedOn.withDayOfMonth(1).plusMonths(2);
  }

  // ---- the decision, folded from the rules' results ----

  private static SubscriptionDecision fold(
      SubscriptionEvaluation e, RuleResults results, EvaluationContext ctx) {
    List<RuleResult> rs = results.results();
    Optional<RuleResult> applied =
        rs.stream().filter(r -> r.outcome() != Outcome.NOT_IN_FORCE).findFirst();
    if (!e.subscription().isOpenOn(ctx.date())) {
      return SubscriptionDecision.notOpen(applied.map(RuleResult::ruleId), notOpen(e, ctx));
    }
    Optional<DerivedValue<LocalDate>> closing =
        results.derived(CLOSED_ON).stream()
            .filter(d -> d.value().isPresent())
            .min(Comparator.comparing(d -> d.value().orElseThrow()));
    if (closing.isPresent()) {
      DerivedValue<LocalDate> d = closing.get();
      Optional<CloseReason> reason =
          results.result(d.decidedBy()).flatMap(r -> r.value(CLOSE_REASON));
      return SubscriptionDecision.closes(
          reason, d.value().orElseThrow(), d.decidedBy(), d.reason());
    }
    Optional<RuleResult> refused = rs.stream().filter(RuleResult::isViolated).findFirst();
    if (refused.isPresent()) {
      RuleResult r = refused.get();
      return SubscriptionDecision.refused(r.ruleId(), r.errors().get(0).message());
    }
    Optional<RuleResult> undetermined = rs.stream().filter(RuleResult::isUndetermined).findFirst();
    if (undetermined.isPresent()) {
      RuleResult r = undetermined.get();
      return SubscriptionDecision.undetermined(
          r.ruleId(),
          Message.of("rule.undetermined", "rule", r.ruleId(), "missing", r.missingFacts()));
    }
    Optional<DerivedValue<LocalDate>> scheduled =
        results.derived(SCHEDULED_CLOSE).stream().filter(d -> d.value().isPresent()).findFirst();
    if (scheduled.isPresent()) {
      DerivedValue<LocalDate> d = scheduled.get();
      return SubscriptionDecision.staysOpen(
          d.value(), Optional.of(d.decidedBy()), Optional.of(d.reason()));
    }
    return SubscriptionDecision.staysOpen(
        Optional.empty(),
        applied.map(RuleResult::ruleId),
        applied.or(() -> rs.stream().findFirst()).flatMap(RuleResult::explanation));
  }

  private static Message notOpen(SubscriptionEvaluation e, EvaluationContext ctx) {
    UdbSubscription s = e.subscription();
    return ctx.date().isBefore(s.getCreatedOn())
        ? Message.of("SUB.notYetCreated", "createdOn", s.getCreatedOn(), "date", ctx.date())
        : Message.of("SUB.alreadyClosed", "closedOn", s.getClosedOn().orElseThrow());
  }

  // ---- the rules ----

  private static RuleResult closes(
      RuleVersion v, LocalDate on, Optional<CloseReason> reason, Message why) {
    RuleResult.Builder b = RuleResult.builder(v).derived(CLOSED_ON, on, why);
    reason.ifPresent(r -> b.derived(CLOSE_REASON, r, why));
    return b.explanation(why).build();
  }

  private static RuleResult staysOpen(RuleVersion v, Message why) {
    return RuleResult.builder(v).explanation(why).build();
  }

  /** Guards every rule: nothing to decide for a subscription not open on the date. */
  private static Optional<RuleResult> notOpenResult(
      SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx) {
    return e.subscription().isOpenOn(ctx.date())
        ? Optional.empty()
        : Optional.of(staysOpen(v, notOpen(e, ctx)));
  }

  private static RuleResult notConcerned(RuleVersion v) {
    return staysOpen(v, Message.of("SUB.notConcerned", "rule", v.ruleId()));
  }

  private static RuleResult sub1(SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx) {
    if (!(e.event() instanceof AgeCheck)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    if (e.facts().birthDate().isEmpty()) {
      return RuleResult.builder(v).missing("birthDate").build();
    }
    LocalDate born = e.facts().birthDate().get();
    LocalDate at25 = Anniversaries.yearsAfter(born, AGE_LIMIT_CONTACT_GROUP_1);
    LocalDate at30 = Anniversaries.yearsAfter(born, AGE_LIMIT);
    LocalDate d = ctx.date();
    if (d.isBefore(at25)) {
      return staysOpen(v, Message.of("SUB-1.underAge", "at25", at25, "at30", at30));
    }
    if (e.facts().contactGroup().isEmpty()) {
      return RuleResult.builder(v)
          .missing("contactGroup")
          .explanation(Message.of("SUB-1.groupNeeded", "at25", at25, "at30", at30))
          .build();
    }
    int group = e.facts().contactGroup().get();
    int limit =
        group == ContactGroups.UNEMPLOYMENT_BENEFIT_RECIPIENT
            ? AGE_LIMIT_CONTACT_GROUP_1
            : AGE_LIMIT;
    LocalDate birthday = limit == AGE_LIMIT ? at30 : at25;
    if (d.isBefore(birthday)) {
      return staysOpen(
          v, Message.of("SUB-1.belowLimit", "limit", limit, "birthday", birthday, "group", group));
    }
    LocalDate on =
        birthday.isBefore(e.subscription().getCreatedOn())
            ? e.subscription().getCreatedOn()
            : birthday;
    return closes(
        v,
        on,
        Optional.of(CloseReason.AGE),
        Message.of("SUB-1.closes", "limit", limit, "birthday", birthday, "group", group, "on", on));
  }

  private static RuleResult sub2(SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx) {
    if (!(e.event() instanceof ContactGroupChanged change)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    if (change.from().equals(change.to())) {
      return staysOpen(v, Message.of("SUB-2.noChange", "group", change.to()));
    }
    if (CONTACT_GROUPS_KEPT.contains(change.to())) {
      return staysOpen(v, Message.of("SUB-2.kept", "from", change.from(), "to", change.to()));
    }
    return closes(
        v,
        ctx.date(),
        Optional.of(CloseReason.CONTACT_GROUP_CHANGE),
        Message.of("SUB-2.closes", "from", change.from(), "to", change.to()));
  }

  private static RuleResult sub3(
      SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx, boolean changed) {
    if (!(e.event() instanceof CompletedVocationalEducation)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    if (!changed) {
      return staysOpen(v, Message.of("SUB-3.before.advise"));
    }
    return closes(
        v,
        ctx.date(),
        Optional.of(CloseReason.COMPLETED_VOCATIONAL_EDUCATION),
        Message.of("SUB-3.closes"));
  }

  private static RuleResult sub4(
      SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx, boolean changed) {
    if (!(e.event() instanceof PlanTypeChanged change)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    String from = change.from().officialName();
    String to = change.to().officialName();
    if (!EDUCATION_PLAN_TYPES.contains(change.from())) {
      return staysOpen(v, Message.of("SUB-4.notFromEducationPlan", "from", from, "to", to));
    }
    if (EDUCATION_PLAN_TYPES.contains(change.to())) {
      return staysOpen(v, Message.of("SUB-4.stillEducationPlan", "from", from, "to", to));
    }
    if (changed && change.to() == PlanType.FOLLOW_UP_AGREEMENT) {
      Optional<Boolean> sick = e.facts().receivesSicknessBenefit();
      if (sick.isEmpty()) {
        return RuleResult.builder(v)
            .missing("receivesSicknessBenefit")
            .explanation(Message.of("SUB-4.sicknessNeeded", "to", to))
            .build();
      }
      if (sick.get()) {
        return staysOpen(v, Message.of("SUB-4.followUpOnSicknessBenefit", "to", to));
      }
    }
    return closes(
        v,
        ctx.date(),
        Optional.of(CloseReason.PLAN_TYPE_CHANGE),
        Message.of("SUB-4.closes", "from", from, "to", to));
  }

  private static RuleResult sub5(
      SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx, boolean changed) {
    if (!(e.event() instanceof ContactGroupClosed closure)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    Optional<RuleResult> notYet = notYetClosed(closure, v, ctx);
    if (notYet.isPresent()) {
      return notYet.get();
    }
    LocalDate closedOn = closedOn(closure, ctx);
    if (changed) {
      return staysOpen(
          v, Message.of("SUB-5.staysOpen", "group", closure.contactGroup(), "closedOn", closedOn));
    }
    return closes(
        v,
        closedOn,
        Optional.of(CloseReason.CONTACT_GROUP_CLOSED),
        Message.of("SUB-5.before.closes", "group", closure.contactGroup(), "closedOn", closedOn));
  }

  private static LocalDate closedOn(ContactGroupClosed closure, EvaluationContext ctx) {
    return closure.closedOn().orElse(ctx.date());
  }

  /** A closure dated after the evaluation date has not happened on that date: nothing to decide. */
  private static Optional<RuleResult> notYetClosed(
      ContactGroupClosed closure, RuleVersion v, EvaluationContext ctx) {
    LocalDate closedOn = closedOn(closure, ctx);
    return closedOn.isAfter(ctx.date())
        ? Optional.of(
            staysOpen(
                v,
                Message.of(
                    "SUB.eventAfterDate",
                    "group",
                    closure.contactGroup(),
                    "closedOn",
                    closedOn,
                    "date",
                    ctx.date())))
        : Optional.empty();
  }

  private static RuleResult sub6(SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx) {
    if (!(e.event() instanceof ContactGroupClosed closure)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    Optional<RuleResult> notYet = notYetClosed(closure, v, ctx);
    if (notYet.isPresent()) {
      return notYet.get();
    }
    int group = closure.contactGroup();
    LocalDate closedOn = closedOn(closure, ctx);
    if (!CONTACT_GROUPS_KEPT.contains(group)) {
      return staysOpen(v, Message.of("SUB-6.otherGroup", "group", group));
    }
    if (e.facts().step().isEmpty()) {
      return RuleResult.builder(v)
          .missing("step")
          .explanation(Message.of("SUB-6.stepNeeded"))
          .build();
    }
    if (e.facts().step().get() == Step.STEP_4) {
      return staysOpen(v, Message.of("SUB-6.step4", "group", group));
    }
    LocalDate closesOn = closesAfterWholeMonth(closedOn);
    Optional<LocalDate> admission =
        e.facts().admissionReportedOn().filter(a -> !a.isBefore(closedOn) && a.isBefore(closesOn));
    if (admission.isPresent()) {
      return staysOpen(
          v, Message.of("SUB-6.admitted", "closedOn", closedOn, "admission", admission.get()));
    }
    if (ctx.date().isBefore(closesOn)) {
      Message why =
          Message.of("SUB-6.pending", "group", group, "closedOn", closedOn, "closesOn", closesOn);
      return RuleResult.builder(v).derived(SCHEDULED_CLOSE, closesOn, why).explanation(why).build();
    }
    return closes(
        v,
        closesOn,
        Optional.empty(),
        Message.of("SUB-6.closes", "group", group, "closedOn", closedOn, "closesOn", closesOn));
  }

  private static RuleResult sub7(
      SubscriptionEvaluation e, RuleVersion v, EvaluationContext ctx, boolean changed) {
    if (!(e.event() instanceof ManualClose)) {
      return notConcerned(v);
    }
    Optional<RuleResult> guard = notOpenResult(e, v, ctx);
    if (guard.isPresent()) {
      return guard.get();
    }
    LocalDate d = ctx.date();
    if (!changed) {
      return closes(v, d, Optional.empty(), Message.of("SUB-7.before.allowed"));
    }
    if (e.subscription().isCreatedInError()) {
      return closes(v, d, Optional.empty(), Message.of("SUB-7.createdInError"));
    }
    SubscriptionFacts f = e.facts();
    if (f.hadEducationPlanInJobcentre().isEmpty()) {
      return RuleResult.builder(v)
          .missing("hadEducationPlanInJobcentre")
          .explanation(Message.of("SUB-7.planNeeded"))
          .build();
    }
    if (!f.hadEducationPlanInJobcentre().get()) {
      return closes(v, d, Optional.empty(), Message.of("SUB-7.noEducationPlan"));
    }
    if (f.trialMunicipality().isEmpty()) {
      return RuleResult.builder(v)
          .missing("trialMunicipality")
          .explanation(Message.of("SUB-7.trialNeeded"))
          .build();
    }
    if (!f.trialMunicipality().get()) {
      return RuleResult.builder(v).error("event", Message.of("SUB-7.refused")).build();
    }
    if (f.educationPlansAsPlanWithoutPlanType().isEmpty()) {
      return RuleResult.builder(v)
          .missing("educationPlansAsPlanWithoutPlanType")
          .explanation(Message.of("SUB-7.trialPlanTypeNeeded"))
          .build();
    }
    if (f.educationPlansAsPlanWithoutPlanType().get()) {
      return closes(v, d, Optional.empty(), Message.of("SUB-7.trialMunicipality"));
    }
    return RuleResult.builder(v).error("event", Message.of("SUB-7.refused.trialPlanType")).build();
  }
}
