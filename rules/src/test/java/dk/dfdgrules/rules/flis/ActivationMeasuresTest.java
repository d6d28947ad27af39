/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.json.DfdgJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ACT-1 … ACT-7 (FLIS-DFDG §6) on the spec's worked examples, period 2022-03-01…2022-03-31, with
 * both sides of each of the period's boundaries.
 */
class ActivationMeasuresTest {

  static final LocalDate MAR_1 = LocalDate.of(2022, 3, 1);
  static final LocalDate MAR_31 = LocalDate.of(2022, 3, 31);
  static final DatePeriod MARCH = DatePeriod.of(MAR_1, MAR_31);
  static final CprNumber ANNE = CprNumber.parse("0101801111");
  static final CprNumber BO = CprNumber.parse("0202802222");
  static final CprNumber CARL = CprNumber.parse("0303803333");

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Activation activation(CprNumber who, String start, String end) {
    return Activation.of(who, d(start), end == null ? null : d(end), ActivityStatus.ADMITTED);
  }

  static VisitationCourse course(CprNumber who, String start, String end) {
    VisitationCourse.Builder b =
        VisitationCourse.builder()
            .citizen(who)
            .category(VisitationCategory.JOB_READY)
            .start(d(start));
    if (end != null) {
      b.end(d(end));
    }
    return b.build();
  }

  static ActivationMeasuresFacts facts(
      List<Activation> a, List<VisitationCourse> v, List<Conversation> c, List<AidExpense> e) {
    return ActivationMeasuresFacts.of(MARCH, a, v, c, e);
  }

  @Nested
  class Act1 {
    @Test
    void act1CountsDistinctCitizensNeverRows() {
      ActivationMeasuresFacts f =
          facts(
              List.of(
                  activation(ANNE, "2022-03-01", "2022-03-10"),
                  activation(ANNE, "2022-03-05", "2022-03-12")),
              List.of(course(ANNE, "2022-01-01", null)),
              List.of(Conversation.of(ANNE, MAR_31, "Jobsamtale")),
              List.of(AidExpense.of(BO, MAR_1, Money.parse("10"))));
      assertThat(ActivationMeasures.citizens(f)).isEqualTo(2);
      assertThat(f.records()).isEqualTo(5);
    }

    @Test
    void act1LeavesOutCitizensWhoseRecordsAreAllOutsideThePeriod() {
      ActivationMeasuresFacts f =
          facts(
              List.of(activation(ANNE, "2022-04-01", null)),
              List.of(course(BO, "2022-01-01", "2022-03-01")),
              List.of(Conversation.of(CARL, d("2022-02-28"), "Jobsamtale")),
              List.of(AidExpense.of(CARL, d("2022-04-01"), Money.parse("10"))));
      assertThat(ActivationMeasures.citizens(f)).isZero();
    }
  }

  @Nested
  class Act2 {
    @Test
    void act2ACourseEndingOnThePeriodsFirstDayDoesNotOverlapIt() {
      assertThat(
              ActivationMeasures.visitationCourses(
                  List.of(course(ANNE, "2021-11-01", "2022-03-01")), MARCH))
          .isZero();
      assertThat(
              ActivationMeasures.visitationCourses(
                  List.of(course(ANNE, "2021-11-01", "2022-03-02")), MARCH))
          .isOne();
    }

    @Test
    void act2ACourseStartingOnThePeriodsLastDayOverlapsItTheDayAfterDoesNot() {
      assertThat(
              ActivationMeasures.visitationCourses(
                  List.of(course(ANNE, "2022-03-31", null)), MARCH))
          .isOne();
      assertThat(
              ActivationMeasures.visitationCourses(
                  List.of(course(ANNE, "2022-04-01", null)), MARCH))
          .isZero();
    }

    @Test
    void act2AnEmptyCourseOverlapsNothing() {
      assertThat(
              ActivationMeasures.visitationCourses(
                  List.of(course(ANNE, "2022-03-10", "2022-03-10")), MARCH))
          .isZero();
    }
  }

  @Nested
  class Act3 {
    @Test
    void act3TheSpecsExample() {
      List<Activation> a =
          List.of(
              activation(ANNE, "2022-02-20", "2022-03-01"),
              activation(BO, "2022-03-31", "2022-04-15"),
              activation(CARL, "2022-04-01", null));
      assertThat(ActivationMeasures.activationCourses(a, MARCH)).isEqualTo(2);
    }

    @Test
    void act3AnActivationEndingTheDayBeforeThePeriodDoesNotCount() {
      assertThat(
              ActivationMeasures.activationCourses(
                  List.of(activation(ANNE, "2022-02-01", "2022-02-28")), MARCH))
          .isZero();
    }

