/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.FIRST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.LAST_DAY;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.contactPersons;
import static dk.dfdgrules.testkit.generators.DfdgGenerators.dates;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The laws of the end-dating of contact persons on a move, CP-1 … CP-3 (DFDG-RN-2021-12-06 §1.1),
 * as generated properties against {@link ContactPersonEndDating}. The move is processed on the move
 * date ("dags dato"), so that is the evaluation date.
 */
class ContactPersonEndDatingPropertiesTest {

  /** CP is in force from 6 December 2021 — the spec's date, not the rules'. */
  static final LocalDate RELEASE = LocalDate.of(2021, 12, 6);

  /** CP-2 as the spec lists it: 8, 9, 10, 25, 26, 31 and the mentor types 15, 2, 3. */
  static final Set<Integer> EXEMPT = Set.of(8, 9, 10, 25, 26, 31, 15, 2, 3);

  /** Types the spec does not exempt: 32 and ids the partial code list does not name. */
  static final int[] NOT_EXEMPT = {1, 4, 5, 12, 32, 99};

  /** A citizen's contact persons and the day DFDG processes a move. */
  record Move(List<ContactPerson> persons, LocalDate moveDate) {
    @Override
    public String toString() {
      return "moved "
          + moveDate
          + ": "
          + persons.stream().map(p -> p.getType() + " " + p.getPeriod()).toList();
    }
  }

  /**
   * Contact persons whose periods start and end on, around and far from the move date; two in three
   * of a type CP-3 end-dates (the testkit's partial code list names almost only exempt types).
   */
  static Gen<ContactPerson> personsAround(LocalDate day) {
    return Gens.frequency(
        Gens.weighted(2, contactPersons().ofTypes(NOT_EXEMPT).around(day)),
        Gens.weighted(
            1,
            contactPersons()
                .ofTypes(EXEMPT.stream().mapToInt(Integer::intValue).toArray())
                .around(day)));
  }

  static Gen<Move> movesOn(Gen<LocalDate> days) {
    return days.flatMap(m -> personsAround(m).list(1, 6).map(ps -> new Move(ps, m)));
  }

  Gen<Move> cprMovesFromTheRelease() {
    return movesOn(dates(RELEASE, LAST_DAY));
  }

  Gen<Move> anyMoves() {
    return movesOn(dates(FIRST_DAY, LAST_DAY));
  }

  static Answer<EndDatingResult> cprMove(List<ContactPerson> persons, LocalDate m) {
    return ContactPersonEndDating.decide(persons, MoveEvent.cpr(m), m);
  }

  /** Labels the CP-3 branch each person takes, so coverage shows every branch is reached. */
  static void labelBranches(Move move) {
    LocalDate m = move.moveDate();
    List<DatePeriod> periods =
        move.persons().stream()
            .filter(p -> !EXEMPT.contains(p.getType()))
            .map(ContactPerson::getPeriod)
            .toList();
    Statistics.cover(
        20, periods.stream().anyMatch(p -> p.start().isAfter(m)), "CP-3.1 start after the move");
    Statistics.cover(
        19,
        periods.stream().anyMatch(p -> !p.start().isAfter(m) && p.isOpenEnded()),
        "CP-3.2 no end date");
    Statistics.cover(
        12,
        periods.stream()
            .anyMatch(p -> !p.start().isAfter(m) && p.end().map(m::isBefore).orElse(false)),
        "CP-3.3 ends after the move");
    Statistics.cover(
        10,
        periods.stream()
            .anyMatch(p -> !p.start().isAfter(m) && p.end().map(e -> !e.isAfter(m)).orElse(false)),
        "CP-3.4 ends on or before the move");
    Statistics.cover(
        5, periods.stream().anyMatch(p -> p.start().equals(m)), "starts on the move date");
    Statistics.cover(
        5,
        periods.stream().anyMatch(p -> p.end().filter(m::equals).isPresent()),
        "ends on the move date");
    Statistics.cover(
        20,
        move.persons().stream().anyMatch(p -> EXEMPT.contains(p.getType())),
        "an exempt type (CP-2)");
  }

