/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * LIS-1 … LIS-5, the rules of one row of YR's LIS raw data (rådata), over {@link LisRowFacts}; the
 * functions themselves are in {@link LisValues} and {@link NetExpenseMapping}, and the streaming
 * reader of whole files is {@code dk.dfdgrules.extracts.refusion.LisJob}. Source: the
 * Ydelsesrefusion webinar of 21 June 2023 ({@link Sources#YR_WEBINAR}).
 */
public final class LisRules {

  private LisRules() {}

  /** LIS-1: the week's Monday. */
  public static final DerivedKey<LocalDate> WEEK = DerivedKey.of("Uge", LocalDate.class);

  /** LIS-2: an amount column's value, exact (path {@code amounts[Finansieringsbeløb]}). */
  public static final DerivedKey<BigDecimal> AMOUNT = DerivedKey.of("amounts[]", BigDecimal.class);

  /** LIS-3: whether the row is a MAF calculation. */
  public static final DerivedKey<Boolean> MAF = DerivedKey.of("maf", Boolean.class);

  /** LIS-4: the row's net expense, exact. */
  public static final DerivedKey<BigDecimal> NET_EXPENSE =
      DerivedKey.of("netExpense", BigDecimal.class);

  /** LIS-5: whether the row's week crosses a month change (its calculation may be split). */
  public static final DerivedKey<Boolean> SPLIT_WEEK = DerivedKey.of("splitWeek", Boolean.class);

  private static SourceCitation cite(String section, String quote) {
    return SourceCitation.of(Sources.YR_WEBINAR, section, quote);
  }

  /**
   * LIS-1 — {@code Uge} is the Monday of the week the calculation covers (webinar, the data guide,
   * field B: "Angiver mandagen i den uge, som beregningen dækker over"), written as a date or a
   * date-time ({@link LisValues#parseWeek}). An error when it is missing, not a date or not a
   * Monday; derives {@link #WEEK}.
   */
  public static final Rule<LisRowFacts> LIS_1 =
      Rule.define("LIS-1", LisRowFacts.class)
          .always(
              cite(
                  "Beregning af MAF, datavejledning, felt B",
                  "Uge LocalDate YYYY-MM-ddThh:mm:ss (Time) Angiver mandagen i den uge, som"
                      + " beregningen dækker over."),
              (facts, v, ctx) -> week(facts, v))
          .build();

  /**
   * LIS-2 — amounts are written the Danish way, {@code 909,60 kr.}, {@code -145,54 kr.}, {@code
   * 1.740,96 kr.} (webinar, the sample rows), read exactly with the sign kept ({@link
   * LisValues#parseOere}; the grammar's bounds are <em>not in source</em>). Derives {@link #AMOUNT}
   * for every amount column present and not empty ({@link LisColumns#AMOUNTS}); an error for each
   * malformed one, naming the column and the reason, never the value.
   */
  public static final Rule<LisRowFacts> LIS_2 =
      Rule.define("LIS-2", LisRowFacts.class)
          .always(
              cite(
                  "Beregning af MAF, eksempel",
                  "909,60 kr. star:konto:01.02 -145,54 kr. … 1.740,96 kr. star:konto:01.02"),
              (facts, v, ctx) -> amounts(facts, v))
          .build();

  /**
   * LIS-3 — a MAF calculation is recognised by {@code Indberetter Ekstern ID} {@value
   * LisValues#MAF_REPORTER_EXTERNAL_ID} and {@code Posteringskonto for indberetning} {@value
   * LisValues#MAF_POSTING_ACCOUNT} (webinar, "Hvordan kan man finde MAF-beregninger?"). Derives
   * {@link #MAF}; a MAF row is not checked against any date (its weeks lie in 2020–2021).
   */
  public static final Rule<LisRowFacts> LIS_3 =
      Rule.define("LIS-3", LisRowFacts.class)
          .always(
              cite(
                  "Beregning af MAF",
                  "I rådata-filerne som YR leverer, vil I kunne identificere MAF-beregninger i"
                      + " følgende felter, som vil have den viste værdi: - Indberetter Ekstern ID:"
                      + " MAF20230503.txt - Posteringskonto for indberetning: star:konto:01.02"),
              (facts, v, ctx) -> maf(facts, v))
          .build();

  /**
   * LIS-4 — the net expense, "Nettoudgift (Bruttoudgifter – Refusion)" (webinar, Økonomistyring og
   * beskæftigelsesindsats), of a row: the signed sum of the columns of the {@link
   * NetExpenseMapping} (<em>not in source</em>: which columns, and their signs; default {@link
   * NetExpenseMapping#defaultFor}). Derives {@link #NET_EXPENSE}; an error for each column of the
   * mapping that is missing, empty or malformed. Summed per citizen, benefit and period by the
   * reader.
   */
  public static final Rule<LisRowFacts> LIS_4 =
      Rule.define("LIS-4", LisRowFacts.class)
          .always(
              cite(
                  "Økonomistyring og beskæftigelsesindsats",
                  "Nettoudgift (Bruttoudgifter – Refusion)"),
              (facts, v, ctx) -> net(facts, v))
          .build();

  /**
   * LIS-5 — at a month change a week's calculation is split, and the days of the new month keep the
   * week's Monday (webinar, data guide, field B: "I forbindelse med månedskift vil perioden fra d.
   * 1/2 - 3/2. være med 28/1 (2019)"; the sample's two rows of Uge 2020-09-28): two rows with the
   * same CPR, Uge and Ydelse are legal, not a duplicate. Derives {@link #SPLIT_WEEK} ({@link
   * LisValues#crossesMonth}); undetermined without a valid Uge.
   */
  public static final Rule<LisRowFacts> LIS_5 =
      Rule.define("LIS-5", LisRowFacts.class)
          .always(
              cite(
                  "Beregning af MAF, datavejledning, felt B, og eksempel",
                  "I forbindelse med månedskift vil perioden fra d. 1/2 - 3/2. være med 28/1 (2019)"
                      + " … 6600765516 2020-09-28 … 6600765517 2020-09-28"),
              (facts, v, ctx) -> split(facts, v))
          .build();

  /** The five rules, in order. */
  public static final List<Rule<LisRowFacts>> ALL = List.of(LIS_1, LIS_2, LIS_3, LIS_4, LIS_5);

  /**
   * The area {@code lis-row}: LIS-1 … LIS-5 over one raw-data row (its columns by the source's
   * names, the CPR column left out), for {@code dfdg evaluate lis-row} and case files; a whole file
   * is read by {@code dfdg yr lis}.
   */
  public static final RuleArea<LisRowFacts, Verdict> AREA =
      RuleArea.builder("lis-row", LisRowFacts.class)
          .description(
              "One row of YR's LIS raw data: its week, exact amounts, MAF mark, net expense and"
                  + " split week (LIS-1 … LIS-5)")
          .rules(ALL)
          .example("dk/dfdgrules/rules/refusion/lis-example.json")
          .validates();

  private static RuleResult week(LisRowFacts facts, RuleVersion v) {
    Optional<String> text = facts.field(LisColumns.WEEK);
    if (text.isEmpty()) {
      return RuleResult.undetermined(v, LisColumns.WEEK);
    }
    try {
      LocalDate monday = LisValues.parseWeek(text.orElseThrow());
      return RuleResult.builder(v)
          .derived(WEEK, monday, Message.of("LIS-1.week", "week", monday.toString()))
          .build();
    } catch (LisValueException e) {
      return RuleResult.builder(v)
          .error(LisColumns.WEEK, Message.of(e.problem().key(), "column", LisColumns.WEEK))
          .build();
    }
  }

  private static RuleResult amounts(LisRowFacts facts, RuleVersion v) {
    RuleResult.Builder b = RuleResult.builder(v);
    for (String column : LisColumns.AMOUNTS) {
      Optional<String> text = facts.field(column);
      if (text.isEmpty() || text.orElseThrow().isBlank()) {
        continue;
      }
      try {
        BigDecimal amount = LisValues.parseAmount(text.orElseThrow());
        b.derived(AMOUNT.at(column), amount, Message.of("LIS-2.amount", "column", column));
      } catch (LisValueException e) {
        b.error("amounts[" + column + "]", Message.of(e.problem().key(), "column", column));
      }
    }
    return b.build();
  }

  private static RuleResult maf(LisRowFacts facts, RuleVersion v) {
    boolean maf =
        LisValues.isMaf(
            facts.field(LisColumns.REPORTER_EXTERNAL_ID).orElse(""),
            facts.field(LisColumns.POSTING_ACCOUNT).orElse(""));
    return RuleResult.builder(v)
        .derived(MAF, maf, Message.of(maf ? "LIS-3.maf" : "LIS-3.notMaf"))
        .build();
  }

  private static RuleResult net(LisRowFacts facts, RuleVersion v) {
    NetExpenseMapping mapping = facts.effectiveMapping();
    RuleResult.Builder b = RuleResult.builder(v);
    boolean ok = true;
    for (String column : mapping.columns()) {
      Optional<String> text = facts.field(column);
      if (text.isEmpty()) {
        b.error("amounts[" + column + "]", Message.of("LIS-4.missing", "column", column));
        ok = false;
        continue;
      }
      try {
        LisValues.parseOere(text.orElseThrow());
      } catch (LisValueException e) {
        b.error("amounts[" + column + "]", Message.of(e.problem().key(), "column", column));
        ok = false;
      }
    }
    if (!ok) {
      return b.build();
    }
    long net = mapping.netOere(c -> LisValues.parseOere(facts.field(c).orElseThrow()));
    return b.derived(
            NET_EXPENSE,
            BigDecimal.valueOf(net, 2),
            Message.of("LIS-4.net", "mapping", mapping.toString()))
        .build();
  }

  private static RuleResult split(LisRowFacts facts, RuleVersion v) {
    LocalDate monday;
    try {
      monday = LisValues.parseWeek(facts.field(LisColumns.WEEK).orElse(""));
    } catch (LisValueException e) {
      return RuleResult.undetermined(v, LisColumns.WEEK);
    }
    boolean split = LisValues.crossesMonth(monday);
    return RuleResult.builder(v)
        .derived(
            SPLIT_WEEK,
            split,
            Message.of(
                split ? "LIS-5.split" : "LIS-5.notSplit",
                "week",
                monday.toString(),
                "sunday",
                monday.plusDays(6).toString()))
        .build();
  }
}
