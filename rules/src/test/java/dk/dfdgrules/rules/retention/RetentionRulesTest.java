package dk.dfdgrules.rules.retention;

import static dk.dfdgrules.rules.retention.RetentionRules.RET_1;
import static dk.dfdgrules.rules.retention.RetentionRules.RET_2;
import static dk.dfdgrules.rules.retention.RetentionRules.RET_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.rule.Outcome;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);

  static RetentionFacts request(EarlyPensionRequester who) {
    return new RetentionFacts(Optional.empty(), Optional.empty(), Optional.of(who), Optional.empty(), Optional.empty());
  }

  static RetentionFacts udk(UdkData data, LocalDate from) {
    return new RetentionFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(data), Optional.ofNullable(from));
  }

  @Test
  void RET2_aMeetingOn20211210IsDeletedFrom20271210() {
    assertThat(RetentionRules.bookingDeletionDate(LocalDate.of(2021, 12, 10))).isEqualTo(LocalDate.of(2027, 12, 10));
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.booking(Booking.of(LocalDate.of(2021, 12, 10))), AT);
    assertThat(r.bookingDeletionDate()).contains(LocalDate.of(2027, 12, 10));
    assertThat(r.result().derivedValues()).anySatisfy(d -> {
      assertThat(d.path()).isEqualTo("booking.deletionDate");
      assertThat(d.decidedBy()).isEqualTo(RET_2);
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
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.booking(Booking.of(meeting)), at);
    assertThat(r.result().derivedValues())
        .filteredOn(d -> d.path().equals("booking.dueForDeletion"))
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains(Boolean.toString(due)));
  }

  @Test
  void RET2_withoutTheMeetingDateIsUndetermined() {
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.booking(Booking.of(null)), AT);
    assertThat(r.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.result().missingFacts()).containsExactly("booking.meetingDate");
  }

  @ParameterizedTest(name = "born {0}, age {1}y{2}m: pension {3}, deleted {4}")
  @CsvSource({
    "1960-05-15, 67, 0, 2027-05-15, 2033-05-15",
    "1954-03-01, 65, 6, 2019-09-01, 2025-09-01",
    "1963-12-31, 68, 0, 2031-12-31, 2037-12-31",
    "1956-02-29, 67, 0, 2023-03-01, 2029-03-01",
    "1954-08-31, 65, 6, 2020-03-01, 2026-03-01",
  })
  void RET1_deletedSixYearsAfterStatePensionAge(LocalDate born, int years, int months, LocalDate pension, LocalDate deletion) {
    StatePensionAge age = new StatePensionAge(years, months);
    assertThat(RetentionRules.statePensionDate(born, age)).isEqualTo(pension);
    assertThat(RetentionRules.earlyPensionDeletionDate(born, age)).isEqualTo(deletion);
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.earlyPension(EarlyPensionData.of(born, age)), AT);
    assertThat(r.statePensionDate()).contains(pension);
    assertThat(r.earlyPensionDeletionDate()).contains(deletion);
    assertThat(r.result().derivedValues()).allSatisfy(d -> assertThat(d.decidedBy().area()).isEqualTo("RET"));
  }

  @Test
  void RET1_theBirthDateMayComeFromTheCprNumberWhichStaysMasked() {
    CprNumber cpr = CprNumber.parse("150560-1234");
    EarlyPensionData data = new EarlyPensionData(Optional.empty(), Optional.of(cpr), Optional.of(StatePensionAge.ofYears(67)));
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.earlyPension(data), AT);
    assertThat(r.earlyPensionDeletionDate()).contains(LocalDate.of(2033, 5, 15));
    assertThat(data.toString()).doesNotContain("1234");
    assertThat(r.toString()).doesNotContain("1234");
  }

  @Test
  void RET1_aBirthDateAndACprNumberThatDisagreeAreTheCallersFault() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EarlyPensionData(Optional.of(LocalDate.of(1960, 5, 16)), Optional.of(CprNumber.parse("150560-1234")), Optional.empty()))
        .withMessage("birthDate and cpr give different birth dates");
  }

  @Test
  void RET1_missingBirthDateAndAgeAreNamed() {
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.earlyPension(new EarlyPensionData(null, null, null)), AT);
    assertThat(r.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.result().missingFacts()).containsExactlyInAnyOrder("earlyPension.birthDate", "earlyPension.statePensionAge");
  }

  @Test
  void RET1_RET2_areNotInForceBeforeTheRelease() {
    RetentionResult r = RetentionRules.evaluate(RetentionFacts.booking(Booking.of(LocalDate.of(2015, 1, 1))), RetentionRules.IN_FORCE.minusDays(1));
    assertThat(r.bookingDeletionDate()).isEmpty();
    assertThat(r.result().result(RET_2).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(RetentionRules.evaluate(RetentionFacts.booking(Booking.of(LocalDate.of(2015, 1, 1))), RetentionRules.IN_FORCE).bookingDeletionDate())
        .contains(LocalDate.of(2021, 1, 1));
    assertThat(RetentionRules.evaluate(RetentionFacts.earlyPension(EarlyPensionData.of(LocalDate.of(1950, 1, 1), StatePensionAge.ofYears(65))), RetentionRules.IN_FORCE.minusDays(1))
            .result().result(RET_1).orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @ParameterizedTest(name = "{0}: permitted {1}")
  @CsvSource({"CURRENT_UNEMPLOYMENT_FUND, true", "OTHER_UNEMPLOYMENT_FUND, false", "JOBCENTRE, false"})
  void RET3_onlyTheCurrentAKasseGetsEarlyPensionData(EarlyPensionRequester who, boolean permitted) {
    RetentionResult r = RetentionRules.evaluate(request(who), AT);
    assertThat(r.earlyPensionAccessPermitted()).contains(permitted);
    assertThat(r.result().outcome()).isEqualTo(permitted ? Outcome.SATISFIED : Outcome.VIOLATED);
    if (!permitted) {
      assertThat(r.result().errors()).singleElement().satisfies(e -> {
        assertThat(e.ruleId()).isEqualTo(RET_3);
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
  void RET4_theUdkWebServiceStartIsAParameter(LocalDate at, LocalDate from, UdkReportingChannel channel) {
    assertThat(RetentionRules.evaluate(udk(null, from), at).udkReportingChannel()).contains(channel);
  }

  @Test
  void RET4_udkMayReadMembershipHistoryAndEarlyRetirementDates() {
    assertThat(RetentionRules.evaluate(udk(UdkData.MEMBERSHIP_HISTORY, null), AT).result().derivedValues())
        .anySatisfy(d -> {
          assertThat(d.path()).isEqualTo("udkReads");
          assertThat(d.text()).contains("PERMITTED");
        });
    assertThat(RetentionRules.evaluate(udk(UdkData.EARLY_RETIREMENT_DATES, null), AT).result().derivedValues())
        .anySatisfy(d -> assertThat(d.text()).contains("PERMITTED"));
    assertThat(RetentionRules.evaluate(udk(UdkData.OTHER, null), AT).result().derivedValues())
        .anySatisfy(d -> assertThat(d.text()).contains("NOT_COVERED"));
  }

  @Test
  void aStatePensionAgeIsChecked() {
    assertThatIllegalArgumentException().isThrownBy(() -> new StatePensionAge(67, 12)).withMessageContaining("months");
    assertThatIllegalArgumentException().isThrownBy(() -> new StatePensionAge(-1, 0)).withMessageContaining("years");
  }
}
