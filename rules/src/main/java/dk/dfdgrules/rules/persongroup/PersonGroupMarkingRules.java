package dk.dfdgrules.rules.persongroup;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.rules.contactperson.MoveSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * PG-1, PG-2 — a person-group marking (persongruppemarkering) of type 5 when the citizen moves:
 * {@link #onMove(PersonGroupMarking, PersonGroupMove, LocalDate)} and {@link
 * #mayClose(PersonGroupMarking, PersonGroupMove, String, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §1.2. A marking of type 5 is one "hvor det er specifikke
 * jobcentre/a-kasser, der kan benytte persongruppemarkeringen".
 *
 * <ul>
 *   <li><b>PG-1</b> "flytter til en kommune, der ikke er omfattet af persongruppemarkeringen,
 *       afsluttes persongruppemarkeringen automatisk": on a move registered in CPR to a
 *       municipality the marking does not cover, DFDG closes the marking. In force before and
 *       after the release (one version). <em>Interpretation (the library's):</em> the source gives
 *       no close date; the result names the move date, the day DFDG processes the move, as the day
 *       it is closed ({@code marking.closedOn}).
 *   <li><b>PG-2</b> "Hvis det nye jobcenter selv overflyttede borgeren og ikke afventede
 *       CPR-flyttestrømmen, blev persongruppemarkeringen ikke lukket, og jobcentret kunne ikke
 *       lukke markeringen. Dette er rettet": after the new jobcentre's own move the marking is not
 *       closed automatically (both versions). Before {@link #FIXED} (2021-12-06) the new jobcentre
 *       could not close a marking created by the citizen's previous jobcentre (the request is
 *       refused: an error); from {@link #FIXED} it may. A request from the jobcentre that created
 *       the marking, or from a jobcentre other than the one that moved the citizen, is not what
 *       PG-2 is about (not covered).
 * </ul>
 *
 * <p>Only markings of {@link #RESTRICTED_TYPE} are covered; for another type both rules say
 * nothing.
 */
public final class PersonGroupMarkingRules {

  /** The day PG-2's fix came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate FIXED = LocalDate.of(2021, 12, 6);

  /**
   * Person-group marking type 5: usable only by specific jobcentres/a-kasser (the source names no
   * other type).
   */
  public static final int RESTRICTED_TYPE = 5;

  /** PG-1: a CPR move out of the covered municipalities closes the marking. */
  public static final RuleId PG_1 = RuleId.of("PG-1");

  /** PG-2: the new jobcentre's own move; who may close the marking. */
  public static final RuleId PG_2 = RuleId.of("PG-2");

  /** Derived-value path: whether DFDG closes the marking automatically ({@code true/false}). */
  public static final String CLOSED_AUTOMATICALLY = "marking.closedAutomatically";

  /** Derived-value path: the date DFDG closes the marking. */
  public static final String CLOSED_ON = "marking.closedOn";

  /** Derived-value path: whether the close request is permitted ({@code permitted/refused}). */
  public static final String CLOSE_REQUEST = "closeRequestedBy";

  private static final String DOCUMENT = "DFDG-RN-2021-12-06";
  private static final String SECTION = "§1.2";

  private static final SourceCitation PG_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "flytter til en kommune, der ikke er omfattet af persongruppemarkeringen, afsluttes"
              + " persongruppemarkeringen automatisk");
  private static final SourceCitation PG_2_BEFORE_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Hvis det nye jobcenter selv overflyttede borgeren og ikke afventede"
              + " CPR-flyttestrømmen, blev persongruppemarkeringen ikke lukket, og jobcentret kunne"
              + " ikke lukke markeringen.");
  private static final SourceCitation PG_2_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Dette er rettet, så jobcentret i situationen, hvor de manuelt flytter borgeren, kan"
              + " afslutte persongruppemarkeringer oprettet af borgerens tidligere jobcenter.");

  /** PG-1 — one version, in force before and after the release. */
  public static final VersionedRule<PersonGroupFacts> PG1 =
      VersionedRule.<PersonGroupFacts>builder(PG_1)
          .version(RuleVersion.always(PG_1, PG_1_SOURCE), PersonGroupMarkingRules::pg1)
          .build();

  /** PG-2 — before and from {@link #FIXED}. */
  public static final VersionedRule<PersonGroupFacts> PG2 =
      VersionedRule.<PersonGroupFacts>builder(PG_2)
          .version(
              RuleVersion.before(PG_2, FIXED, PG_2_BEFORE_SOURCE),
              (f, v, c) -> pg2(f, v, false))
          .version(RuleVersion.since(PG_2, FIXED, PG_2_SOURCE), (f, v, c) -> pg2(f, v, true))
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<PersonGroupFacts>> RULES = List.of(PG1, PG2);

  private PersonGroupMarkingRules() {}

  /**
   * Does DFDG close this marking when the citizen moves (PG-1, PG-2)?
   *
   * @param marking the marking
   * @param move the move
   * @param evaluationDate the date that picks the rule versions
   * @return the decision
   */
  public static PersonGroupDecision onMove(
      PersonGroupMarking marking, PersonGroupMove move, LocalDate evaluationDate) {
    return evaluate(PersonGroupFacts.of(marking, move), EvaluationContext.on(evaluationDate));
  }

  /**
   * May the jobcentre of a municipality close this marking after it moved the citizen itself
   * (PG-2)?
   *
   * @param marking the marking
   * @param move the move
   * @param requestingMunicipality the 3-digit code of the jobcentre asking to close it
   * @param evaluationDate the date of the request, which picks the rule versions
   * @return the decision; {@link PersonGroupDecision#closeRequestPermitted()} answers
   */
  public static PersonGroupDecision mayClose(
      PersonGroupMarking marking,
      PersonGroupMove move,
      String requestingMunicipality,
      LocalDate evaluationDate) {
    requireNonNull(requestingMunicipality, "requestingMunicipality");
    return evaluate(
        PersonGroupFacts.of(marking, move).withCloseRequestedBy(requestingMunicipality),
        EvaluationContext.on(evaluationDate));
  }

  /**
   * Evaluates PG-1 and PG-2 on facts that may lack parts (then the result is undetermined, naming
   * them).
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the decision
   */
  public static PersonGroupDecision evaluate(PersonGroupFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult combined =
        CombinedResult.evaluate(RULES, facts, context);
    return new PersonGroupDecision(
        derived(combined, CLOSED_AUTOMATICALLY).map(Boolean::parseBoolean),
        derived(combined, CLOSED_ON).map(LocalDate::parse),
        derived(combined, CLOSE_REQUEST).map("permitted"::equals),
        combined);
  }

  private static Optional<String> derived(CombinedResult r, String path) {
    return r.derivedValues().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .flatMap(DerivedValue::text);
  }

  private static RuleResult pg1(PersonGroupFacts f, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.marking().isEmpty()) {
      return b.missing("marking").build();
    }
    PersonGroupMarking marking = f.marking().get();
    if (marking.getType() != RESTRICTED_TYPE) {
      return b.explanation(Message.of("PG.otherType", "type", marking.getType())).build();
    }
    if (f.moveSource().isEmpty()) {
      return b.missing("moveSource").build();
    }
    if (f.moveSource().get() != MoveSource.CPR) {
      return b.explanation(Message.of("PG-1.notCpr")).build();
    }
    f.moveDate().ifPresentOrElse(d -> {}, () -> b.missing("moveDate"));
    f.newMunicipality().ifPresentOrElse(d -> {}, () -> b.missing("newMunicipality"));
    if (f.moveDate().isEmpty() || f.newMunicipality().isEmpty()) {
      return b.build();
    }
    LocalDate moveDate = f.moveDate().get();
    if (marking.getPeriod().end().map(e -> e.isBefore(moveDate)).orElse(false)) {
      Message why = Message.of("PG-1.alreadyEnded", "end", marking.getPeriod().end().get());
      return b.derived(DerivedValue.of(CLOSED_AUTOMATICALLY, false, PG_1, why))
          .explanation(why)
          .build();
    }
    String to = f.newMunicipality().get();
    if (marking.covers(to)) {
      Message why = Message.of("PG-1.covered", "municipality", to);
      return b.derived(DerivedValue.of(CLOSED_AUTOMATICALLY, false, PG_1, why))
          .explanation(why)
          .build();
    }
    Message why = Message.of("PG-1.closed", "municipality", to, "moveDate", moveDate);
    return b.derived(DerivedValue.of(CLOSED_AUTOMATICALLY, true, PG_1, why))
        .derived(DerivedValue.of(CLOSED_ON, moveDate, PG_1, why))
        .explanation(why)
        .build();
  }

  private static RuleResult pg2(PersonGroupFacts f, RuleVersion version, boolean fixed) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (f.marking().isEmpty()) {
      return b.missing("marking").build();
    }
    PersonGroupMarking marking = f.marking().get();
    if (marking.getType() != RESTRICTED_TYPE) {
      return b.explanation(Message.of("PG.otherType", "type", marking.getType())).build();
    }
    if (f.moveSource().isEmpty()) {
      return b.missing("moveSource").build();
    }
    if (f.moveSource().get() != MoveSource.JOBCENTRE) {
      return b.explanation(Message.of("PG-2.notJobcentreMove")).build();
    }
    Message notClosed = Message.of("PG-2.notClosedAutomatically");
    b.derived(DerivedValue.of(CLOSED_AUTOMATICALLY, false, PG_2, notClosed));
    if (f.closeRequestedBy().isEmpty()) {
      return b.explanation(notClosed).build();
    }
    String requester = f.closeRequestedBy().get();
    marking.getCreatedByMunicipality().ifPresentOrElse(m -> {}, () -> b.missing("marking.createdByMunicipality"));
    f.newMunicipality().ifPresentOrElse(m -> {}, () -> b.missing("newMunicipality"));
    if (marking.getCreatedByMunicipality().isEmpty() || f.newMunicipality().isEmpty()) {
      return b.build();
    }
    if (!requester.equals(f.newMunicipality().get())
        || requester.equals(marking.getCreatedByMunicipality().get())) {
      return b.explanation(Message.of("PG-2.requestNotCovered")).build();
    }
    if (fixed) {
      Message why = Message.of("PG-2.permitted", "date", FIXED);
      return b.derived(DerivedValue.of(CLOSE_REQUEST, "permitted", PG_2, why))
          .explanation(why)
          .build();
    }
    Message why = Message.of("PG-2.refused", "date", FIXED);
    return b.derived(DerivedValue.of(CLOSE_REQUEST, "refused", PG_2, why))
        .error(CLOSE_REQUEST, why)
        .explanation(why)
        .build();
  }
}
