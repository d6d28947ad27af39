/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
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
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE;
import static dk.dfdgrules.codelists.Sources.DFDG_RELEASE_NOTE;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CP-1 … CP-3 — what happens to a citizen's contact persons (kontaktpersoner) when the citizen
 * moves: {@link #decide(List, MoveEvent, LocalDate)}, the area {@link #AREA} ({@code
 * contact-persons}).
 *
 * <p>Source: DFDG-RN-2021-12-06 §1.1, {@code Borgerkommunikation.FagprofessionelKontaktService}:
 * "Frem over sætter DFDG slutdato på borgers kontaktpersoner, når borger i CPR flytter
 * bopælskommune."
 *
 * <ul>
 *   <li><b>CP-1</b> (trigger) only a move registered in CPR ends contact persons; "Der sættes ikke
 *       automatisk slutdato, hvis jobcentret selv flytter jobcentertilknævning uden at afvente CPR
 *       flytningen". In force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}
 *       (2021-12-06); before that date DFDG did not end-date contact persons on a move at all — the
 *       older version of CP-1.
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
 * <p>Each rule derives, for each contact person it decides, the period after the move under {@link
 * #PERIOD} ({@code contactPersons[i].period}, with the period before), naming the rule (item) that
 * decided: CP-1 when it holds the move back, CP-2 for an exempt type, CP-3.1 … CP-3.4 for the
 * others. The decision ({@link EndDatingResult}) is folded from these values alone: one {@link
 * EndDatingDecision} per contact person, and whether any changed. A contact person no rule decided
 * (the deciding rule switched off, or facts missing) is left as it is, decided by no rule.
 *
 * <p>Laws (tested): end-dating twice with the same move date changes nothing; an exempt type is
 * never changed; the decision for a contact person does not depend on the order of the list. The
 * cost is linear in the number of contact persons (each is decided once by each rule, and the
 * decision is folded through a map by path).
 */
public final class ContactPersonEndDating {

  /**
   * The contact-person types DFDG never closes automatically (CP-2): 8, 9, 10, 25, 26, 31, and the
   * types registered in a mentor intervention, 15, 2, 3.
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

  /**
   * The period of each contact person after the move, with the period before ({@code
   * contactPersons[i].period}, i the position in the input list), derived by the rule (item) that
   * decided it.
   */
  public static final DerivedKey<DatePeriod> PERIOD =
      DerivedKey.of("contactPersons[].period", DatePeriod.class);

  private static final String SECTION = "§1.1";

  private static final SourceCitation CP_1_BEFORE_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Frem over sætter DFDG slutdato på borgers kontaktpersoner, når borger i CPR flytter"
              + " bopælskommune.");
  private static final SourceCitation CP_1_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Der sættes ikke automatisk slutdato, hvis jobcentret selv flytter"
              + " jobcentertilknævning uden at afvente CPR flytningen.");
  private static final SourceCitation CP_2_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Følgende kontaktpersonstyper lukkes dog ikke automatisk … Desuden afslutter DFDG ikke"
              + " de kontaktpersoner, som kan/skal registreres i mentorindsats");
  private static final SourceCitation CP_3_SOURCE =
      SourceCitation.of(
          DFDG_RELEASE_NOTE,
          SECTION,
          "Datoregler for DFDGs afslutning af kontaktperson: Hvis ingen slutdato: DFDG sætter"
              + " slutdato = flyttedato (dags dato)");

  /**
   * CP-1 — the trigger: only a CPR move triggers automatic end-dating. Before {@link
   * dk.dfdgrules.codelists.Sources#DFDG_RELEASE}: no automatic end-dating on any move. From then: a
   * CPR move triggers CP-2/CP-3; a jobcentre's own move changes nothing. When it holds the move
   * back, CP-1 decides every contact person: unchanged.
   */
  public static final Rule<ContactPersonMoveFacts> CP_1 =
      Rule.define("CP-1", ContactPersonMoveFacts.class)
          .before(
              DFDG_RELEASE,
              CP_1_BEFORE_SOURCE,
              (facts, v, ctx) ->
                  unchangedByCp1(facts, v, Message.of("CP-1.before", "date", DFDG_RELEASE)))
          .since(DFDG_RELEASE, CP_1_SOURCE, ContactPersonEndDating::cp1)
          .build();

  /**
   * CP-2 — exempt contact-person types are never closed automatically: on a CPR move, each of them
   * is decided unchanged. In force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<ContactPersonMoveFacts> CP_2 =
      Rule.define("CP-2", ContactPersonMoveFacts.class)
          .since(DFDG_RELEASE, CP_2_SOURCE, ContactPersonEndDating::cp2)
          .build();

  /**
   * CP-3 — the date rules for every other contact person on a CPR move, each decided by one item.
   * In force from {@link dk.dfdgrules.codelists.Sources#DFDG_RELEASE}.
   */
  public static final Rule<ContactPersonMoveFacts> CP_3 =
      Rule.define("CP-3", ContactPersonMoveFacts.class)
          .since(DFDG_RELEASE, CP_3_SOURCE, ContactPersonEndDating::cp3)
          .build();

  /** CP-3.1: start date after the move date → start = end = move date − 1 day. */
  public static final RuleId CP_3_1 = RuleId.of("CP-3.1");

  /** CP-3.2: no end date → end = move date. */
  public static final RuleId CP_3_2 = RuleId.of("CP-3.2");

  /** CP-3.3: end date after the move date → end = move date. */
  public static final RuleId CP_3_3 = RuleId.of("CP-3.3");

  /** CP-3.4: end date on or before the move date → unchanged. */
  public static final RuleId CP_3_4 = RuleId.of("CP-3.4");

  /** The area {@code contact-persons}: CP-1 … CP-3 on {@link ContactPersonMoveFacts}. */
  public static final RuleArea<ContactPersonMoveFacts, EndDatingResult> AREA =
      RuleArea.builder("contact-persons", ContactPersonMoveFacts.class)
          .description("Contact persons end-dated when the citizen moves (CP-1 … CP-3)")
          .rules(CP_1, CP_2, CP_3)
          .example("dk/dfdgrules/rules/contactperson/example.json")
          .decides(ContactPersonEndDating::fold);

  private ContactPersonEndDating() {}

  /**
   * What happens to these contact persons when the citizen moves on this date (CP-1 … CP-3).
   *
   * @param contactPersons the citizen's contact persons
   * @param move the move: its date (the date DFDG processes it) and source
   * @param evaluationDate the date that picks the rule versions (normally the move date)
   * @return the decision — one entry per contact person, in input order — and the rules' results
   * @throws IllegalArgumentException if the move date is {@link LocalDate#MIN}
   */
  public static Answer<EndDatingResult> decide(
      List<ContactPerson> contactPersons, MoveEvent move, LocalDate evaluationDate) {
    return decide(contactPersons, move, EvaluationContext.on(evaluationDate));
  }

  /**
   * What happens to these contact persons when the citizen moves, in an evaluation context.
   *
   * @param contactPersons the citizen's contact persons
   * @param move the move
   * @param context the evaluation date and the caller's settings
   * @return the decision — one entry per contact person — and the rules' results
   * @throws IllegalArgumentException if the move date is {@link LocalDate#MIN}
   */
  public static Answer<EndDatingResult> decide(
      List<ContactPerson> contactPersons, MoveEvent move, EvaluationContext context) {
    requireNonNull(move, "move");
    return decide(ContactPersonMoveFacts.of(contactPersons, move), context);
  }

  /**
   * Evaluates CP-1 … CP-3 on a date, on facts whose move date or source may be missing (then the
   * decision is undetermined, naming them).
   *
   * @param facts the facts
   * @param evaluationDate the date that picks the rule versions
   * @return the decision and the rules' results
   */
  public static Answer<EndDatingResult> decide(
      ContactPersonMoveFacts facts, LocalDate evaluationDate) {
    return AREA.evaluate(facts, evaluationDate);
  }

  /**
   * Evaluates CP-1 … CP-3 in a context, on facts whose move date or source may be missing (then the
   * decision is undetermined, naming them).
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the decision and the rules' results
   */
  public static Answer<EndDatingResult> decide(
      ContactPersonMoveFacts facts, EvaluationContext context) {
    return AREA.evaluate(facts, context);
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

  // ---- the decision, folded from the results ----

  private static EndDatingResult fold(
      ContactPersonMoveFacts facts, RuleResults results, EvaluationContext ctx) {
    Map<String, DerivedValue<DatePeriod>> byPath = new HashMap<>();
    for (DerivedValue<DatePeriod> d : results.derived(PERIOD)) {
      byPath.putIfAbsent(d.path(), d);
    }
    List<ContactPerson> persons = facts.contactPersons();
    ImmutableList.Builder<EndDatingDecision> decisions = ImmutableList.builder();
    boolean anyChanged = false;
    for (int i = 0; i < persons.size(); i++) {
      ContactPerson before = persons.get(i);
      Optional<DerivedValue<DatePeriod>> d = Optional.ofNullable(byPath.get(PERIOD.at(i).path()));
      ContactPerson after = d.flatMap(DerivedValue::value).map(before::withPeriod).orElse(before);
      EndDatingDecision decision =
          new EndDatingDecision(
              i, before, after, d.map(DerivedValue::decidedBy), d.map(DerivedValue::reason));
      anyChanged |= decision.changed();
      decisions.add(decision);
    }
    List<EndDatingDecision> all = decisions.build();
    Optional<RuleResult> undetermined =
        results.results().stream().filter(RuleResult::isUndetermined).findFirst();
    if (undetermined.isPresent()) {
      RuleResult r = undetermined.get();
      return EndDatingResult.undetermined(
          all,
          r.ruleId(),
          Message.of("rule.undetermined", "rule", r.ruleId(), "missing", r.missingFacts()));
    }
    // the last rule, in evaluation order, that decided a contact person: CP-3 when any date rule
    // applied (every change is CP-3's), CP-2 when only exempt types were decided, CP-1 when it held
    // the move back
    List<RuleResult> rs = results.results();
    for (int i = rs.size() - 1; i >= 0; i--) {
      RuleResult r = rs.get(i);
      if (!r.derived(PERIOD).isEmpty()) {
        return new EndDatingResult(
            anyChanged ? EndDatingResult.Kind.CHANGED : EndDatingResult.Kind.UNCHANGED,
            all,
            Optional.of(r.ruleId()),
            r.explanation());
      }
    }
    return new EndDatingResult(
        EndDatingResult.Kind.UNCHANGED, all, Optional.empty(), Optional.empty());
  }

  // ---- the rules ----

  private static RuleResult cp1(
      ContactPersonMoveFacts facts, RuleVersion version, EvaluationContext ctx) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (facts.moveSource().isEmpty()) {
      return b.missing("moveSource").build();
    }
    if (facts.moveSource().get() == MoveSource.JOBCENTRE) {
      return unchangedByCp1(facts, version, Message.of("CP-1.jobcentre"));
    }
    return b.explanation(Message.of("CP-1.cpr")).build();
  }

  private static RuleResult unchangedByCp1(
      ContactPersonMoveFacts facts, RuleVersion version, Message why) {
    RuleResult.Builder b = RuleResult.builder(version);
    List<ContactPerson> persons = facts.contactPersons();
    for (int i = 0; i < persons.size(); i++) {
      DatePeriod p = persons.get(i).getPeriod();
      b.derived(DerivedValue.changed(PERIOD.at(i), p, p, version.ruleId(), why));
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
      return b.explanation(Message.of("rules.contactperson.notTriggered", "rule", version.ruleId()))
          .build();
    }
    int exempt = 0;
    List<ContactPerson> persons = facts.contactPersons();
    for (int i = 0; i < persons.size(); i++) {
      ContactPerson c = persons.get(i);
      if (isExempt(c.getType())) {
        exempt++;
        b.derived(
            DerivedValue.changed(
                PERIOD.at(i),
                c.getPeriod(),
                c.getPeriod(),
                version.ruleId(),
                Message.of("CP-2.exempt", "type", c.getType())));
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
      return b.explanation(Message.of("rules.contactperson.notTriggered", "rule", version.ruleId()))
          .build();
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
              PERIOD.at(i),
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
