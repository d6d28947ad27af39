/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a cell is shown: a count with the language's digit grouping, a share as a percentage with one
 * decimal (rounded half-even from the CSV's four decimals, so that it is the CSV's value as a
 * percentage), a suppressed count as {@code <N}, a hidden share as {@value
 * Suppression#HIDDEN_SHARE}, a share without base as {@value #NO_SHARE}.
 */
public final class CellText {

  /** What a share without a base (0 persons) shows. */
  public static final String NO_SHARE = "–";

  private CellText() {}

  /**
   * The text of a cell.
   *
   * @param c the cell
   * @param locale Danish ({@code 20,7 %}, {@code 1.234}) or English ({@code 20.7%}, {@code 1,234})
   * @param s the suppression
   * @return the text
   */
  public static String of(Cell c, Locale locale, Suppression s) {
    return switch (c.kind()) {
      case TEXT -> c.text();
      case COUNT -> s.hides(c.numerator()) ? s.hiddenCount() : count(c.numerator(), locale);
      case SHARE -> {
        if (s.hidesShare(c.numerator(), c.denominator())) {
          yield Suppression.HIDDEN_SHARE;
        }
        yield c.value().map(v -> percent(v, locale)).orElse(NO_SHARE);
      }
    };
  }

  /**
   * A count with the language's digit grouping.
   *
   * @param n the count
   * @param locale the language
   * @return the text
   */
  public static String count(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /**
   * A ratio as a percentage with one decimal, rounded half-even.
   *
   * @param ratio the ratio, e.g. 0.2069
   * @param locale the language
   * @return e.g. {@code 20,7 %} or {@code 20.7%}
   */
  public static String percent(BigDecimal ratio, Locale locale) {
    String p = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return locale.getLanguage().equals("en") ? p + "%" : p.replace('.', ',') + " %";
  }
}
