/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.retention;

import static dk.dfdgrules.rules.retention.RetentionRules.RET_1;
import static dk.dfdgrules.rules.retention.RetentionRules.RET_2;
import static dk.dfdgrules.rules.retention.RetentionRules.RET_3;
import static dk.dfdgrules.rules.retention.RetentionRules.RET_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.json.DfdgJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);

  static RetentionFacts request(EarlyPensionRequester who) {
    return new RetentionFacts(
        Optional.empty(), Optional.empty(), Optional.of(who), Optional.empty(), Optional.empty());
  }

  static RetentionFacts udk(UdkData data, LocalDate from) {
    return new RetentionFacts(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(data),
        Optional.ofNullable(from));
  }

  @Test
  void RET2_aMeetingOn20211210IsDeletedFrom20271210() {
    assertThat(RetentionRules.bookingDeletionDate(LocalDate.of(2021, 12, 10)))
        .isEqualTo(LocalDate.of(2027, 12, 10));
    Answer<RetentionResult> r =
        RetentionRules.decide(RetentionFacts.booking(Booking.of(LocalDate.of(2021, 12, 10))), AT);
    assertThat(r.decision().bookingDeletionDate()).contains(LocalDate.of(2027, 12, 10));
    assertThat(r.derivedValues())
        .anySatisfy(
            d -> {
              assertThat(d.path()).isEqualTo("booking.deletionDate");
              assertThat(d.decidedBy()).isEqualTo(RET_2.id());
            });
  }

  @ParameterizedTest(name = "meeting {0}, on {1}: due {2}")
  @CsvSource({
    "2015-12-10, 2021-12-09, false",
    "2015-12-10, 2021-12-10, true",
    "2016-02-29, 2022-02-28, false",
    "2016-02-29, 2022-03-01, true",
  })
  void RET2_dueForDeletionFromTheDeletionDate(LocalDate meeting, LocalDate at, boolean due) {
    Answer<RetentionResult> r =
        RetentionRules.decide(RetentionFacts.booking(Booking.of(meeting)), at);
    assertThat(r.derivedValues())
        .filteredOn(d -> d.path().equals("booking.dueForDeletion"))
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains(Boolean.toString(due)));
  }

  @Test
  void RET2_withoutTheMeetingDateIsUndetermined() {
    Answer<RetentionResult> r = RetentionRules.decide(RetentionFacts.booking(Booking.of(null)), AT);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts()).containsExactly("booking.meetingDate");
  }

  @ParameterizedTest(name = "born {0}, age {1}y{2}m: pension {3}, deleted {4}")
  @CsvSource({
    "1960-05-15, 67, 0, 2027-05-15, 2033-05-15",
    "1954-03-01, 65, 6, 2019-09-01, 2025-09-01",
    "1963-12-31, 68, 0, 2031-12-31, 2037-12-31",
    "1956-02-29, 67, 0, 2023-03-01, 2029-03-01",
    "1954-08-31, 65, 6, 2020-03-01, 2026-03-01",
  })
  void RET1_deletedSixYearsAfterStatePensionAge(
      LocalDate born, int years, int months, LocalDate pension, LocalDate deletion) {
    StatePensionAge age = new StatePensionAge(years, months);
    assertThat(RetentionRules.statePensionDate(born, age)).isEqualTo(pension);
    assertThat(RetentionRules.earlyPensionDeletionDate(born, age)).isEqualTo(deletion);
    Answer<RetentionResult> r =
        RetentionRules.decide(RetentionFacts.earlyPension(EarlyPensionData.of(born, age)), AT);
    assertThat(r.decision().statePensionDate()).contains(pension);
    assertThat(r.decision().earlyPensionDeletionDate()).contains(deletion);
    assertThat(r.derivedValues())
        .allSatisfy(d -> assertThat(d.decidedBy().area()).isEqualTo("RET"));
  }

  @Test
  void RET1_theBirthDateMayComeFromTheCprNumberWhichStaysMasked() {
    CprNumber cpr = CprNumber.parse("150560-1234");
    EarlyPensionData data =
        new EarlyPensionData(
            Optional.empty(), Optional.of(cpr), Optional.of(StatePensionAge.ofYears(67)));
    Answer<RetentionResult> r = RetentionRules.decide(RetentionFacts.earlyPension(data), AT);
    assertThat(r.decision().earlyPensionDeletionDate()).contains(LocalDate.of(2033, 5, 15));
    assertThat(data.toString()).doesNotContain("1234");
    assertThat(r.toString()).doesNotContain("1234");
  }

  @Test
  void RET1_aBirthDateAndACprNumberThatDisagreeAreTheCallersFault() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new EarlyPensionData(
                    Optional.of(LocalDate.of(1960, 5, 16)),
                    Optional.of(CprNumber.parse("150560-1234")),
                    Optional.empty()))
        .withMessage("birthDate and cpr give different birth dates");
  }

  @Test
  void RET1_missingBirthDateAndAgeAreNamed() {
    Answer<RetentionResult> r =
        RetentionRules.decide(
            RetentionFacts.earlyPension(new EarlyPensionData(null, null, null)), AT);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.missingFacts())
        .containsExactlyInAnyOrder("earlyPension.birthDate", "earlyPension.statePensionAge");
  }

  @Test
  void RET1_RET2_areNotInForceBeforeTheRelease() {
    Answer<RetentionResult> r =
        RetentionRules.decide(
            RetentionFacts.booking(Booking.of(LocalDate.of(2015, 1, 1))),
            Sources.DFDG_RELEASE.minusDays(1));
    assertThat(r.decision().bookingDeletionDate()).isEmpty();
    assertThat(r.result(RET_2).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(
            RetentionRules.decide(
                    RetentionFacts.booking(Booking.of(LocalDate.of(2015, 1, 1))),
                    Sources.DFDG_RELEASE)
                .decision()
                .bookingDeletionDate())
        .contains(LocalDate.of(2021, 1, 1));
    assertThat(
            RetentionRules.decide(
                    RetentionFacts.earlyPension(
                        EarlyPensionData.of(LocalDate.of(1950, 1, 1), StatePensionAge.ofYears(65))),
                    Sources.DFDG_RELEASE.minusDays(1))
                .result(RET_1)
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @ParameterizedTest(name = "{0}: permitted {1}")
  @CsvSource({
    "CURRENT_UNEMPLOYMENT_FUND, true",
    "OTHER_UNEMPLOYMENT_FUND, false",
    "JOBCENTRE, false"
  })
  void RET3_onlyTheCurrentAKasseGetsEarlyPensionData(EarlyPensionRequester who, boolean permitted) {
    Answer<RetentionResult> r = RetentionRules.decide(request(who), AT);
    assertThat(r.decision().earlyPensionAccessPermitted()).contains(permitted);
    assertThat(r.outcome()).isEqualTo(permitted ? Outcome.SATISFIED : Outcome.VIOLATED);
    if (!permitted) {
      assertThat(r.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.ruleId()).isEqualTo(RET_3.id());
                assertThat(e.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §6.1");
              });
    }
  }

  @ParameterizedTest(name = "on {0}, web service from {1}: {2}")
  @CsvSource({
    "2022-02-28, , LISTS_DISTRIBUTED_BY_STAR",
    "2022-03-01, , WEB_SERVICE",
    "2022-03-10, 2022-05-01, LISTS_DISTRIBUTED_BY_STAR",
    "2022-05-01, 2022-05-01, WEB_SERVICE",
  })
  void RET4_theUdkWebServiceStartIsAParameter(
      LocalDate at, LocalDate from, UdkReportingChannel channel) {
    assertThat(RetentionRules.decide(udk(null, from), at).decision().udkReportingChannel())
        .contains(channel);
  }

  @Test
  void RET4_udkMayReadMembershipHistoryAndEarlyRetirementDates() {
    assertThat(RetentionRules.decide(udk(UdkData.MEMBERSHIP_HISTORY, null), AT).derivedValues())
        .anySatisfy(
            d -> {
              assertThat(d.path()).isEqualTo("udkReads");
              assertThat(d.text()).contains("PERMITTED");
            });
    assertThat(RetentionRules.decide(udk(UdkData.EARLY_RETIREMENT_DATES, null), AT).derivedValues())
        .anySatisfy(d -> assertThat(d.text()).contains("PERMITTED"));
    assertThat(RetentionRules.decide(udk(UdkData.OTHER, null), AT).derivedValues())
        .anySatisfy(d -> assertThat(d.text()).contains("NOT_COVERED"));
  }

  @Test
  void aStatePensionAgeIsChecked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StatePensionAge(67, 12))
        .withMessageContaining("months");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StatePensionAge(-1, 0))
        .withMessageContaining("years");
  }

  @Test
  void RET3_RET4_theAccessesAreTypedValues() {
    assertThat(
            RetentionRules.decide(request(EarlyPensionRequester.JOBCENTRE), AT)
                .value(RetentionRules.EARLY_PENSION_ACCESS))
        .contains(EarlyPensionAccess.REFUSED);
    assertThat(
            RetentionRules.decide(udk(UdkData.MEMBERSHIP_HISTORY, null), AT)
                .decision()
                .udkReadAccess())
        .contains(UdkReadAccess.PERMITTED);
    assertThat(RetentionRules.decide(udk(UdkData.OTHER, null), AT).decision().udkReadAccess())
        .contains(UdkReadAccess.NOT_COVERED);
  }

  static RetentionResult decide(RetentionFacts facts, LocalDate at, RuleId... off) {
    EvaluationContext ctx = EvaluationContext.on(at);
    for (RuleId id : off) {
      ctx = ctx.switchOff(id);
    }
    return RetentionRules.decide(facts, ctx).decision();
  }

  @Test
  void decision_switchingOffRet1LeavesTheEarlyPensionDataUndecided() {
    RetentionFacts facts =
        RetentionFacts.earlyPension(
            EarlyPensionData.of(LocalDate.of(1960, 5, 15), StatePensionAge.ofYears(67)));
    RetentionResult on = decide(facts, AT);
    assertThat(on.kind()).isEqualTo(RetentionResult.Kind.DECIDED);
    assertThat(on.decidedBy()).contains(RET_1.id());
    assertThat(on.earlyPensionDueForDeletion()).contains(false);

    RetentionResult off = decide(facts, AT, RET_1.id());

    assertThat(off.decidedBy()).contains(RET_4.id());
    assertThat(off.earlyPensionDeletionDate()).isEmpty();
    assertThat(off.statePensionDate()).isEmpty();
  }

  @Test
  void decision_switchingOffRet2LeavesTheBookingUndecided() {
    RetentionFacts facts = RetentionFacts.booking(Booking.of(LocalDate.of(2015, 12, 10)));
    RetentionResult on = decide(facts, AT);
    assertThat(on.decidedBy()).contains(RET_2.id());
    assertThat(on.bookingDueForDeletion()).contains(true);

    RetentionResult off = decide(facts, AT, RET_2.id());

    assertThat(off.decidedBy()).contains(RET_4.id());
    assertThat(off.bookingDeletionDate()).isEmpty();
  }

  @Test
  void decision_switchingOffRet3NoLongerRefusesTheJobcentre() {
    RetentionResult on = decide(request(EarlyPensionRequester.JOBCENTRE), AT);
    assertThat(on.kind()).isEqualTo(RetentionResult.Kind.REFUSED);
    assertThat(on.decidedBy()).contains(RET_3.id());

    RetentionResult off = decide(request(EarlyPensionRequester.JOBCENTRE), AT, RET_3.id());

    assertThat(off.kind()).isEqualTo(RetentionResult.Kind.DECIDED);
    assertThat(off.decidedBy()).contains(RET_4.id());
    assertThat(off.earlyPensionAccessPermitted()).isEmpty();
  }

  @Test
  void decision_switchingOffRet4LeavesNothingDecided() {
    RetentionFacts nothing = udk(null, null);
    RetentionResult on = decide(nothing, AT);
    assertThat(on.kind()).isEqualTo(RetentionResult.Kind.DECIDED);
    assertThat(on.decidedBy()).contains(RET_4.id());

    RetentionResult off = decide(nothing, AT, RET_4.id());

    assertThat(off.kind()).isEqualTo(RetentionResult.Kind.NOT_COVERED);
    assertThat(off.decidedBy()).isEmpty();
    assertThat(Messages.danish(off.reason().orElseThrow())).contains("siger intet", "2022-03-10");
    assertThat(Messages.english(off.reason().orElseThrow())).contains("say nothing", "2022-03-10");
    assertThat(off.udkReportingChannel()).isEmpty();
  }

  @Test
  void decision_aMissingFactLeavesTheAnswerUndetermined() {
    RetentionResult r = decide(RetentionFacts.booking(Booking.of(null)), AT);
    assertThat(r.kind()).isEqualTo(RetentionResult.Kind.UNDETERMINED);
    assertThat(r.decidedBy()).contains(RET_2.id());
    assertThat(
            decide(
                    RetentionFacts.booking(Booking.of(LocalDate.of(2015, 1, 1))),
                    Sources.DFDG_RELEASE.minusDays(1))
                .kind())
        .isEqualTo(RetentionResult.Kind.NOT_COVERED);
  }

  @Test
  void eachRuleIsEvaluatedOnce() {
    assertThat(RetentionRules.AREA.ruleIds())
        .containsExactly(RET_1.id(), RET_2.id(), RET_3.id(), RET_4.id());
    assertThat(RetentionRules.decide(udk(null, null), AT).results()).hasSize(4);
  }

  @ParameterizedTest(name = "{0}: {1} is the documented exception, from JSON too")
  @CsvSource({
    "earlyPension, '{\"earlyPension\": {\"birthDate\": \"+999999999-12-31\", \"statePensionAge\": {\"years\": 67, \"months\": 0}}}'",
    "booking, '{\"booking\": {\"meetingDate\": \"+999999999-12-31\"}}'",
    "booking, '{\"booking\": {\"meetingDate\": \"+10000-01-01\"}}'",
    "booking, '{\"booking\": {\"meetingDate\": \"-999999999-01-01\"}}'"
  })
  void aDayWithNoDeletionDateInTheCalendarIsTheDocumentedException(String part, String json) {
    assertThatThrownBy(() -> DfdgJson.mapper().readValue(json, RetentionFacts.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("must be from 0001-01-01 to 9999-12-31");
  }

  @Test
  void theExtremeDaysAreTheDocumentedExceptionInEveryEntry() {
    StatePensionAge oldest = new StatePensionAge(99, 11);
    for (LocalDate day :
        new LocalDate[] {LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1)}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EarlyPensionData.of(day, oldest))
          .withMessage("birthDate must be from 0001-01-01 to 9999-12-31");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Booking.of(day))
          .withMessage("meetingDate must be from 0001-01-01 to 9999-12-31");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RetentionRules.earlyPensionDeletionDate(day, oldest));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RetentionRules.bookingDeletionDate(day));
    }
  }

  @Test
  void theLastDayOfTheRangeHasDeletionDatesAndAnyEvaluationDateIsAnAnswer() {
    LocalDate last = RetentionRules.LAST_DAY;
    RetentionFacts facts =
        new RetentionFacts(
            Optional.of(EarlyPensionData.of(last, new StatePensionAge(99, 11))),
            Optional.of(Booking.of(last)),
            Optional.of(EarlyPensionRequester.JOBCENTRE),
            Optional.of(UdkData.OTHER),
            Optional.of(LocalDate.MAX));
    assertThat(RetentionRules.earlyPensionDeletionDate(last, new StatePensionAge(99, 11)))
        .isEqualTo(LocalDate.of(10_105, 12, 1));
    for (LocalDate at : new LocalDate[] {LocalDate.MAX, last}) {
      Answer<RetentionResult> r = RetentionRules.decide(facts, at);
      assertThat(r.decision().bookingDeletionDate()).contains(LocalDate.of(10_005, 12, 31));
    }
    assertThat(RetentionRules.decide(facts, LocalDate.MIN).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    RetentionFacts first = RetentionFacts.booking(Booking.of(RetentionRules.FIRST_DAY));
    assertThat(RetentionRules.decide(first, LocalDate.MAX).decision().bookingDueForDeletion())
        .contains(true);
  }
}
