/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.persongroup;

import static dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules.PG_1;
import static dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules.PG_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.rules.contactperson.MoveSource;
import dk.dfdgrules.rules.persongroup.PersonGroupDecision.Kind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PersonGroupMarkingRulesTest {

  static final LocalDate M = LocalDate.of(2022, 3, 10);
  static final LocalDate FIXED = Sources.DFDG_RELEASE;

  static PersonGroupMarking marking(int type, String... covered) {
    return PersonGroupMarking.builder()
        .type(type)
        .addCoveredMunicipalities(covered)
        .createdByMunicipality("101")
        .period(DatePeriod.parse("2021-01-01/.."))
        .build();
  }

  /** A CPR move on {@link #M} to a municipality. */
  static PersonGroupMove cprMove(String to) {
    return new PersonGroupMove(M, MoveSource.CPR, to);
  }

  /** The new jobcentre's own move on a day to a municipality. */
  static PersonGroupMove jobcentreMove(LocalDate day, String to) {
    return new PersonGroupMove(day, MoveSource.JOBCENTRE, to);
  }

  /**
   * On a day, the new jobcentre, which moved the citizen to its municipality that day, asks to
   * close a marking (PG-2).
   */
  static Answer<PersonGroupDecision> closeRequest(
      PersonGroupMarking marking, LocalDate day, String newJobcentre) {
    return PersonGroupMarkingRules.decide(
        marking, jobcentreMove(day, newJobcentre), newJobcentre, day);
  }

  /** {@link #closeRequest} by 461 of a marking of type 5 created by 101. */
  static Answer<PersonGroupDecision> closeRequestedBy461(LocalDate day) {
    return closeRequest(marking(5, "101"), day, "461");
  }

  @Test
  void PG1_aCprMoveOutOfTheCoveredMunicipalitiesClosesTheMarking() {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(marking(5, "101", "147"), cprMove("461"), M);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.decision().closedAutomatically()).contains(true);
    assertThat(d.decision().closedOn()).contains(M);
    assertThat(d.decision().kind()).isEqualTo(Kind.CLOSES);
    assertThat(d.decision().decidedBy()).contains(PG_1.id());
    assertThat(d.value(PersonGroupMarkingRules.CLOSED_ON)).contains(M);
    assertThat(d.derivedValues()).allSatisfy(v -> assertThat(v.decidedBy()).isEqualTo(PG_1.id()));
  }

  @Test
  void PG1_aCprMoveWithinTheCoveredMunicipalitiesKeepsTheMarking() {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(marking(5, "101", "147"), cprMove("147"), M);
    assertThat(d.decision().closedAutomatically()).contains(false);
    assertThat(d.decision().closedOn()).isEmpty();
  }

  @Test
  void PG1_aMarkingCoveringEveryMunicipalityIsNeverClosedByAMove() {
    Answer<PersonGroupDecision> d = PersonGroupMarkingRules.decide(marking(5), cprMove("851"), M);
    assertThat(d.decision().closedAutomatically()).contains(false);
  }

  @Test
  void PG1_aMarkingThatEndedBeforeTheMoveIsLeftAlone() {
    PersonGroupMarking ended =
        PersonGroupMarking.builder()
            .from(marking(5, "101"))
            .period(DatePeriod.parse("2021-01-01/2022-03-09"))
            .build();
    Answer<PersonGroupDecision> d = PersonGroupMarkingRules.decide(ended, cprMove("461"), M);
    assertThat(d.decision().closedAutomatically()).contains(false);
  }

  @ParameterizedTest(name = "type {0}")
  @CsvSource({"1", "4", "6"})
  void PG1_PG2_otherMarkingTypesAreNotCovered(int type) {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(marking(type, "101"), cprMove("461"), M);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.decision().closedAutomatically()).isEmpty();
    assertThat(d.derivedValues()).isEmpty();
  }

  @Test
  void PG2_aJobcentresOwnMoveDoesNotCloseTheMarking() {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(marking(5, "101"), jobcentreMove(M, "461"), M);
    assertThat(d.decision().closedAutomatically()).contains(false);
    assertThat(d.derivedValues())
        .singleElement()
        .satisfies(v -> assertThat(v.decidedBy()).isEqualTo(PG_2.id()));
  }

  @Test
  void PG2_theDayBeforeTheFixTheNewJobcentreCouldNotCloseTheMarking() {
    LocalDate dayBefore = FIXED.minusDays(1);
    Answer<PersonGroupDecision> d = closeRequestedBy461(dayBefore);
    assertThat(d.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(d.decision().closeRequestPermitted()).contains(false);
    Violation v = d.errors().get(0);
    assertThat(v.ruleId()).isEqualTo(PG_2.id());
    assertThat(v.path()).isEqualTo("closeRequestedBy");
    assertThat(v.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §1.2");
    assertThat(v.text(Messages.DANISH)).contains("kunne", "ikke lukke");
    assertThat(v.text(Messages.ENGLISH)).contains("could not close");
  }

  @Test
  void PG2_theDayOfTheFixTheNewJobcentreMayCloseTheMarking() {
    Answer<PersonGroupDecision> d = closeRequestedBy461(FIXED);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.decision().closeRequestPermitted()).contains(true);
    assertThat(d.decision().closedAutomatically()).contains(false);
  }

  @Test
  void PG2_aRequestFromTheCreatingJobcentreIsNotWhatPg2IsAbout() {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(
            marking(5, "101"), jobcentreMove(M, "101"), "101", FIXED.minusDays(1));
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.decision().closeRequestPermitted()).isEmpty();
  }

  @Test
  void PG2_aRequestFromAThirdJobcentreIsNotCovered() {
    Answer<PersonGroupDecision> d =
        PersonGroupMarkingRules.decide(marking(5, "101"), jobcentreMove(M, "461"), "751", M);
    assertThat(d.decision().closeRequestPermitted()).isEmpty();
  }

  @Test
  void missingFactsAreNamed() {
    Answer<PersonGroupDecision> noMarking =
        PersonGroupMarkingRules.decide(
            new PersonGroupFacts(
                Optional.empty(),
                Optional.of(M),
                Optional.of(MoveSource.CPR),
                Optional.of("461"),
                Optional.empty()),
            EvaluationContext.on(M));
    assertThat(noMarking.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(noMarking.missingFacts()).containsExactly("marking");

    Answer<PersonGroupDecision> noMunicipality =
        PersonGroupMarkingRules.decide(
            new PersonGroupFacts(
                Optional.of(marking(5, "101")),
                Optional.of(M),
                Optional.of(MoveSource.CPR),
                Optional.empty(),
                Optional.empty()),
            EvaluationContext.on(M));
    assertThat(noMunicipality.missingFacts()).containsExactly("newMunicipality");

    PersonGroupMarking noCreator =
        PersonGroupMarking.builder()
            .type(5)
            .addCoveredMunicipalities("101")
            .period(DatePeriod.parse("2021-01-01/.."))
            .build();
    Answer<PersonGroupDecision> unknownCreator =
        PersonGroupMarkingRules.decide(noCreator, jobcentreMove(M, "461"), "461", M);
    assertThat(unknownCreator.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknownCreator.missingFacts()).containsExactly("marking.createdByMunicipality");
  }

  @Test
  void aMalformedMunicipalityIsTheCallersFault() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cprMove("4610"))
        .withMessageContaining("newMunicipality");
  }

  @Test
  void theDecisionSaysWhatHappensAndWhichRuleDecided() {
    assertThat(
            PersonGroupMarkingRules.decide(marking(5, "101", "147"), cprMove("147"), M).decision())
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Kind.STAYS_OPEN);
              assertThat(d.decidedBy()).contains(PG_1.id());
            });
    assertThat(
            PersonGroupMarkingRules.decide(marking(5, "101"), jobcentreMove(M, "461"), M)
                .decision())
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Kind.STAYS_OPEN);
              assertThat(d.decidedBy()).contains(PG_2.id());
            });
    Answer<PersonGroupDecision> permitted = closeRequestedBy461(M);
    assertThat(permitted.decision().kind()).isEqualTo(Kind.CLOSE_PERMITTED);
    assertThat(permitted.decision().decidedBy()).contains(PG_2.id());
    assertThat(permitted.value(PersonGroupMarkingRules.CLOSE_REQUEST))
        .contains(CloseRequest.PERMITTED);
    Answer<PersonGroupDecision> other =
        PersonGroupMarkingRules.decide(marking(3, "101"), cprMove("461"), M);
    assertThat(other.decision().kind()).isEqualTo(Kind.NOT_CONCERNED);
    assertThat(other.decision().decidedBy()).isEmpty();
  }

  /** Each rule that decides, on a move it decides; switched off, no rule decides. */
  static Stream<Arguments> decidingRules() {
    LocalDate dayBefore = FIXED.minusDays(1);
    return Stream.of(
        Arguments.of("PG-1", cprMove("461"), Optional.empty(), M, Kind.CLOSES),
        Arguments.of("PG-1", cprMove("101"), Optional.empty(), M, Kind.STAYS_OPEN),
        Arguments.of("PG-2", jobcentreMove(M, "461"), Optional.empty(), M, Kind.STAYS_OPEN),
        Arguments.of("PG-2", jobcentreMove(M, "461"), Optional.of("461"), M, Kind.CLOSE_PERMITTED),
        Arguments.of(
            "PG-2",
            jobcentreMove(dayBefore, "461"),
            Optional.of("461"),
            dayBefore,
            Kind.CLOSE_REFUSED));
  }

  @ParameterizedTest(name = "{0}: {1} on {3}")
  @MethodSource("decidingRules")
  void switchingOffTheRuleThatDecidesChangesTheDecision(
      String rule, PersonGroupMove move, Optional<String> requester, LocalDate day, Kind kind) {
    PersonGroupFacts facts = PersonGroupFacts.of(marking(5, "101"), move);
    PersonGroupFacts asked = requester.map(facts::withCloseRequestedBy).orElse(facts);
    EvaluationContext ctx = EvaluationContext.on(day);
    Answer<PersonGroupDecision> on = PersonGroupMarkingRules.decide(asked, ctx);
    assertThat(on.decision().kind()).isEqualTo(kind);
    assertThat(on.decision().decidedBy()).contains(RuleId.of(rule));

    Answer<PersonGroupDecision> off =
        PersonGroupMarkingRules.decide(asked, ctx.switchOff(RuleId.of(rule)));
    assertThat(off.decision().kind()).isEqualTo(Kind.NOT_CONCERNED);
    assertThat(off.decision().decidedBy()).isEmpty();
    assertThat(off.decision().closedAutomatically()).isEmpty();
    assertThat(off.derivedValues()).isEmpty();
    assertThat(off.violations()).isEmpty();
  }
}
