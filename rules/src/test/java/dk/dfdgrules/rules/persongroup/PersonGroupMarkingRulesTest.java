package dk.dfdgrules.rules.persongroup;

import static dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules.PG_1;
import static dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules.PG_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.dfdgrules.core.citizen.PersonGroupMarking;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.rules.contactperson.MoveSource;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonGroupMarkingRulesTest {

  static final LocalDate M = LocalDate.of(2022, 3, 10);
  static final LocalDate FIXED = PersonGroupMarkingRules.FIXED;

  static PersonGroupMarking marking(int type, String... covered) {
    return PersonGroupMarking.builder()
        .type(type)
        .addCoveredMunicipalities(covered)
        .createdByMunicipality("101")
        .period(DatePeriod.parse("2021-01-01/.."))
        .build();
  }

  @Test
  void PG1_aCprMoveOutOfTheCoveredMunicipalitiesClosesTheMarking() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(
            marking(5, "101", "147"), new PersonGroupMove(M, MoveSource.CPR, "461"), M);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.closedAutomatically()).contains(true);
    assertThat(d.closedOn()).contains(M);
    assertThat(d.result().derivedValues()).allSatisfy(v -> assertThat(v.decidedBy()).isEqualTo(PG_1));
  }

  @Test
  void PG1_aCprMoveWithinTheCoveredMunicipalitiesKeepsTheMarking() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(
            marking(5, "101", "147"), new PersonGroupMove(M, MoveSource.CPR, "147"), M);
    assertThat(d.closedAutomatically()).contains(false);
    assertThat(d.closedOn()).isEmpty();
  }

  @Test
  void PG1_aMarkingCoveringEveryMunicipalityIsNeverClosedByAMove() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(marking(5), new PersonGroupMove(M, MoveSource.CPR, "851"), M);
    assertThat(d.closedAutomatically()).contains(false);
  }

  @Test
  void PG1_aMarkingThatEndedBeforeTheMoveIsLeftAlone() {
    PersonGroupMarking ended =
        PersonGroupMarking.builder()
            .from(marking(5, "101"))
            .period(DatePeriod.parse("2021-01-01/2022-03-09"))
            .build();
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(ended, new PersonGroupMove(M, MoveSource.CPR, "461"), M);
    assertThat(d.closedAutomatically()).contains(false);
  }

  @ParameterizedTest(name = "type {0}")
  @CsvSource({"1", "4", "6"})
  void PG1_PG2_otherMarkingTypesAreNotCovered(int type) {
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(
            marking(type, "101"), new PersonGroupMove(M, MoveSource.CPR, "461"), M);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.closedAutomatically()).isEmpty();
    assertThat(d.result().derivedValues()).isEmpty();
  }

  @Test
  void PG2_aJobcentresOwnMoveDoesNotCloseTheMarking() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.onMove(
            marking(5, "101"), new PersonGroupMove(M, MoveSource.JOBCENTRE, "461"), M);
    assertThat(d.closedAutomatically()).contains(false);
    assertThat(d.result().derivedValues()).singleElement().satisfies(v -> assertThat(v.decidedBy()).isEqualTo(PG_2));
  }

  @Test
  void PG2_theDayBeforeTheFixTheNewJobcentreCouldNotCloseTheMarking() {
    LocalDate dayBefore = FIXED.minusDays(1);
    PersonGroupDecision d =
        PersonGroupMarkingRules.mayClose(
            marking(5, "101"), new PersonGroupMove(dayBefore, MoveSource.JOBCENTRE, "461"), "461", dayBefore);
    assertThat(d.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(d.closeRequestPermitted()).contains(false);
    Violation v = d.result().errors().get(0);
    assertThat(v.ruleId()).isEqualTo(PG_2);
    assertThat(v.path()).isEqualTo("closeRequestedBy");
    assertThat(v.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §1.2");
    assertThat(v.text(Messages.DANISH)).contains("kunne", "ikke lukke");
    assertThat(v.text(Messages.ENGLISH)).contains("could not close");
  }

  @Test
  void PG2_theDayOfTheFixTheNewJobcentreMayCloseTheMarking() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.mayClose(
            marking(5, "101"), new PersonGroupMove(FIXED, MoveSource.JOBCENTRE, "461"), "461", FIXED);
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.closeRequestPermitted()).contains(true);
    assertThat(d.closedAutomatically()).contains(false);
  }

  @Test
  void PG2_aRequestFromTheCreatingJobcentreIsNotWhatPg2IsAbout() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.mayClose(
            marking(5, "101"), new PersonGroupMove(M, MoveSource.JOBCENTRE, "101"), "101", FIXED.minusDays(1));
    assertThat(d.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(d.closeRequestPermitted()).isEmpty();
  }

  @Test
  void PG2_aRequestFromAThirdJobcentreIsNotCovered() {
    PersonGroupDecision d =
        PersonGroupMarkingRules.mayClose(
            marking(5, "101"), new PersonGroupMove(M, MoveSource.JOBCENTRE, "461"), "751", M);
    assertThat(d.closeRequestPermitted()).isEmpty();
  }

  @Test
  void missingFactsAreNamed() {
    PersonGroupDecision noMarking =
        PersonGroupMarkingRules.evaluate(
            new PersonGroupFacts(Optional.empty(), Optional.of(M), Optional.of(MoveSource.CPR), Optional.of("461"), Optional.empty()),
            EvaluationContext.on(M));
    assertThat(noMarking.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(noMarking.result().missingFacts()).containsExactly("marking");

    PersonGroupDecision noMunicipality =
        PersonGroupMarkingRules.evaluate(
            new PersonGroupFacts(Optional.of(marking(5, "101")), Optional.of(M), Optional.of(MoveSource.CPR), Optional.empty(), Optional.empty()),
            EvaluationContext.on(M));
    assertThat(noMunicipality.result().missingFacts()).containsExactly("newMunicipality");

    PersonGroupMarking noCreator =
        PersonGroupMarking.builder().type(5).addCoveredMunicipalities("101").period(DatePeriod.parse("2021-01-01/..")).build();
    PersonGroupDecision unknownCreator =
        PersonGroupMarkingRules.mayClose(noCreator, new PersonGroupMove(M, MoveSource.JOBCENTRE, "461"), "461", M);
    assertThat(unknownCreator.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknownCreator.result().missingFacts()).containsExactly("marking.createdByMunicipality");
  }

  @Test
  void aMalformedMunicipalityIsTheCallersFault() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PersonGroupMove(M, MoveSource.CPR, "4610"))
        .withMessageContaining("newMunicipality");
  }
}
