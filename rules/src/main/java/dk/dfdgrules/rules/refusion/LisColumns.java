/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import java.util.List;

/**
 * The column names of YR's LIS raw data, as the source writes them (the webinar's data guide and
 * sample), and the extra columns of the monthly export that the specification adds. Readers match
 * them ignoring case and surrounding blanks, in any order.
 */
public final class LisColumns {

  private LisColumns() {}

  /** {@value}: the calculation's unique id (a 64-bit integer). */
  public static final String CALCULATION_ID = "Beregnings ID";

  /** {@value}: the Monday of the week the calculation covers (LIS-1). */
  public static final String WEEK = "Uge";

  /** {@value}: the citizen's CPR number, without hyphen; personal data. */
  public static final String CPR = "CPR nummer";

  /** {@value}: the benefit, the grouping of the calculation (up to 755 characters). */
  public static final String BENEFIT = "Ydelse";

  /** {@value}: the reporter's CVR number. */
  public static final String CVR = "CVR nummer";

  /** {@value}: the reporter's external id ({@code MAF20230503.txt} on MAF rows, LIS-3). */
  public static final String REPORTER_EXTERNAL_ID = "Indberetter Ekstern ID";

  /** {@value}: the reported payout. */
  public static final String REPORTED_PAYOUT = "Indberetning udbetalingsbeløb";

  /** {@value}: the posting account ({@code star:konto:01.02} on MAF rows, LIS-3). */
  public static final String POSTING_ACCOUNT = "Posteringskonto for indberetning";

  /** {@value}: the financing amount (negative in the source's sample). */
  public static final String FINANCING = "Finansieringsbeløb";

  /** {@value}: the function area of the municipal chart of accounts. */
  public static final String FUNCTION_AREA = "Funktionsområde";

  /** {@value}: the calculated payout (the monthly export). */
  public static final String CALCULATED_PAYOUT = "Beregnet udbetalingsbeløb";

  /** {@value}: the refusion rate (the monthly export). */
  public static final String REFUSION_RATE = "Refusionssats";

  /** {@value}: the refusion amount (the monthly export). */
  public static final String REFUSION = "Refusionsbeløb";

  /** {@value}: the co-financing rate (the monthly export). */
  public static final String COFINANCING_RATE = "Medfinansieringssats";

  /** {@value}: the co-financing amount (the monthly export). */
  public static final String COFINANCING = "Medfinansieringsbeløb";

  /** The columns that hold amounts (LIS-2), in the order above. */
  public static final List<String> AMOUNTS =
      List.of(REPORTED_PAYOUT, FINANCING, CALCULATED_PAYOUT, REFUSION, COFINANCING);
}