    @Test
    void act3WarnsOfAPoolTheCodeListDoesNotKnowAndStillCounts() {
      Activation a =
          new Activation(
              ANNE,
              Optional.of("101"),
              MAR_1,
              Optional.empty(),
              Optional.empty(),
              ActivityStatus.ADMITTED,
              Optional.of("Fejloprettet"),
              Optional.of("Ukendt pulje"),
              Optional.of("Kursus"));
      Answer<ActivationMeasuresResult> r =
          ActivationMeasures.measure(facts(List.of(a), List.of(), List.of(), List.of()), MAR_31);
      assertThat(r.decision().activationCourses()).contains(1L);
      RuleResult act3 = r.result(ActivationMeasures.ACT_3).orElseThrow();
      assertThat(act3.isSatisfied()).isTrue();
      assertThat(act3.warnings()).hasSize(1);
      Violation w = act3.warnings().get(0);
      assertThat(w.path()).isEqualTo("activations[0].pool");
      assertThat(w.message().key()).isEqualTo("ACT.unknownCode");
      assertThat(Messages.english(w.message()))
          .isEqualTo("pool: 'Ukendt pulje' is not in the code list activation-pools.");
    }
  }

  @Nested
  class Act4 {
    @Test
    void act4CountsConversationsOnTheFirstAndLastDayNotTheDaysAround() {
      List<Conversation> c =
          List.of(
              Conversation.of(ANNE, d("2022-02-28"), "Jobsamtale"),
              Conversation.of(ANNE, MAR_1, "Jobsamtale"),
              Conversation.of(ANNE, MAR_31, "Jobsamtale"),
              Conversation.of(ANNE, d("2022-04-01"), "Jobsamtale"));
      assertThat(ActivationMeasures.conversations(c, MARCH)).isEqualTo(2);
    }

    @Test
    void act4ChecksTypeContactFormAndParticipantsAgainstTheirLists() {
      Conversation c =
          new Conversation(
              ANNE,
              Optional.empty(),
              MAR_1,
              Optional.of("Kaffemøde"),
              Optional.of("Telefon"),
              List.of("Tolk", "Nabo"));
      assertThat(FlisCodes.check(c))
          .extracting(FlisCodes.Problem::text)
          .containsExactly(
              "type: 'Kaffemøde' is not in the code list conversation-types",
              "participants[1]: 'Nabo' is not in the code list conversation-participants");
    }
  }

  @Nested
  class Act5 {
    @Test
    void act5SumsExactlyTheExpensesDatedInThePeriod() {
      List<AidExpense> e =
          List.of(
              AidExpense.of(ANNE, d("2022-02-28"), Money.parse("1000")),
              AidExpense.of(ANNE, MAR_1, Money.parse("0.10")),
              AidExpense.of(ANNE, d("2022-03-15"), Money.parse("0.20")),
              AidExpense.of(BO, MAR_31, Money.parse("1.740,96 kr.")),
              AidExpense.of(BO, d("2022-04-01"), Money.parse("1000")));
      assertThat(ActivationMeasures.aidCosts(e, MARCH)).isEqualTo(Money.parse("1741.26"));
    }

    @Test
    void act5OfNothingIsZero() {
      assertThat(ActivationMeasures.aidCosts(List.of(), MARCH)).isEqualTo(Money.ZERO);
    }

    @Test
    void act5AcceptsAnAliasOfAnAidKind() {
      AidExpense e =
          new AidExpense(
              ANNE,
              Optional.empty(),
              MAR_1,
              Money.parse("1"),
              Optional.of("Arbejdspladsindretning"),
              Optional.empty());
      assertThat(FlisCodes.check(e)).isEmpty();
    }
  }

  @Nested
  class Act6 {
    @Test
    void act6TheSpecsExamples() {
      assertThat(
              ActivationMeasures.daysActivated(activation(ANNE, "2022-03-10", "2022-03-10"), MARCH))
          .isEqualTo(1);
      assertThat(
              ActivationMeasures.daysActivated(activation(ANNE, "2022-02-20", "2022-03-05"), MARCH))
          .isEqualTo(5);
      assertThat(ActivationMeasures.daysActivated(activation(ANNE, "2022-03-25", null), MARCH))
          .isEqualTo(7);
      assertThat(
              ActivationMeasures.daysActivated(
                  List.of(
                      activation(ANNE, "2022-03-01", "2022-03-10"),
                      activation(ANNE, "2022-03-05", "2022-03-12")),
                  MARCH))
          .isEqualTo(18);
    }

    @Test
    void act6BothSidesOfThePeriodsBoundaries() {
      assertThat(
              ActivationMeasures.daysActivated(activation(ANNE, "2022-02-01", "2022-02-28"), MARCH))
          .isZero();
      assertThat(
              ActivationMeasures.daysActivated(activation(ANNE, "2022-02-01", "2022-03-01"), MARCH))
          .isOne();
      assertThat(ActivationMeasures.daysActivated(activation(ANNE, "2022-03-31", null), MARCH))
          .isOne();
      assertThat(ActivationMeasures.daysActivated(activation(ANNE, "2022-04-01", null), MARCH))
          .isZero();
      assertThat(ActivationMeasures.daysActivated(activation(ANNE, "2021-01-01", null), MARCH))
          .isEqualTo(31);
    }
  }

