/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.contactperson;

import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_1;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_2;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_3;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_3_1;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_3_2;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_3_3;
import static dk.dfdgrules.rules.contactperson.ContactPersonEndDating.CP_3_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.contact.ContactPerson;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.json.DfdgJson;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples and boundaries of CP-1 … CP-3, named after their rule ids. The laws
 * (idempotence, exempt types, order of the list, nothing active after the move) are generated
 * properties in {@link ContactPersonEndDatingPropertiesTest}.
 */
class ContactPersonEndDatingTest {

  static final LocalDate M = LocalDate.of(2022, 3, 10);

  static ContactPerson person(int type, String period) {
    return ContactPerson.of(type, DatePeriod.parse(period));
  }

  /** CP-1 … CP-3 on a CPR move on {@link #M}, evaluated on that day. */
  static Answer<EndDatingResult> cprMoveOnM(ContactPerson... persons) {
    return ContactPersonEndDating.decide(List.of(persons), MoveEvent.cpr(M), M);
  }

  static EndDatingDecision single(int type, String period, LocalDate moveDate) {
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(
            List.of(person(type, period)), MoveEvent.cpr(moveDate), moveDate);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    return r.decision().decisions().get(0);
  }

  /** The worked examples of the spec (m = 2022-03-10), one test per row. */
  @Nested
  class WorkedExamples {

    @Test
    void CP3_2_openEndedGetsTheMoveDate() {
      EndDatingDecision d = single(1, "2021-01-01/..", M);
      assertThat(d.newPeriod()).isEqualTo(DatePeriod.parse("2021-01-01/2022-03-10"));
      assertThat(d.changed()).isTrue();
      assertThat(d.oldEnd()).isEmpty();
      assertThat(d.newEnd()).contains(M);
      assertThat(d.decidedBy()).contains(CP_3_2);
    }

    @Test
    void CP3_3_endAfterTheMoveBecomesTheMoveDate() {
      EndDatingDecision d = single(1, "2021-01-01/2022-06-30", M);
      assertThat(d.newPeriod()).isEqualTo(DatePeriod.parse("2021-01-01/2022-03-10"));
      assertThat(d.oldEnd()).contains(LocalDate.of(2022, 6, 30));
      assertThat(d.decidedBy()).contains(CP_3_3);
    }

    @Test
    void CP3_1_startAfterTheMoveBecomesTheDayBefore() {
      EndDatingDecision d = single(1, "2022-04-01/2022-09-30", M);
      assertThat(d.newStart()).isEqualTo(LocalDate.of(2022, 3, 9));
      assertThat(d.newEnd()).contains(LocalDate.of(2022, 3, 9));
      assertThat(d.decidedBy()).contains(CP_3_1);
    }

    @Test
    void CP3_2_startOnTheMoveDateIsNotAfterIt() {
      EndDatingDecision d = single(1, "2022-03-10/..", M);
      assertThat(d.newPeriod()).isEqualTo(DatePeriod.parse("2022-03-10/2022-03-10"));
      assertThat(d.decidedBy()).contains(CP_3_2);
    }

    @Test
    void CP3_4_endOnTheMoveDateIsUnchanged() {
      EndDatingDecision d = single(1, "2021-01-01/2022-03-10", M);
      assertThat(d.changed()).isFalse();
      assertThat(d.decidedBy()).contains(CP_3_4);
    }

    @Test
    void CP2_bisidderIsUnchanged() {
      EndDatingDecision d = single(9, "2021-01-01/..", M);
      assertThat(d.changed()).isFalse();
      assertThat(d.decidedBy()).contains(CP_2.id());
    }

    @Test
    void CP2_mentorStartingAfterTheMoveIsUnchanged() {
      EndDatingDecision d = single(15, "2022-04-01/..", M);
      assertThat(d.changed()).isFalse();
      assertThat(d.decidedBy()).contains(CP_2.id());
    }
  }

  @Test
  void CP3_interpretation_rule1IsCheckedFirstWhateverTheEndDate() {
    // start after m with no end date: CP-3.2 would set end = m < start; CP-3.1 decides
    EndDatingDecision open = single(1, "2022-04-01/..", M);
    assertThat(open.decidedBy()).contains(CP_3_1);
    assertThat(open.newPeriod()).isEqualTo(DatePeriod.parse("2022-03-09/2022-03-09"));
    // start after m with an end after m: CP-3.3 would apply too; CP-3.1 decides
    assertThat(single(1, "2022-03-11/2022-03-12", M).decidedBy()).contains(CP_3_1);
  }

