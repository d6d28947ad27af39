/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Rule;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.VersionedRule;
import dk.dfdgrules.core.time.DatePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * DRM-10 — the history window of a DREAM data package. Two versions, chosen by the evaluation date
 * (the day of the delivery run):
 *
 * <ul>
 *   <li><b>before the switch</b>: the FLIS datamarts hold data from 2007 onwards — the package for
 *       data month M holds 2007-01-01 up to the end of M. Source: FLIS-DREAM §3 "I FLIS
 *       datamarterne vil data være tilgængelige fra 2007 og frem".
 *   <li><b>from the switch</b>: at most 11 years — 1 January of (year of M − 10) up to the end of
 *       M. Source: FLIS-DREAM §3 "der altid kun er op til 11 års data i DREAM – eks. Når december
 *       datapakken for december 2020 leveres ved februar kørslen 2021 vil den indeholde alle data
 *       for perioden 2010 – 2020".
 * </ul>
 *
 * <p>The change was decided early 2020; the first example is the February 2021 run. The switch date
 * is a parameter; <em>interpretation</em>: the default is {@link
 * Sources#DREAM_HISTORY_WINDOW_CHANGE} (2021-02-01, the run of the source's first example), the
 * switch of {@link DreamRules#DRM_10}. {@link #withSwitch(LocalDate)} gives the same rule — same
 * id, same citations, deriving {@link #WINDOW} — with a caller's switch date.
 */
public final class HistoryWindowRule {

  /** The default switch date: {@link Sources#DREAM_HISTORY_WINDOW_CHANGE}, 2021-02-01. */
  public static final LocalDate DEFAULT_SWITCH = Sources.DREAM_HISTORY_WINDOW_CHANGE;

  /**
   * The first day of the datamarts before the switch: {@link Sources#FLIS_DATAMART_START},
   * 2007-01-01.
   */
  public static final LocalDate DATAMART_START = Sources.FLIS_DATAMART_START;

  /** The number of full calendar years before the data month's year kept after the switch. */
  public static final int YEARS_BACK = 10;

  /** DRM-10: the history window of the data package for a data month. */
  public static final DerivedKey<DatePeriod> WINDOW = DerivedKey.of("window", DatePeriod.class);

  private final VersionedRule<YearMonth> rule;

  private HistoryWindowRule(LocalDate switchDate) {
    requireNonNull(switchDate, "switchDate");
    List<RuleVersion> standard = DreamRules.DRM_10.versions();
    this.rule =
        Rule.define(DreamRules.DRM_10.id().value(), YearMonth.class)
            .before(switchDate, standard.get(0).citation(), HistoryWindowRule::beforeSwitch)
            .since(switchDate, standard.get(1).citation(), HistoryWindowRule::sinceSwitch)
            .build();
  }

  /**
   * The rule with the default switch date.
   *
   * @return the rule
   */
  public static HistoryWindowRule standard() {
    return new HistoryWindowRule(DEFAULT_SWITCH);
  }

  /**
   * The rule with a caller's switch date.
   *
   * @param switchDate the first run day of the 11-year window
   * @return the rule
   */
  public static HistoryWindowRule withSwitch(LocalDate switchDate) {
    return new HistoryWindowRule(switchDate);
  }

  /** The version before the switch: from the datamarts' first day. */
  static RuleResult beforeSwitch(YearMonth m, RuleVersion v, EvaluationContext ctx) {
    return result(v, DATAMART_START, m);
  }

  /** The version since the switch: 11 years. */
  static RuleResult sinceSwitch(YearMonth m, RuleVersion v, EvaluationContext ctx) {
    return result(v, LocalDate.of(m.getYear() - YEARS_BACK, 1, 1), m);
  }

  private static RuleResult result(RuleVersion v, LocalDate from, YearMonth m) {
    DatePeriod window = DatePeriod.of(from, m.atEndOfMonth());
    return RuleResult.builder(v)
        .derived(WINDOW, window, Message.of("DRM-10.window", "label", v.label()))
        .explanation(
            Message.of("DRM-10.explanation", "month", m, "from", from, "to", m.atEndOfMonth()))
        .build();
  }

  /**
   * The window of the package for a data month, delivered by a run on a date.
   *
   * @param dataMonth the last month of data (M)
   * @param runDate the day of the delivery run (the evaluation date)
   * @return the result, with the derived value {@link #WINDOW}
   */
  public RuleResult evaluate(YearMonth dataMonth, LocalDate runDate) {
    return rule.evaluate(dataMonth, EvaluationContext.on(runDate));
  }

  /**
   * The window as a period.
   *
   * @param dataMonth the last month of data
   * @param runDate the day of the delivery run
   * @return the period, from the first day to the end of the data month
   */
  public DatePeriod window(YearMonth dataMonth, LocalDate runDate) {
    LocalDate from =
        rule.versionIn(EvaluationContext.on(runDate)).orElseThrow().inForceFrom().isPresent()
            ? LocalDate.of(dataMonth.getYear() - YEARS_BACK, 1, 1)
            : DATAMART_START;
    return DatePeriod.of(from, dataMonth.atEndOfMonth());
  }

  /**
   * The underlying versioned rule.
   *
   * @return the rule
   */
  public VersionedRule<YearMonth> rule() {
    return rule;
  }
}
