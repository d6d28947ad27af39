/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.rules.contactperson.MoveSource;
import dk.dfdgrules.rules.internal.Decided;
import dk.dfdgrules.rules.persongroup.PersonGroupDecision.Kind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PG-1, PG-2 — a person-group marking (persongruppemarkering) of type 5 when the citizen moves:
 * {@link #decide(PersonGroupMarking, PersonGroupMove, LocalDate)} and, for the new jobcentre's
 * request to close it, {@link #decide(PersonGroupMarking, PersonGroupMove, String, LocalDate)}; the
 * area {@link #AREA} ({@code person-group-marking}).
 *
 * <p>Source: DFDG-RN-2021-12-06 §1.2. A marking of type 5 is one "hvor det er specifikke
 * jobcentre/a-kasser, der kan benytte persongruppemarkeringen".
 *
 * <ul>
 *   <li><b>PG-1</b> "flytter til en kommune, der ikke er omfattet af persongruppemarkeringen,
 *       afsluttes persongruppemarkeringen automatisk": on a move registered in CPR to a
 *       municipality the marking does not cover, DFDG closes the marking. In force before and after
 *       the release (one version). <em>Interpretation (the library's):</em> the source gives no
 *       close date; the result names the move date, the day DFDG processes the move, as the day it
 *       is closed ({@code marking.closedOn}).
 *   <li><b>PG-2</b> "Hvis det nye jobcenter selv overflyttede borgeren og ikke afventede
 *       CPR-flyttestrømmen, blev persongruppemarkeringen ikke lukket, og jobcentret kunne ikke
 *       lukke markeringen. Dette er rettet": after the new jobcentre's own move the marking is not
 *       closed automatically (both versions). Before {@link
 *       dk.dfdgrules.codelists.Sources#DFDG_RELEASE} (2021-12-06) the new jobcentre could not close
 *       a marking created by the citizen's previous jobcentre (the request is refused: an error);
 *       from then it may. A request from the jobcentre that created the marking, or from a
 *       jobcentre other than the one that moved the citizen, is not what PG-2 is about (not
 *       covered).
 * </ul>
 *
 * <p>Only markings of {@link #RESTRICTED_TYPE} are covered; for another type both rules say
 * nothing.
 *
 * <p>Each rule derives its own conclusion, typed: PG-1 whether the marking is closed automatically
 * ({@link #CLOSED_AUTOMATICALLY}) and when ({@link #CLOSED_ON}); PG-2 that it is not, and its
 * answer to a close request ({@link #CLOSE_REQUEST}, refused as an error). The decision ({@link
 * PersonGroupDecision}) is folded from these results alone.
 */
public final class PersonGroupMarkingRules {

  /**
   * Person-group marking type 5: usable only by specific jobcentres/a-kasser (the source names no
   * other type).
   */
  public static final int RESTRICTED_TYPE = 5;

  /** Whether DFDG closes the marking automatically on the move (PG-1, PG-2). */
  public static final DerivedKey<Boolean> CLOSED_AUTOMATICALLY =
      DerivedKey.of("marking.closedAutomatically", Boolean.class);

  /** The day DFDG closes the marking: the move date (PG-1). */
  public static final DerivedKey<LocalDate> CLOSED_ON =
      DerivedKey.of("marking.closedOn", LocalDate.class);

  /** PG-2's answer to the new jobcentre's request to close the marking. */
  public static final DerivedKey<CloseRequest> CLOSE_REQUEST =
      DerivedKey.of("closeRequestedBy", CloseRequest.class);

  private static final String SECTION = "§1.2";

  private static final SourceCitation PG_1_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "flytter til en kommune, der ikke er omfattet af persongruppemarkeringen, afsluttes"
              + " persongruppemarkeringen automatisk");
  private static final SourceCitation PG_2_BEFORE_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Hvis det nye jobcenter selv overflyttede borgeren og ikke afventede"
              + " CPR-flyttestrømmen, blev persongruppemarkeringen ikke lukket, og jobcentret kunne"
              + " ikke lukke markeringen.");
  private static final SourceCitation PG_2_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Dette er rettet, så jobcentret i situationen, hvor de manuelt flytter borgeren, kan"
              + " afslutte persongruppemarkeringer oprettet af borgerens tidligere jobcenter.");

  /**
   * PG-1 — a CPR move out of the covered municipalities closes the marking. One version, in force
   * before and after the release.
   */
  public static final Rule<PersonGroupFacts> PG_1 =
      Rule.define("PG-1", PersonGroupFacts.class)
          .always(PG_1_SOURCE, PersonGroupMarkingRules::pg1)
          .build();

  /**
   * PG-2 — the new jobcentre's own move does not close the marking; who may close it. Before and
   * from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<PersonGroupFacts> PG_2 =
      Rule.define("PG-2", PersonGroupFacts.class)
          .before(DFDG_RELEASE, PG_2_BEFORE_SOURCE, (f, v, c) -> pg2(f, v, false))
          .since(DFDG_RELEASE, PG_2_SOURCE, (f, v, c) -> pg2(f, v, true))
          .build();

  /** The area {@code person-group-marking}: PG-1, PG-2 on {@link PersonGroupFacts}. */
  public static final RuleArea<PersonGroupFacts, PersonGroupDecision> AREA =
      RuleArea.builder("person-group-marking", PersonGroupFacts.class)
          .description("Person-group marking type 5 when the citizen moves (PG-1, PG-2)")
          .rules(PG_1, PG_2)
          .example("dk/dfdgrules/rules/persongroup/example.json")
          .decides(PersonGroupMarkingRules::fold);

  private PersonGroupMarkingRules() {}

  /**
   * Does DFDG close this marking when the citizen moves (PG-1, PG-2)?
   *
   * @param marking the marking
   * @param move the move
   * @param evaluationDate the date that picks the rule versions
   * @return the decision and the rules' results
   */
  public static Answer<PersonGroupDecision> decide(
      PersonGroupMarking marking, PersonGroupMove move, LocalDate evaluationDate) {
    return decide(PersonGroupFacts.of(marking, move), EvaluationContext.on(evaluationDate));
  }

  /**
   * May the jobcentre of a municipality close this marking after it moved the citizen itself
   * (PG-2)?
   *
   * @param marking the marking
   * @param move the move
   * @param requestingMunicipality the 3-digit code of the jobcentre asking to close it
   * @param evaluationDate the date of the request, which picks the rule versions
   * @return the decision ({@link PersonGroupDecision#closeRequestPermitted()} answers) and the
   *     rules' results
   */
  public static Answer<PersonGroupDecision> decide(
      PersonGroupMarking marking,
      PersonGroupMove move,
      String requestingMunicipality,
      LocalDate evaluationDate) {
    requireNonNull(requestingMunicipality, "requestingMunicipality");
    return decide(
        PersonGroupFacts.of(marking, move).withCloseRequestedBy(requestingMunicipality),
        EvaluationContext.on(evaluationDate));
  }

  /**
   * Evaluates PG-1 and PG-2 on a date, on facts that may lack parts (then the decision is
   * undetermined, naming them).
   *
   * @param facts the facts
   * @param evaluationDate the date that picks the rule versions
   * @return the decision and the rules' results
   */
  public static Answer<PersonGroupDecision> decide(
      PersonGroupFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, evaluationDate);
  }

  /**
   * Evaluates PG-1 and PG-2 in a context, on facts that may lack parts (then the decision is
   * undetermined, naming them).
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the decision and the rules' results
   */
  public static Answer<PersonGroupDecision> decide(
      PersonGroupFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
  }

  // ---- the decision, folded from the results ----

  private static PersonGroupDecision fold(
      PersonGroupFacts facts, RuleResults results, EvaluationContext ctx) {
    Optional<DerivedValue<CloseRequest>> request =
        results.derived(CLOSE_REQUEST).stream().filter(d -> d.value().isPresent()).findFirst();
    Decided<Kind> d =
        results.errors().stream()
            .findFirst()
            .map(error -> Decided.by(Kind.CLOSE_REFUSED, error))
            .or(() -> Decided.firstUndetermined(results, Kind.UNDETERMINED))
            .or(
                () ->
                    request.map(
                        r ->
                            Decided.by(
                                r.value().orElseThrow() == CloseRequest.PERMITTED
                                    ? Kind.CLOSE_PERMITTED
                                    : Kind.CLOSE_REFUSED,
                                r)))
            .or(
                () ->
                    results.derived(CLOSED_AUTOMATICALLY).stream()
                        .filter(a -> a.value().isPresent())
                        .findFirst()
                        .map(
                            a ->
                                Decided.by(
                                    a.value().orElseThrow() ? Kind.CLOSES : Kind.STAYS_OPEN, a)))
            .orElseGet(
                () ->
                    Decided.byNoRule(
                        Kind.NOT_CONCERNED,
                        results.results().stream()
                            .filter(r -> r.version().isPresent())
                            .findFirst()
                            .flatMap(RuleResult::explanation)));
    return new PersonGroupDecision(
        d.kind(),
        results.value(CLOSED_AUTOMATICALLY),
        results.value(CLOSED_ON),
        request.flatMap(DerivedValue::value).map(r -> r == CloseRequest.PERMITTED),
        d.rule(),
        d.reason());
  }

  // ---- the rules ----

  /**
   * The result of a rule on a move from one source when the facts do not concern it: undetermined
   * without the marking or the move's source, explained for a marking of another type than 5 or a
   * move from another source.
   *
   * @param f the facts
   * @param b the rule's result so far
   * @param source the source of the moves the rule is about
   * @param otherSource the key of the explanation for a move from another source
   * @return the result, or empty when the facts concern the rule: a marking of type 5, moved from
   *     the source
   */
  private static Optional<RuleResult> notConcerned(
      PersonGroupFacts f, RuleResult.Builder b, MoveSource source, String otherSource) {
    if (f.marking().isEmpty()) {
      return Optional.of(b.missing("marking").build());
    }
    int type = f.marking().get().getType();
    if (type != RESTRICTED_TYPE) {
      return Optional.of(b.explanation(Message.of("PG.otherType", "type", type)).build());
    }
    if (f.moveSource().isEmpty()) {
      return Optional.of(b.missing("moveSource").build());
    }
    if (f.moveSource().get() != source) {
      return Optional.of(b.explanation(Message.of(otherSource)).build());
    }
    return Optional.empty();
  }

  private static RuleResult pg1(PersonGroupFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    Optional<RuleResult> notConcerned = notConcerned(f, b, MoveSource.CPR, "PG-1.notCpr");
    if (notConcerned.isPresent()) {
      return notConcerned.get();
    }
    PersonGroupMarking marking = f.marking().get();
    f.moveDate().ifPresentOrElse(d -> {}, () -> b.missing("moveDate"));
    f.newMunicipality().ifPresentOrElse(d -> {}, () -> b.missing("newMunicipality"));
    if (f.moveDate().isEmpty() || f.newMunicipality().isEmpty()) {
      return b.build();
    }
    LocalDate moveDate = f.moveDate().get();
    if (marking.getPeriod().end().map(e -> e.isBefore(moveDate)).orElse(false)) {
      Message why = Message.of("PG-1.alreadyEnded", "end", marking.getPeriod().end().get());
      return b.derived(CLOSED_AUTOMATICALLY, false, why).explanation(why).build();
    }
    String to = f.newMunicipality().get();
    if (marking.covers(to)) {
      Message why = Message.of("PG-1.covered", "municipality", to);
      return b.derived(CLOSED_AUTOMATICALLY, false, why).explanation(why).build();
    }
    Message why = Message.of("PG-1.closed", "municipality", to, "moveDate", moveDate);
    return b.derived(CLOSED_AUTOMATICALLY, true, why)
        .derived(CLOSED_ON, moveDate, why)
        .explanation(why)
        .build();
  }

  private static RuleResult pg2(PersonGroupFacts f, RuleVersion version, boolean fixed) {
    RuleResult.Builder b = RuleResult.builder(version);
    Optional<RuleResult> notConcerned =
        notConcerned(f, b, MoveSource.JOBCENTRE, "PG-2.notJobcentreMove");
    if (notConcerned.isPresent()) {
      return notConcerned.get();
    }
    PersonGroupMarking marking = f.marking().get();
    Message notClosed = Message.of("PG-2.notClosedAutomatically");
    b.derived(CLOSED_AUTOMATICALLY, false, notClosed);
    if (f.closeRequestedBy().isEmpty()) {
      return b.explanation(notClosed).build();
    }
    String requester = f.closeRequestedBy().get();
    marking
        .getCreatedByMunicipality()
        .ifPresentOrElse(m -> {}, () -> b.missing("marking.createdByMunicipality"));
    f.newMunicipality().ifPresentOrElse(m -> {}, () -> b.missing("newMunicipality"));
    if (marking.getCreatedByMunicipality().isEmpty() || f.newMunicipality().isEmpty()) {
      return b.build();
    }
    if (!requester.equals(f.newMunicipality().get())
        || requester.equals(marking.getCreatedByMunicipality().get())) {
      return b.explanation(Message.of("PG-2.requestNotCovered")).build();
    }
    if (fixed) {
      Message why = Message.of("PG-2.permitted", "date", DFDG_RELEASE);
      return b.derived(CLOSE_REQUEST, CloseRequest.PERMITTED, why).explanation(why).build();
    }
    Message why = Message.of("PG-2.refused", "date", DFDG_RELEASE);
    return b.derived(CLOSE_REQUEST, CloseRequest.REFUSED, why)
        .error(CLOSE_REQUEST.path(), why)
        .explanation(why)
        .build();
  }
}