  @ParameterizedTest(name = "{0} → {1} by {2}")
  @CsvSource({
    "2022-03-09/..,         2022-03-09/2022-03-10, CP-3.2",
    "2022-03-11/..,         2022-03-09/2022-03-09, CP-3.1",
    "2021-01-01/2022-03-11, 2021-01-01/2022-03-10, CP-3.3",
    "2021-01-01/2022-03-09, 2021-01-01/2022-03-09, CP-3.4",
    "2022-03-10/2022-03-10, 2022-03-10/2022-03-10, CP-3.4",
    "2022-03-10/2022-03-11, 2022-03-10/2022-03-10, CP-3.3",
  })
  void CP3_boundariesAroundTheMoveDate(String before, String after, String item) {
    EndDatingDecision d = single(1, before, M);
    assertThat(d.newPeriod()).isEqualTo(DatePeriod.parse(after));
    assertThat(d.decidedBy()).contains(RuleId.of(item));
  }

  @Test
  void CP1_aJobcentreMoveChangesNothing() {
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(
            List.of(person(1, "2021-01-01/.."), person(9, "2021-01-01/..")),
            MoveEvent.jobcentre(M),
            M);
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.decision().changes()).isEmpty();
    assertThat(r.decision().decisions())
        .allSatisfy(d -> assertThat(d.decidedBy()).contains(CP_1.id()));
  }

  @Test
  void CP1_theDayBeforeTheReleaseNothingIsEndDated() {
    LocalDate dayBefore = Sources.DFDG_RELEASE.minusDays(1);
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(
            List.of(person(1, "2021-01-01/..")), MoveEvent.cpr(dayBefore), dayBefore);
    assertThat(r.decision().changes()).isEmpty();
    assertThat(r.decision().decisions().get(0).decidedBy()).contains(CP_1.id());
    assertThat(r.result(CP_1).orElseThrow().version().orElseThrow().label())
        .isEqualTo("before 2021-12-06");
    assertThat(r.result(ContactPersonEndDating.CP_3).orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void CP1_theDayOfTheReleaseTheMoveEndDates() {
    LocalDate day = Sources.DFDG_RELEASE;
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(List.of(person(1, "2021-01-01/..")), MoveEvent.cpr(day), day);
    assertThat(r.decision().decisions().get(0).newEnd()).contains(day);
    assertThat(r.decision().decisions().get(0).decidedBy()).contains(CP_3_2);
  }

  @Test
  void missingMoveDateAndSourceAreUndeterminedAndNamed() {
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(
            new ContactPersonMoveFacts(
                List.of(person(1, "2021-01-01/..")), Optional.empty(), Optional.empty()),
            EvaluationContext.on(M));
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactlyInAnyOrder("moveSource", "moveDate");
    assertThat(r.decision().decisions().get(0).decidedBy()).isEmpty();
    assertThat(r.decision().decisions().get(0).changed()).isFalse();
  }

  @Test
  void missingMoveDateOnlyIsUndeterminedForCp3() {
    Answer<EndDatingResult> r =
        ContactPersonEndDating.decide(
            new ContactPersonMoveFacts(
                List.of(person(1, "2021-01-01/..")), Optional.empty(), Optional.of(MoveSource.CPR)),
            EvaluationContext.on(M));
    assertThat(r.missingFacts()).containsExactly("moveDate");
  }

  @Test
  void derivedValuesNameThePathOldAndNewPeriodAndTheItem() {
    Answer<EndDatingResult> r =
        cprMoveOnM(person(9, "2021-01-01/.."), person(1, "2021-01-01/2022-06-30"));
    assertThat(r.derivedValues())
        .anySatisfy(
            d -> {
              assertThat(d.path()).isEqualTo("contactPersons[1].period");
              assertThat(d.previousText()).contains("2021-01-01/2022-06-30");
              assertThat(d.text()).contains("2021-01-01/2022-03-10");
              assertThat(d.decidedBy()).isEqualTo(CP_3_3);
              assertThat(Messages.danish(d.reason())).contains("2022-03-10");
              assertThat(Messages.english(d.reason())).contains("move date");
            });
    assertThat(r.derivedValues()).hasSize(2);
  }

  @Test
  void anEmptyListIsSatisfiedWithNoDecisions() {
    Answer<EndDatingResult> r = cprMoveOnM();
    assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.decision().decisions()).isEmpty();
  }

  @Test
  void aNullMoveIsTheCallersFaultAndNamed() {
    assertThatNullPointerException()
        .isThrownBy(() -> ContactPersonEndDating.decide(List.of(), null, M))
        .withMessage("move");
    assertThatNullPointerException()
        .isThrownBy(() -> new MoveEvent(null, MoveSource.CPR))
        .withMessage("moveDate");
  }

  @Test
  void namesNeverReachToStringOfTheResult() {
    ContactPerson named =
        ContactPerson.builder()
            .type(1)
            .period(DatePeriod.parse("2021-01-01/.."))
            .name("Karl Kontaktsen")
            .build();
    Answer<EndDatingResult> r = cprMoveOnM(named);
    assertThat(r.toString()).doesNotContain("Karl").doesNotContain("Kontaktsen");
    assertThat(r.decision().decisions().get(0).toString()).doesNotContain("Karl");
    assertThat(r.decision().decisions().get(0).after().getName()).contains("Karl Kontaktsen");
  }

  @Test
  void theBundledExampleReadsAndEvaluates() throws Exception {
    ObjectMapper json = DfdgJson.mapper();
    var area = ContactPersonEndDating.AREA;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(area.exampleResource().orElseThrow())) {
      ContactPersonMoveFacts facts = json.readValue(in, ContactPersonMoveFacts.class);
      Answer<EndDatingResult> r = ContactPersonEndDating.decide(facts, EvaluationContext.on(M));
      assertThat(r.decision().decisions())
          .extracting(d -> d.decidedBy().orElseThrow().value())
          .containsExactly("CP-3.2", "CP-3.3", "CP-3.1", "CP-3.2", "CP-3.4", "CP-2", "CP-2");
    }
  }

  @Test
  void theDecisionSaysWhetherAnyContactPersonChangedAndWhichRuleDecided() {
    List<ContactPerson> table =
        List.of(
            person(1, "2021-01-01/.."),
            person(1, "2021-01-01/2022-06-30"),
            person(1, "2022-04-01/2022-09-30"),
            person(1, "2022-03-10/.."),
            person(1, "2021-01-01/2022-03-10"),
            person(9, "2021-01-01/.."),
            person(15, "2022-04-01/.."));
    Answer<EndDatingResult> changed = ContactPersonEndDating.decide(table, MoveEvent.cpr(M), M);
    assertThat(changed.decision().kind()).isEqualTo(EndDatingResult.Kind.CHANGED);
    assertThat(changed.decision().decidedBy()).contains(CP_3.id());
    assertThat(changed.decision().changes()).hasSize(4);
    assertThat(Messages.english(changed.decision().reason().orElseThrow())).contains("4 contact");

    Answer<EndDatingResult> jobcentre =
        ContactPersonEndDating.decide(table, MoveEvent.jobcentre(M), M);
    assertThat(jobcentre.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(jobcentre.decision().decidedBy()).contains(CP_1.id());

    Answer<EndDatingResult> exempt =
        cprMoveOnM(person(9, "2021-01-01/.."), person(15, "2022-04-01/.."));
    assertThat(exempt.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(exempt.decision().decidedBy()).contains(CP_2.id());

    Answer<EndDatingResult> endedBefore =
        cprMoveOnM(person(9, "2021-01-01/.."), person(1, "2021-01-01/2022-03-10"));
    assertThat(endedBefore.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(endedBefore.decision().decidedBy()).contains(CP_3.id());

    Answer<EndDatingResult> none = cprMoveOnM();
    assertThat(none.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(none.decision().decidedBy()).isEmpty();

    Answer<EndDatingResult> unknown =
        ContactPersonEndDating.decide(
            new ContactPersonMoveFacts(table, Optional.of(M), Optional.empty()), M);
    assertThat(unknown.decision().kind()).isEqualTo(EndDatingResult.Kind.UNDETERMINED);
    assertThat(unknown.decision().decidedBy()).contains(CP_1.id());
  }

  @Test
  void theDerivedPeriodsAreTyped() {
    Answer<EndDatingResult> r =
        cprMoveOnM(person(9, "2021-01-01/.."), person(1, "2021-01-01/2022-06-30"));
    assertThat(r.value(ContactPersonEndDating.PERIOD.at(1)))
        .contains(DatePeriod.parse("2021-01-01/2022-03-10"));
    assertThat(r.derived(ContactPersonEndDating.PERIOD)).hasSize(2);
    assertThat(r.results())
        .extracting(x -> x.ruleId().value())
        .containsExactly("CP-1", "CP-2", "CP-3");
  }

  /**
   * Each rule that decides, on a move it decides; switched off, the contact persons it decided are
   * decided by no rule (left as they are) and the decision changes.
   */
  static Stream<Arguments> decidingRules() {
    LocalDate dayBefore = Sources.DFDG_RELEASE.minusDays(1);
    return Stream.of(
        Arguments.of(
            "CP-1",
            person(1, "2021-01-01/.."),
            MoveEvent.jobcentre(M),
            M,
            EndDatingResult.Kind.UNCHANGED),
        Arguments.of(
            "CP-1",
            person(1, "2021-01-01/.."),
            MoveEvent.cpr(dayBefore),
            dayBefore,
            EndDatingResult.Kind.UNCHANGED),
        Arguments.of(
            "CP-2",
            person(9, "2021-01-01/.."),
            MoveEvent.cpr(M),
            M,
            EndDatingResult.Kind.UNCHANGED),
        Arguments.of(
            "CP-3", person(1, "2021-01-01/.."), MoveEvent.cpr(M), M, EndDatingResult.Kind.CHANGED),
        Arguments.of(
            "CP-3",
            person(1, "2021-01-01/2022-03-10"),
            MoveEvent.cpr(M),
            M,
            EndDatingResult.Kind.UNCHANGED));
  }

  @ParameterizedTest(name = "{0}: {1} on {2}")
  @MethodSource("decidingRules")
  void switchingOffTheRuleThatDecidesChangesTheDecision(
      String rule, ContactPerson person, MoveEvent move, LocalDate day, EndDatingResult.Kind kind) {
    EvaluationContext ctx = EvaluationContext.on(day);
    Answer<EndDatingResult> on = ContactPersonEndDating.decide(List.of(person), move, ctx);
    assertThat(on.decision().kind()).isEqualTo(kind);
    assertThat(on.decision().decidedBy()).contains(RuleId.of(rule));
    assertThat(on.decision().decisions().get(0).decidedBy().map(RuleId::withoutItem))
        .contains(RuleId.of(rule));

    Answer<EndDatingResult> off =
        ContactPersonEndDating.decide(List.of(person), move, ctx.switchOff(RuleId.of(rule)));
    assertThat(off.decision()).isNotEqualTo(on.decision());
    assertThat(off.decision().kind()).isEqualTo(EndDatingResult.Kind.UNCHANGED);
    assertThat(off.decision().decidedBy()).isEmpty();
    assertThat(off.decision().decisions().get(0).decidedBy()).isEmpty();
    assertThat(off.decision().contactPersonsAfter()).containsExactly(person);
    assertThat(off.derivedValues()).isEmpty();
  }

  /** Sizes and dates at the edges: no crash, no cost beyond one pass. */
  @Nested
  class Limits {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard only
    void aHundredThousandContactPersonsAreDecidedInOnePassAsTheReferenceDecidesEach() {
      String[] periods = {
        "2021-01-01/..", "2023-01-01/..", "2021-01-01/2023-12-31", "2020-01-01/2021-01-01"
      };
      int[] types = {1, 9, 4, 15, 32};
      List<ContactPerson> persons = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        persons.add(person(types[i % types.length], periods[i % periods.length]));
      }
      MoveEvent move = MoveEvent.cpr(M);

      Answer<EndDatingResult> r = ContactPersonEndDating.decide(persons, move, M);

      ContactPersonEndDatingPropertiesTest.agreesWithTheReference(persons, move, r);
      assertThat(r.derivedValues()).hasSize(100_000);
    }

    @Test
    void aMoveOnTheFirstDayOfTimeIsTheDocumentedException() {
      List<ContactPerson> persons = List.of(person(1, "2021-01-01/.."));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ContactPersonEndDating.decide(persons, MoveEvent.cpr(LocalDate.MIN), M))
          .withMessageContaining("moveDate must be after");
      assertThatThrownBy(
              () ->
                  DfdgJson.mapper()
                      .readValue(
                          "{\"moveDate\": \"-999999999-01-01\", \"moveSource\": \"CPR\"}",
                          ContactPersonMoveFacts.class))
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("moveDate must be after");
    }

    @Test
    void aMoveOnTheLastDayOfTimeAndPeriodsAtTheEdgesAreDecided() {
      List<ContactPerson> persons =
          List.of(
              person(1, "-999999999-01-01/.."),
              person(1, "+999999999-12-31/+999999999-12-31"),
              person(1, "-999999999-01-01/-999999999-01-01"));
      LocalDate last = LocalDate.MAX;
      MoveEvent move = MoveEvent.cpr(last);
      ContactPersonEndDatingPropertiesTest.agreesWithTheReference(
          persons, move, ContactPersonEndDating.decide(persons, move, last));
      LocalDate second = LocalDate.MIN.plusDays(1);
      MoveEvent early = MoveEvent.cpr(second);
      assertThat(ContactPersonEndDating.decide(persons, early, M).decision().decisions())
          .extracting(EndDatingDecision::newPeriod)
          .containsExactly(
              DatePeriod.of(LocalDate.MIN, second),
              DatePeriod.of(LocalDate.MIN, LocalDate.MIN),
              DatePeriod.of(LocalDate.MIN, LocalDate.MIN));
    }
  }
}
