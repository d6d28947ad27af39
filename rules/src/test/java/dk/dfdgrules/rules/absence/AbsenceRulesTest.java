package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_1;
import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_2;
import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_3;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsenceRulesTest {

  static final LocalDate AT = LocalDate.of(2022, 3, 10);
  static final LocalDate RELEASE = AbsenceRules.RELEASE;

  static AbsenceRegistration absence(int type, String period) {
    return AbsenceRegistration.of(type, DatePeriod.parse(period));
  }

  static HistoryAccess access(int type, String period, LocalDate at) {
    return AbsenceRules.historyAccess(List.of(absence(type, period)), at).get(0).access();
  }

  @Nested
  class Abs1 {

    @ParameterizedTest(name = "type {0}, {1} read on {2}: {3}")
    @CsvSource({
      // Seniorjob, 8 years: window [2014-03-10, 2022-03-10]
      "25, 2010-01-01/2014-03-10, 2022-03-10, READABLE",
      "25, 2010-01-01/2014-03-09, 2022-03-10, NOT_READABLE",
      "25, 2010-01-01/..,         2022-03-10, READABLE",
      // Arbejdsfordeling op til 6 uger, 5 years: window [2017-03-10, 2022-03-10]
      "71, 2017-01-01/2017-03-10, 2022-03-10, READABLE",
      "71, 2017-01-01/2017-03-09, 2022-03-10, NOT_READABLE",
      "71, 2014-01-01/2016-12-31, 2022-03-10, NOT_READABLE",
      // Covid-19 work sharing, 5 years
      "78, 2020-04-01/2020-09-30, 2022-03-10, READABLE",
      "78, 2017-03-09/2017-03-09, 2022-03-10, NOT_READABLE",
      // other types: not covered
      "74, 2010-01-01/..,         2022-03-10, NOT_COVERED",
      "1,  2021-01-01/2021-02-01, 2022-03-10, NOT_COVERED",
      // a leap day: 2024-02-29 minus 8 years is 2016-02-29
      "25, 2015-01-01/2016-02-29, 2024-02-29, READABLE",
      "25, 2015-01-01/2016-02-28, 2024-02-29, NOT_READABLE",
    })
    void ABS1_readBackWindowPerType(int type, String period, LocalDate at, HistoryAccess expected) {
      assertThat(access(type, period, at)).isEqualTo(expected);
    }

    @Test
    void ABS1_interpretation_anOngoingRegistrationIsAlwaysReadable() {
      assertThat(access(25, "1990-01-01/..", AT)).isEqualTo(HistoryAccess.READABLE);
      assertThat(access(71, "2000-01-01/..", AT)).isEqualTo(HistoryAccess.READABLE);
    }

    @Test
    void ABS1_interpretation_aClosedRegistrationIsReadableIfItEndedOnOrAfterTheWindowStart() {
      LocalDate windowStart = AT.minusYears(AbsenceRules.SENIOR_JOB_YEARS);
      assertThat(access(25, "2000-01-01/" + windowStart, AT)).isEqualTo(HistoryAccess.READABLE);
      assertThat(access(25, "2000-01-01/" + windowStart.minusDays(1), AT))
          .isEqualTo(HistoryAccess.NOT_READABLE);
      AbsenceAccess a = AbsenceRules.historyAccess(List.of(absence(25, "2000-01-01/..")), AT).get(0);
      assertThat(a.windowStart()).contains(windowStart);
    }

    @Test
    void ABS1_isNotInForceTheDayBeforeTheRelease() {
      AbsenceResult r = AbsenceRules.evaluate(AbsenceFacts.history(List.of(absence(25, "2020-01-01/.."))), RELEASE.minusDays(1));
      assertThat(r.historyAccess()).isEmpty();
      assertThat(r.result().result(ABS_1).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(AbsenceRules.historyAccess(List.of(absence(25, "2020-01-01/..")), RELEASE)).hasSize(1);
    }

    @Test
    void ABS1_derivedValuesNameTheRegistration() {
      AbsenceResult r = AbsenceRules.evaluate(AbsenceFacts.history(List.of(absence(25, "2020-01-01/.."), absence(9, "2020-01-01/.."))), AT);
      assertThat(r.result().derivedValues())
          .extracting(d -> d.path() + "=" + d.value().orElseThrow() + " by " + d.decidedBy())
          .contains("absences[0].access=READABLE by ABS-1", "absences[1].access=NOT_COVERED by ABS-1");
    }
  }

  @Nested
  class Abs2 {

    @Test
    void ABS2_theReRegistrationDateIsTheProcessingDate() {
      assertThat(AbsenceRules.reRegistrationDate(RecoveryReport.of(LocalDate.of(2022, 2, 14)), AT)).contains(AT);
      assertThat(AbsenceRules.reRegistrationDate(RecoveryReport.of(null), AT)).contains(AT);
    }

    @Test
    void ABS2_theDayOfTheFixTheProcessingDateIsUsed() {
      assertThat(AbsenceRules.reRegistrationDate(RecoveryReport.of(LocalDate.of(2021, 11, 20)), RELEASE)).contains(RELEASE);
    }

    @Test
    void ABS2_theDayBeforeTheFixDfdgTriedTheHistoricalDateAndWarns() {
      LocalDate dayBefore = RELEASE.minusDays(1);
      LocalDate historical = LocalDate.of(2021, 11, 20);
      AbsenceResult r =
          AbsenceRules.evaluate(
              new AbsenceFacts(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(RecoveryReport.of(historical))),
              dayBefore);
      assertThat(r.reRegistrationDate()).contains(historical);
      assertThat(r.result().warnings()).singleElement().satisfies(w -> {
        assertThat(w.ruleId()).isEqualTo(ABS_2);
        assertThat(w.path()).isEqualTo("recoveryReport.recoveryDate");
      });
      assertThat(r.result().outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void ABS2_beforeTheFixWithoutTheReportsDateIsUndetermined() {
      AbsenceResult r =
          AbsenceRules.evaluate(
              new AbsenceFacts(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(RecoveryReport.of(null))),
              RELEASE.minusDays(1));
      assertThat(r.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(r.result().missingFacts()).containsExactly("recoveryReport.recoveryDate");
    }

    @Test
    void ABS2_withoutARecoveryReportNothingIsDerived() {
      assertThat(AbsenceRules.evaluate(AbsenceFacts.history(List.of()), AT).reRegistrationDate()).isEmpty();
    }
  }

  @Nested
  class Abs3 {

    static final List<AbsenceRegistration> ACTIVE_74 = List.of(absence(74, "2022-01-03/.."));

    @ParameterizedTest(name = "group {0}, {1}, on {2}: {3}")
    @CsvSource({
      "2,  JOB_READY,       2022-03-10, EXEMPT",
      "26, JOB_READY,       2022-03-10, EXEMPT",
      "2,  JOB_READY,       2021-12-06, EXEMPT",
      "2,  JOB_READY,       2021-12-05, NOT_EXEMPT",
      "26, JOB_READY,       2021-12-05, NOT_EXEMPT",
      "2,  ACTIVITY_READY,  2022-03-10, NOT_COVERED",
      "1,  JOB_READY,       2022-03-10, NOT_COVERED",
      "12, EDUCATION_READY, 2022-03-10, NOT_COVERED",
    })
    void ABS3_anActiveAbsence74AndTheJoblog(int group, VisitationCategory category, LocalDate at, JoblogExemption expected) {
      List<AbsenceRegistration> active = List.of(absence(74, "2021-11-01/.."));
      assertThat(AbsenceRules.joblogExemption(active, group, category, at).joblogExemption()).contains(expected);
    }

    @Test
    void ABS3_anAbsence74ThatEndedYesterdayExemptsNoMore() {
      AbsenceResult r =
          AbsenceRules.joblogExemption(List.of(absence(74, "2022-01-03/2022-03-09")), 2, VisitationCategory.JOB_READY, AT);
      assertThat(r.joblogExemption()).contains(JoblogExemption.NOT_COVERED);
      AbsenceResult onLastDay =
          AbsenceRules.joblogExemption(List.of(absence(74, "2022-01-03/2022-03-10")), 2, VisitationCategory.JOB_READY, AT);
      assertThat(onLastDay.joblogExemption()).contains(JoblogExemption.EXEMPT);
    }

    @Test
    void ABS3_registering74ForAJobReadyCitizenInGroup26() {
      AbsenceFacts facts =
          new AbsenceFacts(List.of(), Optional.of(26), Optional.of(VisitationCategory.JOB_READY),
              Optional.of(absence(74, "2021-12-01/..")), Optional.empty());
      AbsenceResult before = AbsenceRules.evaluate(facts, RELEASE.minusDays(1));
      assertThat(before.result().outcome()).isEqualTo(Outcome.VIOLATED);
      assertThat(before.result().errors()).singleElement().satisfies(e -> {
        assertThat(e.ruleId()).isEqualTo(ABS_3);
        assertThat(e.path()).isEqualTo("newRegistration");
        assertThat(e.citation().reference()).isEqualTo("DFDG-RN-2021-12-06 §2.3");
      });
      assertThat(AbsenceRules.evaluate(facts, RELEASE).result().outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void ABS3_withoutContactGroupOrCategoryTheExemptionIsUndetermined() {
      AbsenceResult r =
          AbsenceRules.evaluate(
              new AbsenceFacts(ACTIVE_74, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), AT);
      assertThat(r.result().outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(r.result().missingFacts()).containsExactlyInAnyOrder("contactGroup", "visitationCategory");
      assertThat(r.joblogExemption()).isEmpty();
    }
  }
}
