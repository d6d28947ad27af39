/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.time.YearMonth;

/**
 * DRM-11 — the delivery lag: data up to and including month M are delivered with the run two months
 * later (data to December 2019 at the February 2020 run). The whole data set is replaced each month
 * (full refresh).
 *
 * <p>Source: FLIS-DREAM §5 "data til og med december 2019 vil blive leveret ved februar kørslen der
 * leveres i slutningen af februar"; "Hele DREAM datasættet erstattes hver måned i en fuld
 * opdatering".
 *
 * <p>As a rule: {@link DreamRules#DRM_11}, deriving {@link #RUN_MONTH} of a last data month.
 */
public final class DeliveryLag {

  /** The lag in months between the last data month and its run. */
  public static final int LAG_MONTHS = 2;

  /** DRM-11: the month of the run that delivers data up to a month. */
  public static final DerivedKey<YearMonth> RUN_MONTH = DerivedKey.of("runMonth", YearMonth.class);

  private DeliveryLag() {}

  /**
   * The month of the run that delivers data up to a month.
   *
   * @param dataMonth the last month of data
   * @return the run month (December 2019 → February 2020)
   */
  public static YearMonth runMonthOf(YearMonth dataMonth) {
    return dataMonth.plusMonths(LAG_MONTHS);
  }

  /**
   * The last data month a run delivers.
   *
   * @param runMonth the month of the run
   * @return the last data month (February 2020 → December 2019)
   */
  public static YearMonth lastDataMonthOf(YearMonth runMonth) {
    return runMonth.minusMonths(LAG_MONTHS);
  }

  /** DRM-11 on a last data month. */
  static RuleResult evaluate(YearMonth dataMonth, RuleVersion version) {
    YearMonth run = runMonthOf(dataMonth);
    return RuleResult.builder(version)
        .derived(RUN_MONTH, run, Message.of("DRM-11.runMonth", "months", LAG_MONTHS))
        .explanation(Message.of("DRM-11.explanation", "month", dataMonth, "run", run))
        .build();
  }
}
