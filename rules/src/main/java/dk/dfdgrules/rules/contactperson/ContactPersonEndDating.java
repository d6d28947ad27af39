package dk.dfdgrules.rules.contactperson;

import static dk.dfdgrules.codelists.ContactPersonTypes.ASYLUM_CENTRE_CONTACT;
import static dk.dfdgrules.codelists.ContactPersonTypes.COMPANION;
import static dk.dfdgrules.codelists.ContactPersonTypes.EDUCATION_INSTITUTION_CONTACT;
import static dk.dfdgrules.codelists.ContactPersonTypes.MENTOR;
import static dk.dfdgrules.codelists.ContactPersonTypes.PARTY_REPRESENTATIVE;
import static dk.dfdgrules.codelists.ContactPersonTypes.PERSONAL_JOB_BROKER;
import static dk.dfdgrules.codelists.ContactPersonTypes.RELATIVE;
import static dk.dfdgrules.codelists.ContactPersonTypes.RELEASE_COORDINATOR;
import static dk.dfdgrules.codelists.ContactPersonTypes.UNEMPLOYMENT_FUND_CONTACT;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.CombinedResult;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CP-1 … CP-3 — what happens to a citizen's contact persons (kontaktpersoner) when the citizen
 * moves: {@link #onMove(List, MoveEvent, LocalDate)}.
 *
 * <p>Source: DFDG-RN-2021-12-06 §1.1, {@code Borgerkommunikation.FagprofessionelKontaktService}:
 * "Frem over sætter DFDG slutdato på borgers kontaktpersoner, når borger i CPR flytter
 * bopælskommune."
 *
 * <ul>
 *   <li><b>CP-1</b> (trigger) only a move registered in CPR ends contact persons; "Der sættes ikke
 *       automatisk slutdato, hvis jobcentret selv flytter jobcentertilknævning uden at afvente CPR
 *       flytningen". In force from {@link #IN_FORCE} (2021-12-06); before that date DFDG did not
 *       end-date contact persons on a move at all — the older version of CP-1.
 *   <li><b>CP-2</b> (exempt types) {@link #EXEMPT_TYPES} are never closed automatically: Pårørende
 *       (8), Bisidder (9), Partsrepræsentant (10), Kontaktperson i a-kassen (25), Kontaktperson på
 *       asylcentret (26), Kontaktperson på uddannelsesstedet (uddannelsespålæg) (31), and the types
 *       registered in a mentor intervention: Mentor (15), Udslusningskoordinator (2), Personlig
 *       jobformidler (3).
 *   <li><b>CP-3</b> (date rules), with {@code m} the move date: CP-3.1 start after {@code m} →
 *       start = end = {@code m} − 1 day; CP-3.2 otherwise, no end date → end = {@code m}; CP-3.3
 *       otherwise, end after {@code m} → end = {@code m}; CP-3.4 otherwise (end on or before {@code
 *       m}) → unchanged. <em>Interpretation:</em> CP-3.1 is checked first, whatever the end date.
 * </ul>
 *
 * <p>The move date is the date DFDG processes the move ("flyttedato (dags dato)"); the evaluation
 * date picks the rule versions. A caller asking "what happens now" passes the same date for both.
 *
 * <p>Laws (tested): end-dating twice with the same move date changes nothing; an exempt type is
 * never changed; the decision for a contact person does not depend on the order of the list.
 */
public final class ContactPersonEndDating {

  /** The day CP-1 … CP-3 came into force: the DFDG release of 6 December 2021. */
  public static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  /** CP-1: only a CPR move triggers automatic end-dating. */
  public static final RuleId CP_1 = RuleId.of("CP-1");

  /** CP-2: exempt contact-person types are never closed automatically. */
  public static final RuleId CP_2 = RuleId.of("CP-2");

  /** CP-3: the date rules. */
  public static final RuleId CP_3 = RuleId.of("CP-3");

  /** CP-3.1: start date after the move date → start = end = move date − 1 day. */
  public static final RuleId CP_3_1 = CP_3.item(1);

  /** CP-3.2: no end date → end = move date. */
  public static final RuleId CP_3_2 = CP_3.item(2);

  /** CP-3.3: end date after the move date → end = move date. */
  public static final RuleId CP_3_3 = CP_3.item(3);

  /** CP-3.4: end date on or before the move date → unchanged. */
  public static final RuleId CP_3_4 = CP_3.item(4);

  /**
   * The contact-person types DFDG never closes automatically (CP-2): 8, 9, 10, 25, 26, 31, and
   * the types registered in a mentor intervention, 15, 2, 3.
   */
  public static final Set<Integer> EXEMPT_TYPES =
      ImmutableSortedSet.of(
          RELATIVE,
          COMPANION,
          PARTY_REPRESENTATIVE,
          UNEMPLOYMENT_FUND_CONTACT,
          ASYLUM_CENTRE_CONTACT,
          EDUCATION_INSTITUTION_CONTACT,
          MENTOR,
          RELEASE_COORDINATOR,
          PERSONAL_JOB_BROKER);

  static final String DOCUMENT = "DFDG-RN-2021-12-06";
  static final String SECTION = "§1.1";

  private static final SourceCitation CP_1_BEFORE_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Frem over sætter DFDG slutdato på borgers kontaktpersoner, når borger i CPR flytter"
              + " bopælskommune.");
  private static final SourceCitation CP_1_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Der sættes ikke automatisk slutdato, hvis jobcentret selv flytter"
              + " jobcentertilknævning uden at afvente CPR flytningen.");
  private static final SourceCitation CP_2_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Følgende kontaktpersonstyper lukkes dog ikke automatisk … Desuden afslutter DFDG ikke"
              + " de kontaktpersoner, som kan/skal registreres i mentorindsats");
  private static final SourceCitation CP_3_SOURCE =
      SourceCitation.of(
          DOCUMENT,
          SECTION,
          "Datoregler for DFDGs afslutning af kontaktperson: Hvis ingen slutdato: DFDG sætter"
              + " slutdato = flyttedato (dags dato)");

  /**
   * CP-1 — the trigger. Before {@link #IN_FORCE}: no automatic end-dating on any move. From
   * {@link #IN_FORCE}: a CPR move triggers CP-2/CP-3; a jobcentre's own move changes nothing.
   */
  public static final VersionedRule<ContactPersonMoveFacts> CP1 =
      VersionedRule.<ContactPersonMoveFacts>builder(CP_1)
          .version(
              RuleVersion.before(CP_1, IN_FORCE, CP_1_BEFORE_SOURCE),
              (facts, version, ctx) ->
                  unchangedByCp1(
                      facts, RuleResult.builder(version), Message.of("CP-1.before", "date", IN_FORCE)))
          .version(RuleVersion.since(CP_1, IN_FORCE, CP_1_SOURCE), ContactPersonEndDating::cp1)
          .build();

  /** CP-2 — exempt types stay unchanged on a CPR move. In force from {@link #IN_FORCE}. */
  public static final VersionedRule<ContactPersonMoveFacts> CP2 =
      VersionedRule.<ContactPersonMoveFacts>builder(CP_2)
          .version(RuleVersion.since(CP_2, IN_FORCE, CP_2_SOURCE), ContactPersonEndDating::cp2)
          .build();

  /** CP-3 — the date rules for every other contact person. In force from {@link #IN_FORCE}. */
  public static final VersionedRule<ContactPersonMoveFacts> CP3 =
      VersionedRule.<ContactPersonMoveFacts>builder(CP_3)
          .version(RuleVersion.since(CP_3, IN_FORCE, CP_3_SOURCE), ContactPersonEndDating::cp3)
          .build();

  /** The rules of the area, in evaluation order. */
  public static final List<VersionedRule<ContactPersonMoveFacts>> RULES = List.of(CP1, CP2, CP3);

  private ContactPersonEndDating() {}

  /**
   * What happens to these contact persons when the citizen moves on this date (CP-1 … CP-3).
   *
   * @param contactPersons the citizen's contact persons
   * @param move the move: its date (the date DFDG processes it) and source
   * @param evaluationDate the date that picks the rule versions (normally the move date)
   * @return one decision per contact person, in input order, and the rules' results
   */
  public static EndDatingResult onMove(
      List<ContactPerson> contactPersons, MoveEvent move, LocalDate evaluationDate) {
    return onMove(contactPersons, move, EvaluationContext.on(evaluationDate));
  }

  /**
   * What happens to these contact persons when the citizen moves, in an evaluation context.
   *
   * @param contactPersons the citizen's contact persons
   * @param move the move
   * @param context the evaluation date and the caller's settings
   * @return one decision per contact person, and the rules' results
   */
  public static EndDatingResult onMove(
      List<ContactPerson> contactPersons, MoveEvent move, EvaluationContext context) {
    requireNonNull(move, "move");
    return evaluate(ContactPersonMoveFacts.of(contactPersons, move), context);
  }

  /**
   * Evaluates CP-1 … CP-3 on facts whose move date or source may be missing (then the result is
   * undetermined, naming them, and no contact person is decided).
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return one decision per contact person, and the rules' results
   */
  public static EndDatingResult evaluate(ContactPersonMoveFacts facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    CombinedResult combined =
        CombinedResult.evaluate(RULES, facts, context);
    List<EndDatingDecision> decisions = new ArrayList<>();
    for (int i = 0; i < facts.contactPersons().size(); i++) {
      ContactPerson before = facts.contactPersons().get(i);
      String path = path(i);
      Optional<DerivedValue<?>> derived =
          combined.derivedValues().stream().filter(d -> d.path().equals(path)).findFirst();
      ContactPerson after =
          derived
              .flatMap(DerivedValue::text)
              .map(DatePeriod::parse)
              .map(before::withPeriod)
              .orElse(before);
      decisions.add(
          new EndDatingDecision(
              i,
              before,
              after,
              derived.map(DerivedValue::decidedBy),
              derived.map(DerivedValue::reason)));
    }
    return new EndDatingResult(decisions, combined);
  }

  /**
   * Tells whether DFDG never closes a contact-person type automatically (CP-2).
   *
   * @param type a contact-person type id
   * @return true if exempt
   */
  public static boolean isExempt(int type) {
    return EXEMPT_TYPES.contains(type);
  }

  /**
   * CP-3 on one contact person: which item applies and the new period.
   *
   * @param period the contact person's period
   * @param moveDate the move date
   * @return the deciding item and the period after the move
   */
  static Cp3Decision cp3(DatePeriod period, LocalDate moveDate) {
    if (period.start().isAfter(moveDate)) {
      LocalDate dayBefore = moveDate.minusDays(1);
      return new Cp3Decision(CP_3_1, DatePeriod.of(dayBefore, dayBefore));
    }
    Optional<LocalDate> end = period.end();
    if (end.isEmpty()) {
      return new Cp3Decision(CP_3_2, period.withEnd(moveDate));
    }
    if (end.get().isAfter(moveDate)) {
      return new Cp3Decision(CP_3_3, period.withEnd(moveDate));
    }
    return new Cp3Decision(CP_3_4, period);
  }

  /**
   * The outcome of CP-3 for one contact person.
   *
   * @param item the item that decided
   * @param period the period after the move
   */
  record Cp3Decision(RuleId item, DatePeriod period) {}

  static String path(int index) {
    return "contactPersons[" + index + "].period";
  }

  private static RuleResult cp1(
      ContactPersonMoveFacts facts, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (facts.moveSource().isEmpty()) {
      return b.missing("moveSource").build();
    }
    if (facts.moveSource().get() == MoveSource.JOBCENTRE) {
      return unchangedByCp1(facts, b, Message.of("CP-1.jobcentre"));
    }
    return b.explanation(Message.of("CP-1.cpr")).build();
  }

  private static RuleResult unchangedByCp1(
      ContactPersonMoveFacts facts, RuleResult.Builder b, Message why) {
    List<ContactPerson> persons = facts.contactPersons();
    for (int i = 0; i < persons.size(); i++) {
      DatePeriod p = persons.get(i).getPeriod();
      b.derived(DerivedValue.changed(path(i), p, p, CP_1, why));
    }
    return b.explanation(why).build();
  }

  private static RuleResult cp2(
      ContactPersonMoveFacts facts, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (facts.moveSource().isEmpty()) {
      return b.missing("moveSource").build();
    }
    if (facts.moveSource().get() != MoveSource.CPR) {
      return b.explanation(Message.of("rules.contactperson.notTriggered", "rule", CP_2)).build();
    }
    int exempt = 0;
    List<ContactPerson> persons = facts.contactPersons();
    for (int i = 0; i < persons.size(); i++) {
      ContactPerson c = persons.get(i);
      if (isExempt(c.getType())) {
        exempt++;
        b.derived(
            DerivedValue.changed(
                path(i), c.getPeriod(), c.getPeriod(), CP_2, Message.of("CP-2.exempt", "type", c.getType())));
      }
    }
    return b.explanation(Message.of("CP-2.explanation", "count", exempt)).build();
  }

  private static RuleResult cp3(
      ContactPersonMoveFacts facts, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (facts.moveSource().isEmpty()) {
      b.missing("moveSource");
    }
    if (facts.moveDate().isEmpty()) {
      b.missing("moveDate");
    }
    if (facts.moveSource().isEmpty() || facts.moveDate().isEmpty()) {
      return b.build();
    }
    if (facts.moveSource().get() != MoveSource.CPR) {
      return b.explanation(Message.of("rules.contactperson.notTriggered", "rule", CP_3)).build();
    }
    LocalDate m = facts.moveDate().get();
    int changed = 0;
    List<ContactPerson> persons = facts.contactPersons();
    for (int i = 0; i < persons.size(); i++) {
      ContactPerson c = persons.get(i);
      if (isExempt(c.getType())) {
        continue;
      }
      Cp3Decision d = cp3(c.getPeriod(), m);
      if (!d.period().equals(c.getPeriod())) {
        changed++;
      }
      b.derived(
          DerivedValue.changed(
              path(i),
              c.getPeriod(),
              d.period(),
              d.item(),
              Message.of(
                  d.item() + ".reason",
                  "type",
                  c.getType(),
                  "moveDate",
                  m,
                  "dayBefore",
                  m.minusDays(1))));
    }
    return b.explanation(Message.of("CP-3.explanation", "changed", changed, "moveDate", m)).build();
  }
}
