/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.core.rule.Violation;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The area yumu-report: the source's messages, every field error at once, no CPR anywhere. */
class YumuRulesTest {

  static final LocalDate WEBINAR = LocalDate.of(2023, 6, 21);
  static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  static YumuReport valid() {
    return YumuReport.of(
        "1122334444",
        "15-12",
        "2022",
        "15-01",
        "2023",
        "TestYdelse",
        "1.234,56",
        List.of("TestYdelse"));
  }

  static Answer<Verdict> validate(YumuReport r) {
    return YumuRules.validate(r, EvaluationContext.on(WEBINAR));
  }

  @Test
  void aValidReportIsAcceptedWithItsAmountAndYearList() {
    Answer<Verdict> a = validate(valid());
    assertThat(a.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(a.decision().isAccepted()).isTrue();
    RuleResult yumu7 = a.results().get(6);
    assertThat(yumu7.value(YumuRules.AMOUNT)).contains(new BigDecimal("1234.56"));
    assertThat(a.results().get(2).value(YumuRules.YEARS)).contains(List.of(2023, 2022, 2021, 2020));
  }

  @Test
  void yumu1to7_everyFieldErrorAtOnceWithItsFieldRuleAndTheSourcesMessage() {
    YumuReport r =
        YumuReport.of("112233-4444", "1-1", "2019", "", "2025", "Andet", "1.234", List.of("X"));
    List<Violation> errors = validate(r).errors();
    assertThat(errors)
        .extracting(v -> v.ruleId().value() + " " + v.path())
        .containsExactly(
            "YUMU-1 cpr",
            "YUMU-2 periodStart",
            "YUMU-3 startYear",
            "YUMU-3 endYear",
            "YUMU-4 periodEnd",
            "YUMU-6 benefit",
            "YUMU-7 amount");
    assertThat(Messages.danish(errors.get(0).message()))
        .isEqualTo("CPR feltet skal udfyldes uden bindestreg og består af 10 tal.");
    assertThat(Messages.danish(errors.get(1).message()))
        .isEqualTo(
            "Periode start feltet skal udfyldes og består af 2 tal for dag, en bindestreg, og 2"
                + " tal for måned. Eksempelvis 12-01 hvor 01 er januar måned.");
    assertThat(Messages.danish(errors.get(2).message()))
        .isEqualTo("Der skal vælges et gyldigt årstal fra årstalslisten.");
    assertThat(Messages.danish(errors.get(4).message()))
        .startsWith("Periode slut feltet skal udfyldes og består af 2 tal for dag");
    assertThat(Messages.danish(errors.get(5).message()))
        .isEqualTo("Der skal vælges en gyldig ydelse fra ydelseslisten.");
    assertThat(Messages.danish(errors.get(6).message()))
        .startsWith(
            "Beløb feltet skal udfyldes, på et beløb i kroner, med en værdi på 0.01 krone eller"
                + " større. Ikke i kilden:")
        .contains("tvetydigt");
    assertThat(Messages.english(errors.get(6).message())).contains("ambiguous");
  }

  @Test
  void yumu5_aNonDateAndAnEndBeforeStartNameTheirFields() {
    YumuReport r =
        YumuReport.of("1122334444", "30-02", "2023", "29-02", "2022", "X", "1", List.of("X"));
    assertThat(validate(r).errors())
        .extracting(v -> v.ruleId().value() + " " + v.path())
        .containsExactly("YUMU-5 periodStart", "YUMU-5 periodEnd");
    YumuReport backwards =
        YumuReport.of("1122334444", "02-02", "2022", "01-02", "2022", "X", "1", List.of("X"));
    assertThat(validate(backwards).errors())
        .extracting(v -> v.ruleId().value() + " " + v.path())
        .containsExactly("YUMU-5 periodEnd");
    assertThat(Messages.danish(validate(backwards).errors().get(0).message()))
        .contains("2022-02-01", "2022-02-02", "Ikke i kilden");
  }

  @Test
  void yumu8_aReportOffTheListCannotBeEdited() {
    YumuReport r = valid().withCreated(LocalDate.of(2023, 3, 7));
    Answer<Verdict> a = YumuRules.validate(r, EvaluationContext.on(LocalDate.of(2024, 2, 1)));
    assertThat(a.errors()).extracting(Violation::path).contains("created");
    assertThat(a.results().get(7).value(YumuRules.STATE)).contains(YumuLifeCycle.State.EMPTIED);
    YumuReport wrongRun = r.withJanuaryRunFinished(LocalDate.of(2025, 1, 10));
    assertThat(validate(wrongRun).errors())
        .extracting(v -> v.ruleId().value() + " " + v.path())
        .containsExactly("YUMU-8 januaryRunFinished");
  }

  @Test
  void yumu3_aDepthOutsideTheBoundIsAnErrorOnYearDepth() {
    assertThat(validate(valid().withYearDepth(101)).errors())
        .extracting(v -> v.ruleId().value() + " " + v.path())
        .containsExactly("YUMU-3 yearDepth");
  }

  @Test
  void toStringShowsNoFieldsText() {
    YumuReport r =
        YumuReport.of("1122334444", "2837000000", "2022", "15-01", "2023", "B", "1", List.of());
    assertThat(r.toString()).doesNotContainPattern("\\d{6}").contains("cpr", "filled in");
  }

  // ---- properties ----

  /** Form texts: valid and invalid, CPR numbers typed into any field among them. */
  Gen<Optional<String>> texts() {
    return Gens.oneOf(
        Gens.constant(Optional.<String>empty()),
        Gens.elements(
                "1122334444",
                "2837000000",
                "112233-4444",
                "15-12",
                "29-02",
                "30-02",
                "1-1",
                "2020",
                "2023",
                "2024",
                "0999",
                "1.234,56",
                "1.234",
                "0,00",
                "120",
                "TestYdelse",
                "",
                " ")
            .map(Optional::of),
        Gens.strings("0123456789-.,", 0, 14).map(Optional::of));
  }

  /** The fields of {@link #valid()}, in the record's order. */
  static final List<String> VALID_FIELDS =
      List.of("1122334444", "15-12", "2022", "15-01", "2023", "TestYdelse", "1.234,56");

  /** Reports whose fields are each the valid one or, one time in three, any text. */
  Gen<YumuReport> reports() {
    Gen<List<String>> fields = Gens.lists(texts().map(o -> o.orElse("")), 7, 7);
    Gen<List<Integer>> keep = Gens.lists(Gens.integers(0, 20), 7, 7);
    return Gens.zip(
        fields,
        keep,
        Gens.booleans(),
        Gens.dates(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 3, 1)),
        (random, k, withList, created) -> {
          List<String> f = new ArrayList<>();
          for (int i = 0; i < 7; i++) {
            f.add(k.get(i) < 18 ? VALID_FIELDS.get(i) : random.get(i));
          }
          return new YumuReport(
              opt(f.get(0)),
              opt(f.get(1)),
              opt(f.get(2)),
              opt(f.get(3)),
              opt(f.get(4)),
              opt(f.get(5)),
              opt(f.get(6)),
              withList ? Optional.of(List.of("TestYdelse", "Sygedagpenge")) : Optional.empty(),
              created.getDayOfMonth() < 8 ? Optional.of(created) : Optional.empty(),
              Optional.empty(),
              Optional.empty());
        });
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  @Property(tries = 500)
  void everyViolationNamesAFieldAndARuleAndNoMessageHoldsTenDigits(
      @ForAll("reports") YumuReport report) {
    Answer<Verdict> a = validate(report);
    Statistics.cover(5, a.errors().isEmpty(), "valid");
    Set<String> fields =
        Set.of(
            "cpr",
            "periodStart",
            "startYear",
            "periodEnd",
            "endYear",
            "benefit",
            "amount",
            "created",
            "januaryRunFinished",
            "yearDepth");
    for (RuleResult r : a.results()) {
      for (Violation v : r.violations()) {
        assertThat(v.path()).isIn(fields);
        assertThat(v.ruleId().value()).startsWith("YUMU-");
        for (String text : List.of(Messages.danish(v.message()), Messages.english(v.message()))) {
          assertThat(text).isNotBlank().doesNotContainPattern(TEN_DIGITS);
        }
      }
      r.explanation()
          .ifPresent(m -> assertThat(Messages.danish(m)).doesNotContainPattern(TEN_DIGITS));
    }
    assertThat(report.toString()).doesNotContainPattern(TEN_DIGITS);
  }

  @Property(tries = 200)
  void theViolationsDoNotDependOnTheOrderOfTheCitizensBenefits(
      @ForAll("reports") YumuReport report) {
    Set<String> before = violations(report);
    List<String> reversed = new ArrayList<>(report.citizenBenefits().orElse(List.of()));
    Collections.reverse(reversed);
    YumuReport other =
        new YumuReport(
            report.cpr(),
            report.periodStart(),
            report.startYear(),
            report.periodEnd(),
            report.endYear(),
            report.benefit(),
            report.amount(),
            report.citizenBenefits().map(l -> reversed),
            report.created(),
            report.januaryRunFinished(),
            report.yearDepth());
    assertThat(violations(other)).isEqualTo(before);
  }

  private static Set<String> violations(YumuReport r) {
    Set<String> out = new TreeSet<>();
    validate(r).errors().forEach(v -> out.add(v.ruleId() + " " + v.path()));
    return out;
  }
}
