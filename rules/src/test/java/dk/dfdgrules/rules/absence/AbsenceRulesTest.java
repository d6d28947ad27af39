/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.absence;

import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_1;
import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_2;
import static dk.dfdgrules.rules.absence.AbsenceRules.ABS_3;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.absence.AbsenceRegistration;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
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
  static final LocalDate RELEASE = Sources.DFDG_RELEASE;

  static AbsenceRegistration absence(int type, String period) {
    return AbsenceRegistration.of(type, DatePeriod.parse(period));
  }

  /** The facts of a recovery report only (ABS-2). */
  static AbsenceFacts recovery(List<AbsenceRegistration> absences, RecoveryReport report) {
    return new AbsenceFacts(
        absences, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(report));
  }

  /** A job-ready citizen in contact group 26 for whom absence 74 is about to be registered. */
  static final AbsenceFacts REGISTERING_74 =
      new AbsenceFacts(
          List.of(),
          Optional.of(26),
          Optional.of(VisitationCategory.JOB_READY),
          Optional.of(absence(74, "2021-12-01/..")),
          Optional.empty());

  /** The only violation of a list, of a rule at a path. */
  static Violation theOnly(List<Violation> violations, Rule<?> rule, String path) {
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo(rule.id());
              assertThat(v.path()).isEqualTo(path);
            });
    return violations.get(0);
  }

  static HistoryAccess access(int type, String period, LocalDate at) {
    return AbsenceRules.decide(List.of(absence(type, period)), at)
        .decision()
        .historyAccess()
        .get(0)
        .access();
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
      AbsenceAccess a =
          AbsenceRules.decide(List.of(absence(25, "2000-01-01/..")), AT)
              .decision()
              .historyAccess()
              .get(0);
      assertThat(a.windowStart()).contains(windowStart);
    }

    @Test
    void ABS1_isNotInForceTheDayBeforeTheRelease() {
      Answer<AbsenceResult> r =
          AbsenceRules.decide(
              AbsenceFacts.history(List.of(absence(25, "2020-01-01/.."))), RELEASE.minusDays(1));
      assertThat(r.decision().historyAccess()).isEmpty();
      assertThat(r.result(ABS_1).orElseThrow().outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(
              AbsenceRules.decide(List.of(absence(25, "2020-01-01/..")), RELEASE)
                  .decision()
                  .historyAccess())
          .hasSize(1);
    }

    @Test
    void ABS1_derivedValuesNameTheRegistration() {
      Answer<AbsenceResult> r =
          AbsenceRules.decide(
              AbsenceFacts.history(
                  List.of(absence(25, "2020-01-01/.."), absence(9, "2020-01-01/.."))),
              AT);
      assertThat(r.derivedValues())
          .extracting(d -> d.path() + "=" + d.value().orElseThrow() + " by " + d.decidedBy())
          .contains(
              "absences[0].access=READABLE by ABS-1", "absences[1].access=NOT_COVERED by ABS-1");
    }
  }

  @Nested
  class Abs2 {

    @Test
    void ABS2_theReRegistrationDateIsTheProcessingDate() {
      assertThat(
              AbsenceRules.decide(RecoveryReport.of(LocalDate.of(2022, 2, 14)), AT)
                  .decision()
                  .reRegistrationDate())
          .contains(AT);
      assertThat(AbsenceRules.decide(RecoveryReport.of(null), AT).decision().reRegistrationDate())
          .contains(AT);
    }

    @Test
    void ABS2_theDayOfTheFixTheProcessingDateIsUsed() {
      assertThat(
              AbsenceRules.decide(RecoveryReport.of(LocalDate.of(2021, 11, 20)), RELEASE)
                  .decision()
                  .reRegistrationDate())
          .contains(RELEASE);
    }

    @Test
    void ABS2_theDayBeforeTheFixDfdgTriedTheHistoricalDateAndWarns() {
      LocalDate dayBefore = RELEASE.minusDays(1);
      LocalDate historical = LocalDate.of(2021, 11, 20);
      Answer<AbsenceResult> r = AbsenceRules.decide(RecoveryReport.of(historical), dayBefore);
      assertThat(r.decision().reRegistrationDate()).contains(historical);
      theOnly(r.warnings(), ABS_2, "recoveryReport.recoveryDate");
      assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void ABS2_beforeTheFixWithoutTheReportsDateIsUndetermined() {
      Answer<AbsenceResult> r = AbsenceRules.decide(RecoveryReport.of(null), RELEASE.minusDays(1));
      assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(r.missingFacts()).containsExactly("recoveryReport.recoveryDate");
      assertThat(r.decision().kind()).isEqualTo(AbsenceResult.Kind.UNDETERMINED);
      assertThat(r.decision().decidedBy()).contains(ABS_2.id());
    }

    @Test
    void ABS2_withoutARecoveryReportNothingIsDerived() {
      assertThat(
              AbsenceRules.decide(AbsenceFacts.history(List.of()), AT)
                  .decision()
                  .reRegistrationDate())
          .isEmpty();
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
    void ABS3_anActiveAbsence74AndTheJoblog(
        int group, VisitationCategory category, LocalDate at, JoblogExemption expected) {
      List<AbsenceRegistration> active = List.of(absence(74, "2021-11-01/.."));
      assertThat(AbsenceRules.decide(active, group, category, at).decision().joblogExemption())
          .contains(expected);
    }

    @Test
    void ABS3_anAbsence74ThatEndedYesterdayExemptsNoMore() {
      assertThat(exemptionOfAJobReadyInGroup2(absence(74, "2022-01-03/2022-03-09")))
          .contains(JoblogExemption.NOT_COVERED);
      assertThat(exemptionOfAJobReadyInGroup2(absence(74, "2022-01-03/2022-03-10")))
          .contains(JoblogExemption.EXEMPT);
    }

    private Optional<JoblogExemption> exemptionOfAJobReadyInGroup2(AbsenceRegistration absence) {
      return AbsenceRules.decide(List.of(absence), 2, VisitationCategory.JOB_READY, AT)
          .decision()
          .joblogExemption();
    }

    @Test
    void ABS3_registering74ForAJobReadyCitizenInGroup26() {
      Answer<AbsenceResult> before = AbsenceRules.decide(REGISTERING_74, RELEASE.minusDays(1));
      assertThat(before.outcome()).isEqualTo(Outcome.VIOLATED);
      assertThat(theOnly(before.errors(), ABS_3, "newRegistration").citation().reference())
          .isEqualTo("DFDG-RN-2021-12-06 §2.3");
      assertThat(before.decision().kind()).isEqualTo(AbsenceResult.Kind.REJECTED);
      assertThat(before.decision().decidedBy()).contains(ABS_3.id());
      assertThat(before.decision().newRegistrationPermitted()).contains(false);
      Answer<AbsenceResult> on = AbsenceRules.decide(REGISTERING_74, RELEASE);
      assertThat(on.outcome()).isEqualTo(Outcome.SATISFIED);
      assertThat(on.decision().kind()).isEqualTo(AbsenceResult.Kind.DECIDED);
      assertThat(on.decision().decidedBy()).contains(ABS_3.id());
      assertThat(on.decision().newRegistrationPermitted()).contains(true);
    }

    @Test
    void ABS3_withoutContactGroupOrCategoryTheExemptionIsUndetermined() {
      Answer<AbsenceResult> r = AbsenceRules.decide(AbsenceFacts.history(ACTIVE_74), AT);
      assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(r.missingFacts()).containsExactlyInAnyOrder("contactGroup", "visitationCategory");
      assertThat(r.decision().joblogExemption()).isEmpty();
      assertThat(r.decision().kind()).isEqualTo(AbsenceResult.Kind.UNDETERMINED);
      assertThat(r.decision().decidedBy()).contains(ABS_3.id());
    }
  }

  /**
   * The decision is folded from the rules' results: switching off a rule that decides changes it.
   */
  @Nested
  class TheDecision {

    static AbsenceResult decide(AbsenceFacts facts, LocalDate at, RuleId... off) {
      EvaluationContext ctx = EvaluationContext.on(at);
      for (RuleId id : off) {
        ctx = ctx.switchOff(id);
      }
      return AbsenceRules.decide(facts, ctx).decision();
    }

    @Test
    void switchingOffAbs1LeavesTheHistoryUndecided() {
      AbsenceFacts facts = AbsenceFacts.history(List.of(absence(25, "2020-01-01/..")));
      AbsenceResult on = decide(facts, AT);
      assertThat(on.kind()).isEqualTo(AbsenceResult.Kind.DECIDED);
      assertThat(on.decidedBy()).contains(ABS_1.id());
      assertThat(on.historyAccess())
          .extracting(AbsenceAccess::access)
          .containsExactly(HistoryAccess.READABLE);

      AbsenceResult off = decide(facts, AT, ABS_1.id());

      assertThat(off.kind()).isEqualTo(AbsenceResult.Kind.NOT_COVERED);
      assertThat(off.decidedBy()).isEmpty();
      assertThat(off.historyAccess()).isEmpty();
      assertThat(Messages.danish(off.reason().orElseThrow())).contains("siger intet", "2022-03-10");
      assertThat(Messages.english(off.reason().orElseThrow()))
          .contains("say nothing", "2022-03-10");
    }

    @Test
    void switchingOffAbs2LeavesTheReRegistrationDateUndecided() {
      AbsenceFacts facts = recovery(List.of(), RecoveryReport.of(LocalDate.of(2022, 2, 14)));
      AbsenceResult on = decide(facts, AT);
      assertThat(on.kind()).isEqualTo(AbsenceResult.Kind.DECIDED);
      assertThat(on.decidedBy()).contains(ABS_2.id());

      AbsenceResult off = decide(facts, AT, ABS_2.id());

      assertThat(off.kind()).isEqualTo(AbsenceResult.Kind.NOT_COVERED);
      assertThat(off.reRegistrationDate()).isEmpty();
    }

    @Test
    void switchingOffAbs3LeavesTheExemptionUndecidedAndAcceptsTheRegistration() {
      AbsenceFacts exempt =
          new AbsenceFacts(
              Abs3.ACTIVE_74,
              Optional.of(2),
              Optional.of(VisitationCategory.JOB_READY),
              Optional.empty(),
              Optional.empty());
      AbsenceResult on = decide(exempt, AT);
      assertThat(on.kind()).isEqualTo(AbsenceResult.Kind.DECIDED);
      assertThat(on.decidedBy()).contains(ABS_3.id());
      assertThat(on.joblogExemption()).contains(JoblogExemption.EXEMPT);
      AbsenceResult off = decide(exempt, AT, ABS_3.id());
      assertThat(off.kind()).isEqualTo(AbsenceResult.Kind.NOT_COVERED);
      assertThat(off.joblogExemption()).isEmpty();

      assertThat(decide(REGISTERING_74, RELEASE.minusDays(1)).kind())
          .isEqualTo(AbsenceResult.Kind.REJECTED);
      Answer<AbsenceResult> accepted =
          AbsenceRules.decide(
              REGISTERING_74, EvaluationContext.on(RELEASE.minusDays(1)).switchOff(ABS_3.id()));
      assertThat(accepted.decision().kind()).isEqualTo(AbsenceResult.Kind.NOT_COVERED);
      assertThat(accepted.decision().newRegistrationPermitted()).isEmpty();
      assertThat(accepted.violations()).isEmpty();
    }

    @Test
    void theFirstRuleThatSaysSomethingDecides() {
      AbsenceFacts facts = recovery(List.of(absence(25, "2020-01-01/..")), RecoveryReport.of(null));
      assertThat(decide(facts, AT).decidedBy()).contains(ABS_1.id());
      assertThat(decide(facts, AT, ABS_1.id()).decidedBy()).contains(ABS_2.id());
      assertThat(decide(facts, AT, ABS_1.id(), ABS_2.id()).kind())
          .isEqualTo(AbsenceResult.Kind.NOT_COVERED);
    }

    @Test
    void eachRuleIsEvaluatedOnce() {
      assertThat(AbsenceRules.AREA.ruleIds()).containsExactly(ABS_1.id(), ABS_2.id(), ABS_3.id());
      assertThat(AbsenceRules.decide(AbsenceFacts.history(List.of()), AT).results()).hasSize(3);
    }
  }
}