  @Nested
  class Act7 {
    @Test
    void act7LeavesOutAndCountsTheActivationsWithoutHours() {
      List<Activation> a =
          List.of(
              activation(ANNE, "2022-03-01", "2022-03-10").withHoursPerWeek(new BigDecimal("37")),
              activation(BO, "2022-03-05", null).withHoursPerWeek(new BigDecimal("15.5")),
              activation(CARL, "2022-03-07", "2022-03-20"),
              activation(CARL, "2022-04-01", null).withHoursPerWeek(new BigDecimal("20")));
      ActivationMeasures.Hours h = ActivationMeasures.hoursPerWeek(a, MARCH);
      assertThat(h.total()).isEqualByComparingTo("52.5");
      assertThat(h.withHours()).isEqualTo(2);
      assertThat(h.withoutHours()).isEqualTo(1);
    }

    @Test
    void act7ZeroHoursEnteredAreSummedNotLeftOut() {
      ActivationMeasures.Hours h =
          ActivationMeasures.hoursPerWeek(
              List.of(activation(ANNE, "2022-03-01", null).withHoursPerWeek(BigDecimal.ZERO)),
              MARCH);
      assertThat(h.withHours()).isOne();
      assertThat(h.withoutHours()).isZero();
    }
  }

  @Nested
  class TheArea {
    @Test
    void theExampleIsMeasuredWithEveryRuleCitingFlisDfdgSection6() throws Exception {
      ActivationMeasuresFacts f;
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("dk/dfdgrules/rules/flis/activation-measures-example.json")) {
        f = DfdgJson.mapper().readValue(in, ActivationMeasuresFacts.class);
      }
      Answer<ActivationMeasuresResult> r = ActivationMeasures.measure(f, MAR_31);
      ActivationMeasuresResult m = r.decision();
      assertThat(m.kind()).isEqualTo(ActivationMeasuresResult.Kind.MEASURED);
      // Carl's records (an activation from 04-01, an aid of 02-28) are outside March
      assertThat(m.citizens()).contains(2L);
      assertThat(m.visitationCourses()).contains(2L);
      assertThat(m.activationCourses()).contains(3L);
      assertThat(m.conversations()).contains(2L);
      assertThat(m.aidCosts()).contains(Money.parse("2650.56"));
      assertThat(m.daysActivated()).contains(5L + 7 + 1);
      assertThat(m.hoursPerWeek()).contains(new BigDecimal("52.5"));
      assertThat(m.activationsWithoutHours()).contains(1L);
      assertThat(r.results()).hasSize(7);
      for (RuleResult x : r.results()) {
        assertThat(x.citation().orElseThrow().reference()).startsWith("FLIS-DFDG §6.");
        assertThat(x.isSatisfied()).as(x.ruleId().toString()).isTrue();
        assertThat(x.violations()).as(x.ruleId().toString()).isEmpty();
      }
    }