  @Property
  void endDatingTwiceWithTheSameMoveDateChangesNothing(@ForAll("anyMoves") Move move) {
    labelBranches(move);
    Statistics.cover(10, move.moveDate().isBefore(RELEASE), "before the release");

    Answer<EndDatingResult> once = cprMove(move.persons(), move.moveDate());
    Answer<EndDatingResult> twice = cprMove(once.decision().contactPersonsAfter(), move.moveDate());

    assertThat(twice.decision().changes()).isEmpty();
    assertThat(twice.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(once.decision().kind() == EndDatingResult.Kind.CHANGED)
        .isEqualTo(!once.decision().changes().isEmpty());
    assertThat(twice.decision().contactPersonsAfter())
        .isEqualTo(once.decision().contactPersonsAfter());
  }

  @Property
  void anExemptTypeIsNeverChanged(@ForAll("anyMoves") Move move) {
    Statistics.cover(
        20, move.persons().stream().anyMatch(p -> EXEMPT.contains(p.getType())), "an exempt type");
    Statistics.cover(10, !move.moveDate().isBefore(RELEASE), "from the release");

    Answer<EndDatingResult> r = cprMove(move.persons(), move.moveDate());

    for (EndDatingDecision d : r.decision().decisions()) {
      if (EXEMPT.contains(d.before().getType())) {
        assertThat(d.changed()).as("%s", d).isFalse();
        assertThat(d.after()).isEqualTo(d.before());
        if (!move.moveDate().isBefore(RELEASE)) {
          assertThat(d.decidedBy()).contains(RuleId.of("CP-2"));
        }
      }
    }
  }

  @Property
  void afterACprMoveNoContactPersonButTheExemptEndsAfterTheMoveDate(
      @ForAll("cprMovesFromTheRelease") Move move) {
    labelBranches(move);
    Statistics.cover(1, move.moveDate().equals(RELEASE), "moved on the day of the release");
    LocalDate m = move.moveDate();

    Answer<EndDatingResult> r = cprMove(move.persons(), m);

    assertThat(r).isSatisfied().hasNoViolations();
    for (EndDatingDecision d : r.decision().decisions()) {
      if (!EXEMPT.contains(d.before().getType())) {
        assertThat(d.newEnd()).as("%s", d).isPresent();
        assertThat(d.newEnd().get()).as("%s", d).isBeforeOrEqualTo(m);
        assertThat(d.newStart()).isBeforeOrEqualTo(d.newEnd().get());
        assertThat(d.decidedBy().map(RuleId::withoutItem)).contains(RuleId.of("CP-3"));
      }
    }
  }

  @Property
  void theNewPeriodFollowsTheSpecsDateRules(@ForAll("cprMovesFromTheRelease") Move move) {
    labelBranches(move);
    LocalDate m = move.moveDate();

    Answer<EndDatingResult> r = cprMove(move.persons(), m);

    for (EndDatingDecision d : r.decision().decisions()) {
      if (EXEMPT.contains(d.before().getType())) {
        continue;
      }
      DatePeriod p = d.oldPeriod();
      // CP-3.1 is checked first, whatever the end date (the spec's interpretation)
      if (p.start().isAfter(m)) {
        assertThat(d.newPeriod()).isEqualTo(DatePeriod.of(m.minusDays(1), m.minusDays(1)));
        assertThat(d.decidedBy()).contains(RuleId.of("CP-3.1"));
      } else if (p.end().isEmpty()) {
        assertThat(d.newPeriod()).isEqualTo(DatePeriod.of(p.start(), m));
        assertThat(d.decidedBy()).contains(RuleId.of("CP-3.2"));
      } else if (p.end().get().isAfter(m)) {
        assertThat(d.newPeriod()).isEqualTo(DatePeriod.of(p.start(), m));
        assertThat(d.decidedBy()).contains(RuleId.of("CP-3.3"));
      } else {
        assertThat(d.newPeriod()).isEqualTo(p);
        assertThat(d.decidedBy()).contains(RuleId.of("CP-3.4"));
      }
    }
  }

  /** A move and an ordering of its contact persons (indices into the list). */
  record Reordered(Move move, List<Integer> order) {}

  Gen<Reordered> reorderedMoves() {
    return movesOn(dates(FIRST_DAY, LAST_DAY))
        .flatMap(
            move ->
                Gens.permutations(IntStream.range(0, move.persons().size()).boxed().toList())
                    .map(order -> new Reordered(move, order)));
  }

  @Property
  void theResultPerContactPersonDoesNotDependOnTheOrderOfTheList(
      @ForAll("reorderedMoves") Reordered r) {
    List<ContactPerson> persons = r.move().persons();
    Statistics.cover(19, persons.size() >= 3, "three or more contact persons");
    LocalDate m = r.move().moveDate();
    List<ContactPerson> permuted = new ArrayList<>();
    r.order().forEach(i -> permuted.add(persons.get(i)));

    Answer<EndDatingResult> original = cprMove(persons, m);
    Answer<EndDatingResult> reordered = cprMove(permuted, m);

    for (int k = 0; k < permuted.size(); k++) {
      EndDatingDecision was = original.decision().decisions().get(r.order().get(k));
      EndDatingDecision now = reordered.decision().decisions().get(k);
      assertThat(now.before()).isEqualTo(was.before());
      assertThat(now.after()).isEqualTo(was.after());
      assertThat(now.decidedBy()).isEqualTo(was.decidedBy());
      assertThat(now.reason()).isEqualTo(was.reason());
    }
    assertThat(reordered.outcome()).isEqualTo(original.outcome());
  }

  @Property
  void aJobcentresOwnMoveChangesNothing(@ForAll("anyMoves") Move move) {
    labelBranches(move);
    LocalDate m = move.moveDate();

    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(move.persons(), MoveEvent.jobcentre(m), m);

    assertThat(r.decision().changes()).isEmpty();
    assertThat(r.decision().contactPersonsAfter()).isEqualTo(move.persons());
    assertThat(r.decision().decisions())
        .allSatisfy(d -> assertThat(d.decidedBy()).contains(RuleId.of("CP-1")));
  }

  Gen<Move> cprMovesBeforeTheRelease() {
    return movesOn(dates(FIRST_DAY, RELEASE.minusDays(1)));
  }

  @Property
  void aCprMoveBefore6December2021ChangesNothing(@ForAll("cprMovesBeforeTheRelease") Move move) {
    labelBranches(move);

    Answer<EndDatingResult> r = cprMove(move.persons(), move.moveDate());

    assertThat(r.decision().changes()).isEmpty();
    assertThat(r.decision().contactPersonsAfter()).isEqualTo(move.persons());
  }

  @Property(tries = 30)
  void everyReasonHasDanishAndEnglishTextAndRevealsNoPersonalData(@ForAll("anyMoves") Move move) {
    Answer<EndDatingResult> r = cprMove(move.persons(), move.moveDate());

    assertThat(r).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
    for (EndDatingDecision d : r.decision().decisions()) {
      Optional<String> name = d.before().getName();
      d.reason()
          .ifPresent(
              reason ->
                  name.ifPresent(
                      n ->
                          assertThat(Messages.danish(reason) + Messages.english(reason))
                              .doesNotContain(n)));
    }
  }

  /** One contact person's fate as the reference decides it: the new period and the rule item. */
  record Expected(DatePeriod period, RuleId decidedBy) {}

  /**
   * The spec read person by person, with no lists, maps or results: the reference the area's
   * one-pass evaluation must agree with.
   */
  static Expected reference(ContactPerson p, MoveEvent move) {
    LocalDate m = move.moveDate();
    DatePeriod period = p.getPeriod();
    if (m.isBefore(RELEASE) || move.source() == MoveSource.JOBCENTRE) {
      return new Expected(period, RuleId.of("CP-1"));
    }
    if (EXEMPT.contains(p.getType())) {
      return new Expected(period, RuleId.of("CP-2"));
    }
    if (period.start().isAfter(m)) {
      return new Expected(DatePeriod.of(m.minusDays(1), m.minusDays(1)), RuleId.of("CP-3.1"));
    }
    if (period.end().isEmpty()) {
      return new Expected(DatePeriod.of(period.start(), m), RuleId.of("CP-3.2"));
    }
    if (period.end().get().isAfter(m)) {
      return new Expected(DatePeriod.of(period.start(), m), RuleId.of("CP-3.3"));
    }
    return new Expected(period, RuleId.of("CP-3.4"));
  }

  /** Checks an answer against the reference, person by person, and its kind. */
  static void agreesWithTheReference(
      List<ContactPerson> persons, MoveEvent move, Answer<EndDatingResult> r) {
    List<EndDatingDecision> decisions = r.decision().decisions();
    assertThat(decisions).hasSameSizeAs(persons);
    boolean anyChanged = false;
    for (int i = 0; i < persons.size(); i++) {
      Expected e = reference(persons.get(i), move);
      EndDatingDecision d = decisions.get(i);
      assertThat(d.index()).isEqualTo(i);
      assertThat(d.before()).isEqualTo(persons.get(i));
      assertThat(d.newPeriod()).isEqualTo(e.period());
      assertThat(d.decidedBy()).contains(e.decidedBy());
      anyChanged |= !e.period().equals(persons.get(i).getPeriod());
    }
    assertThat(r.decision().kind())
        .isEqualTo(anyChanged ? EndDatingResult.Kind.CHANGED : EndDatingResult.Kind.UNCHANGED);
  }

  @Property
  void everyDecisionIsTheOneAReferenceMakesForThatPersonAlone(@ForAll("anyMoves") Move move) {
    labelBranches(move);
    for (MoveEvent event :
        List.of(MoveEvent.cpr(move.moveDate()), MoveEvent.jobcentre(move.moveDate()))) {
      agreesWithTheReference(
          move.persons(),
          event,
          ContactPersonEndDating.decide(move.persons(), event, move.moveDate()));
    }
  }
}
