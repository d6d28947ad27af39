/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.core.rule.RuleResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LisRulesTest {

  static final LocalDate ON = LocalDate.of(2023, 6, 21);

  /** The source's first sample row (6600765512), with a CPR number added. */
  static Map<String, String> sampleRow() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Beregnings ID", "6600765512");
    m.put("Uge", "2020-08-31");
    m.put("CPR nummer", "0101901234");
    m.put("Ydelse", "Dagpenge, 80 pct. kommunal medfi");
    m.put("Indberetter Ekstern ID", "MAF20230503.txt");
    m.put("Indberetning udbetalingsbeløb", "909,60 kr.");
    m.put("Posteringskonto for indberetning", "star:konto:01.02");
    m.put("Finansieringsbeløb", "-145,54 kr.");
    m.put("Funktionsområde", "5.57.78.1.015");
    return m;
  }

  static RuleResult eval(dk.dfdgrules.core.rule.Rule<LisRowFacts> rule, Map<String, String> row) {
    return rule.evaluate(LisRowFacts.of(row), ON);
  }

  @Test
  void lis1TheWeekOf2019_02_01To03Is2019_01_28AMonday() {
    assertThat(LisValues.parseWeek("2019-01-28")).isEqualTo(LocalDate.of(2019, 1, 28));
    assertThat(LisValues.parseWeek("2019-01-28T00:00:00")).isEqualTo(LocalDate.of(2019, 1, 28));
    assertThat(LisValues.crossesMonth(LocalDate.of(2019, 1, 28))).isTrue();
    assertThatThrownBy(() -> LisValues.parseWeek("2019-02-01"))
        .isInstanceOfSatisfying(
            LisValueException.class,
            e -> assertThat(e.problem()).isEqualTo(LisProblem.WEEK_NOT_A_MONDAY));
  }

  @ParameterizedTest
  @CsvSource({
    "2020-08-31,2020-08-31",
    "2020-08-31T00:00:00,2020-08-31",
    "' 2020-08-31T00:00 ',2020-08-31",
    "2020-08-31 00:00:00.000,2020-08-31"
  })
  void lis1AcceptsADateOrADateTime(String text, LocalDate monday) {
    assertThat(LisValues.parseWeek(text)).isEqualTo(monday);
  }

  @ParameterizedTest
  @CsvSource({
    "2020-09-01,WEEK_NOT_A_MONDAY",
    "2020-08-30T00:00:00,WEEK_NOT_A_MONDAY",
    "2020-02-30,WEEK_NOT_A_DATE",
    "31-08-2020,WEEK_NOT_A_DATE",
    "2020-08-31T24:00:00,WEEK_NOT_A_DATE",
    "2020-08-31X,WEEK_NOT_A_DATE",
    "２020-08-31,WEEK_NOT_A_DATE",
    "'',WEEK_NOT_A_DATE"
  })
  void lis1RejectsWithAReason(String text, LisProblem problem) {
    assertThatThrownBy(() -> LisValues.parseWeek(text))
        .isInstanceOfSatisfying(
            LisValueException.class, e -> assertThat(e.problem()).isEqualTo(problem))
        .hasMessageNotContaining(text.isEmpty() ? "\u0000" : text);
  }

  @Test
  void lis1AsARuleDerivesTheMondayOrAnErrorWithTheColumnNotTheValue() {
    assertThat(eval(LisRules.LIS_1, sampleRow()).value(LisRules.WEEK))
        .contains(LocalDate.of(2020, 8, 31));
    Map<String, String> row = sampleRow();
    row.put("Uge", "2020-09-01");
    RuleResult r = eval(LisRules.LIS_1, row);
    assertThat(r.isViolated()).isTrue();
    assertThat(r.errors().get(0).message().key()).isEqualTo("LIS-1.WEEK_NOT_A_MONDAY");
    assertThat(r.errors().get(0).path()).isEqualTo("Uge");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "909,60 kr.|90960",
        "-145,54 kr.|-14554",
        "1.740,96 kr.|174096",
        "-72,77 kr.|-7277",
        "0,5|50",
        "12|1200",
        "1.234.567,00kr|123456700",
        "' 314,50 KR. '|31450",
        "999.999.999.999.999,99 kr.|99999999999999999"
      })
  void lis2ReadsTheSourcesAmountsExactly(String text, long oere) {
    assertThat(LisValues.parseOere(text)).isEqualTo(oere);
    assertThat(LisValues.parseAmount(text)).isEqualTo(BigDecimal.valueOf(oere, 2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|AMOUNT_EMPTY",
        "' kr.'|AMOUNT_NO_DIGITS",
        "-|AMOUNT_NO_DIGITS",
        ",50|AMOUNT_NO_DIGITS",
        "1740.96|AMOUNT_GROUPING",
        "1.74,96|AMOUNT_GROUPING",
        "1740.960,00|AMOUNT_GROUPING",
        ".740,96|AMOUNT_GROUPING",
        "1,234|AMOUNT_DECIMALS",
        "12,|AMOUNT_DECIMALS",
        "12,3a|AMOUNT_CHARACTER",
        "1 740,96|AMOUNT_CHARACTER",
        "--5,00|AMOUNT_CHARACTER",
        "5,00-|AMOUNT_CHARACTER",
        "+5,00|AMOUNT_CHARACTER",
        "١٢٣|AMOUNT_CHARACTER",
        "5,00 EUR|AMOUNT_CHARACTER",
        "1234567890123456|AMOUNT_TOO_LARGE",
        "123456789012345678901234567890123|AMOUNT_TOO_LONG"
      })
  void lis2RejectsAMalformedAmountWithAClearReason(String text, LisProblem problem) {
    assertThatThrownBy(() -> LisValues.parseOere(text))
        .isInstanceOfSatisfying(
            LisValueException.class, e -> assertThat(e.problem()).isEqualTo(problem))
        .hasMessage(problem.reason());
  }

  @Test
  void lis2FormatsAsTheFileDoes() {
    assertThat(LisValues.formatOere(174096)).isEqualTo("1.740,96 kr.");
    assertThat(LisValues.formatOere(-14554)).isEqualTo("-145,54 kr.");
    assertThat(LisValues.formatOere(5)).isEqualTo("0,05 kr.");
    assertThat(LisValues.formatOere(100_000_000)).isEqualTo("1.000.000,00 kr.");
  }

  @Test
  void lis2AsARuleDerivesEveryAmountOrAnErrorNamingTheColumn() {
    RuleResult ok = eval(LisRules.LIS_2, sampleRow());
    assertThat(ok.value(LisRules.AMOUNT.at("Indberetning udbetalingsbeløb")))
        .contains(new BigDecimal("909.60"));
    assertThat(ok.value(LisRules.AMOUNT.at("Finansieringsbeløb")))
        .contains(new BigDecimal("-145.54"));
    Map<String, String> row = sampleRow();
    row.put("Finansieringsbeløb", "-145.54");
    RuleResult bad = eval(LisRules.LIS_2, row);
    assertThat(bad.errors()).hasSize(1);
    assertThat(bad.errors().get(0).message().key()).isEqualTo("LIS-2.AMOUNT_GROUPING");
    assertThat(bad.errors().get(0).path()).isEqualTo("amounts[Finansieringsbeløb]");
  }

  @Test
  void lis3TheSourcesRowsAreMafAndOthersAreNot() {
    assertThat(LisValues.isMaf("MAF20230503.txt", "star:konto:01.02")).isTrue();
    assertThat(LisValues.isMaf(" MAF20230503.txt ", "star:konto:01.02")).isTrue();
    assertThat(LisValues.isMaf("MAF20230503.txt", "star:konto:01.01")).isFalse();
    assertThat(LisValues.isMaf("KMD123.txt", "star:konto:01.02")).isFalse();
    assertThat(eval(LisRules.LIS_3, sampleRow()).value(LisRules.MAF)).contains(true);
    Map<String, String> row = sampleRow();
    row.remove("Indberetter Ekstern ID");
    assertThat(eval(LisRules.LIS_3, row).value(LisRules.MAF)).contains(false);
  }

  @Test
  void lis4TheDefaultMappingOfTheSourcesColumnsIsPayoutPlusFinancing() {
    NetExpenseMapping m = NetExpenseMapping.defaultFor(sampleRow().keySet());
    assertThat(m.toString()).isEqualTo("Indberetning udbetalingsbeløb + Finansieringsbeløb");
    assertThat(eval(LisRules.LIS_4, sampleRow()).value(LisRules.NET_EXPENSE))
        .contains(new BigDecimal("764.06"));
  }

  @Test
  void lis4WithTheExportsColumnsTheDefaultIsCalculatedPayoutMinusRefusion() {
    NetExpenseMapping m =
        NetExpenseMapping.defaultFor(
            List.of("Uge", "Beregnet udbetalingsbeløb", "REFUSIONSBELØB", "Medfinansieringsbeløb"));
    assertThat(m.toString()).isEqualTo("Beregnet udbetalingsbeløb - Refusionsbeløb");
  }

  @Test
  void lis4TheMappingIsAParameterAndRoundTrips() {
    NetExpenseMapping m =
        NetExpenseMapping.parse("Indberetning udbetalingsbeløb - Finansieringsbeløb");
    assertThat(NetExpenseMapping.parse(m.toString())).isEqualTo(m);
    assertThat(NetExpenseMapping.parse("-Refusionsbeløb").toString()).isEqualTo("- Refusionsbeløb");
    RuleResult r = LisRules.LIS_4.evaluate(new LisRowFacts(sampleRow(), Optional.of(m)), ON);
    assertThat(r.value(LisRules.NET_EXPENSE)).contains(new BigDecimal("1055.14"));
    assertThatThrownBy(() -> NetExpenseMapping.parse("Uge + uge"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NetExpenseMapping.parse("Uge + "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lis4AMissingOrMalformedColumnOfTheMappingIsAnError() {
    Map<String, String> row = sampleRow();
    row.remove("Finansieringsbeløb");
    RuleResult r = eval(LisRules.LIS_4, row);
    assertThat(r.errors()).extracting(v -> v.message().key()).containsExactly("LIS-4.missing");
    row.put("Finansieringsbeløb", "abc");
    assertThat(eval(LisRules.LIS_4, row).errors())
        .extracting(v -> v.message().key())
        .containsExactly("LIS-2.AMOUNT_CHARACTER");
  }

  @Test
  void lis5TheSourcesTwoRowsOf2020_09_28AreASplitWeekNotADuplicate() {
    Map<String, String> row = sampleRow();
    row.put("Uge", "2020-09-28");
    assertThat(eval(LisRules.LIS_5, row).value(LisRules.SPLIT_WEEK)).contains(true);
    // the first sample row's week, 31 August – 6 September, crosses a month as well: its
    // Finansieringsbeløb -145,54 kr. is 6/7 of the whole week's -169,79 kr. within an øre
    // (1–6 September)
    assertThat(eval(LisRules.LIS_5, sampleRow()).value(LisRules.SPLIT_WEEK)).contains(true);
    row.put("Uge", "2020-09-07");
    assertThat(eval(LisRules.LIS_5, row).value(LisRules.SPLIT_WEEK)).contains(false);
    row.put("Uge", "2020-09-29");
    assertThat(eval(LisRules.LIS_5, row).isUndetermined()).isTrue();
    assertThat(LisValues.crossesMonth(LocalDate.of(2020, 9, 21))).isFalse();
    assertThat(LisValues.crossesMonth(LocalDate.of(2019, 1, 28))).isTrue();
  }

  @Test
  void noMessageNorToStringHoldsTheCprNumber() {
    LisRowFacts facts = LisRowFacts.of(sampleRow());
    assertThat(facts.toString()).doesNotContain("0101901234");
    assertThat(facts.field("CPR nummer")).isEmpty();
    for (var rule : LisRules.ALL) {
      RuleResult r = rule.evaluate(facts, ON);
      assertThat(r.toString()).doesNotContain("0101901234");
      r.violations()
          .forEach(
              v ->
                  assertThat(Messages.format(v.message(), Locale.ENGLISH))
                      .doesNotContain("0101901234"));
    }
  }
}