    @Test
    void measuresNamesTheRulesEvaluatedTheOthersAreEmpty() {
      ActivationMeasuresFacts f =
          new ActivationMeasuresFacts(
              MAR_1,
              MAR_31,
              List.of(activation(ANNE, "2022-03-25", null)),
              List.of(),
              List.of(),
              List.of(),
              List.of("ACT-6"));
      Answer<ActivationMeasuresResult> r = ActivationMeasures.measure(f, MAR_31);
      assertThat(r.results()).extracting(x -> x.ruleId().value()).containsExactly("ACT-6");
      assertThat(r.decision().daysActivated()).contains(7L);
      assertThat(r.decision().citizens()).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnknownMeasureIsTheCallersMistake() {
      assertThatThrownBy(
              () ->
                  new ActivationMeasuresFacts(
                      MAR_31, MAR_1, List.of(), List.of(), List.of(), List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("before its start");
      assertThatThrownBy(
              () ->
                  new ActivationMeasuresFacts(
                      MAR_1, MAR_31, List.of(), List.of(), List.of(), List.of(), List.of("ACT-8")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ACT-8");
      assertThatThrownBy(() -> ActivationMeasures.daysActivated(List.of(), DatePeriod.from(MAR_1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class PersonalData {
    @Test
    void noRecordShowsItsCitizenInItsText() {
      Activation a =
          activation(ANNE, "2022-03-01", "2022-03-10").withHoursPerWeek(new BigDecimal("37"));
      Conversation c = Conversation.of(ANNE, MAR_1, "Jobsamtale");
      AidExpense e = AidExpense.of(ANNE, MAR_1, Money.parse("10"));
      ActivationMeasuresFacts f = facts(List.of(a), List.of(), List.of(c), List.of(e));
      for (Object o : List.of(a, c, e, f)) {
        assertThat(o.toString()).doesNotContain("0101801111", "010180", "1111");
      }
    }

    @Test
    void anInvalidActivationSaysWhatIsWrongWithoutTheCitizen() {
      assertThatThrownBy(() -> activation(ANNE, "2022-03-10", "2022-03-01"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("before start")
          .hasMessageNotContaining("0101801111")
          .hasMessageNotContaining("010180");
      assertThatThrownBy(
              () -> activation(ANNE, "2022-03-10", null).withHoursPerWeek(new BigDecimal("-1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("010180");
    }

    @Test
    void noMessageOfTheExampleCarriesACitizen() throws Exception {
      ActivationMeasuresFacts f;
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("dk/dfdgrules/rules/flis/activation-measures-example.json")) {
        f = DfdgJson.mapper().readValue(in, ActivationMeasuresFacts.class);
      }
      Answer<ActivationMeasuresResult> r = ActivationMeasures.measure(f, MAR_31);
      for (RuleResult x : r.results()) {
        x.explanation()
            .ifPresent(
                m ->
                    assertThat(Messages.danish(m) + Messages.english(m))
                        .doesNotContain("010180", "020280", "030380"));
      }
    }
  }

  /** Numbers of a few bytes that once took minutes and gigabytes, and messages of megabytes. */
  @Nested
  class ExtremeNumbers {

    private static final String FACTS =
        "{\"from\": \"2022-03-01\", \"to\": \"2022-03-31\", \"activations\": [%s],"
            + " \"aidExpenses\": [%s]}";

    private ActivationMeasuresFacts read(String activation, String expense) throws Exception {
      return DfdgJson.mapper()
          .readValue(String.format(FACTS, activation, expense), ActivationMeasuresFacts.class);
    }

    @ParameterizedTest(name = "cost: {0} is rejected at once with a short message")
    @ValueSource(strings = {"1e100000000", "1e-10000000", "1e-1618990539", "-1e100000000"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // hang guard: 1e100000000 took 84 s and 1.7 GB
    void anExtremeCostIsRejectedAtOnceWithAShortMessage(String cost) {
      String expense =
          "{\"citizen\": \"0202802222\", \"date\": \"2022-03-20\", \"cost\": " + cost + "}";
      assertThatThrownBy(() -> read("", expense))
          .isInstanceOf(JsonProcessingException.class)
          .message()
          .hasSizeLessThan(1_000)
          .contains("at most")
          .doesNotContain("00000", "1618990539", "0202802222");
    }

    @ParameterizedTest(name = "hoursPerWeek: {0} is rejected at once with a short message")
    @ValueSource(strings = {"1e100000000", "1e-10000000", "168.0000001", "-1", "169"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hoursOutsideAWeekAreRejectedAtOnceWithAShortMessage(String hours) {
      String activation =
          "{\"citizen\": \"0101801111\", \"start\": \"2022-03-01\", \"status\": \"Optaget\","
              + " \"hoursPerWeek\": "
              + hours
              + "}";
      assertThatThrownBy(() -> read(activation, ""))
          .isInstanceOf(JsonProcessingException.class)
          .message()
          .hasSizeLessThan(1_000)
          .contains("hoursPerWeek must be from 0 to 168")
          .doesNotContain("00000", "0101801111");
    }

    @Test
    void theLargestHoursAndCostsAreMeasured() throws Exception {
      ActivationMeasuresFacts f =
          read(
              "{\"citizen\": \"0101801111\", \"start\": \"2022-03-01\", \"status\":"
                  + " \"Optaget\", \"hoursPerWeek\": 168.000000}",
              "{\"citizen\": \"0101801111\", \"date\": \"2022-03-20\", \"cost\": 999999999999999.990},"
                  + "{\"citizen\": \"0101801111\", \"date\": \"2022-03-21\", \"cost\": -999999999999999.99}");
      ActivationMeasuresResult m = ActivationMeasures.measure(f, MAR_31).decision();
      assertThat(m.hoursPerWeek()).contains(new BigDecimal("168.000000"));
      assertThat(m.aidCosts()).contains(Money.ZERO);
    }

    @Test
    void aCostOfMoreThanFifteenDigitsOfKronerIsRejectedSoThatNoSumExceedsMoney() {
      Money quadrillion = Money.of(BigDecimal.TEN.pow(15));
      CprNumber anne = ANNE;
      assertThatThrownBy(() -> AidExpense.of(anne, MAR_31, quadrillion))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cost has at most 15 digits of kroner");
      assertThatThrownBy(() -> AidExpense.of(anne, MAR_31, quadrillion.negate()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
