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
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRM-2 — weeks and calendar of DREAM: ISO-8601 weeks; the weekly column {@code y_YYWW} (YY below
 * 90 is 20YY, otherwise 19YY; a week 53 that the year does not have is invalid); monthly, quarterly
 * and yearly information placed on weeks by the week's Thursday; the first DREAM week 1991-W32
 * (Monday 1991-08-05).
 *
 * <p>Source: FLIS-DREAM §9.3 "Oplysninger på måneds, kvartalsniveau og årsniveau lægges ud på uger
 * ud fra torsdagen i ugen"; §11 "y_ååuu (dvs. y_1326=uge 26 2013)"; §9.2 "y … 1991 uge 32". The
 * arithmetic lives in {@link IsoWeek}; this class names the DREAM facts. As a rule: {@link
 * DreamRules#DRM_2}, deriving {@link #MONTH}, {@link #QUARTER}, {@link #YEAR} and {@link #COLUMN}
 * of a week.
 */
public final class DreamCalendar {

  /** DRM-2: the month of a week, that of its Thursday. */
  public static final DerivedKey<YearMonth> MONTH = DerivedKey.of("month", YearMonth.class);

  /** DRM-2: the quarter of a week, that of its Thursday. */
  public static final DerivedKey<YearQuarter> QUARTER = DerivedKey.of("quarter", YearQuarter.class);

  /** DRM-2: the year of a week, that of its Thursday. */
  public static final DerivedKey<Integer> YEAR = DerivedKey.of("year", Integer.class);

  /** DRM-2: the weekly column of a week, {@code y_YYWW}. */
  public static final DerivedKey<String> COLUMN = DerivedKey.of("column", String.class);

  /** The last week-based year a column {@code y_YYWW} can name (YY below 90 is 20YY). */
  private static final int LAST_COLUMN_YEAR = 2089;

  /** The first week of DREAM: 1991-W32 (FLIS-DREAM §9.2). */
  public static final IsoWeek FIRST_WEEK = IsoWeek.of(1991, 32);

  /** The first quarter of the DSA {@code visit} table: 2014-Q1 (FLIS-DREAM §9.2). */
  public static final YearQuarter FIRST_VISIT_QUARTER = YearQuarter.of(2014, 1);

  private static final Pattern QUARTER_PATTERN = Pattern.compile("(\\d{4})[-_ ]?[QqKk]?([1-4])");

  private DreamCalendar() {}

  /**
   * Parses a quarter as written in a long (DSA) quarterly table such as {@code visit}: four digits
   * of the year, an optional separator ({@code -}, {@code _} or a space), an optional {@code Q} or
   * {@code K} (kvartal) in either case, and the quarter 1–4 — {@code 2014-Q1}, {@code 2014Q1},
   * {@code 2014q1}, {@code 2014K1}, {@code 2014k1}, {@code 2014-K1}, {@code 2014_1}, {@code
   * 2014-1}, {@code 2014 1}, {@code 20141}. Quarterly information is placed on weeks by the week's
   * Thursday ({@link IsoWeek#quarter()}, FLIS-DREAM §9.3).
   *
   * @param text the text; surrounding spaces are ignored
   * @return the quarter, or empty if malformed
   */
  public static Optional<YearQuarter> parseQuarter(String text) {
    Matcher m = QUARTER_PATTERN.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    return year < 1
        ? Optional.empty()
        : Optional.of(YearQuarter.of(year, Integer.parseInt(m.group(2))));
  }

  /**
   * Parses a weekly column name, {@code y_YYWW}.
   *
   * @param column the column name
   * @return the week, or empty if the name is not a weekly column or names no real week (e.g.
   *     {@code y_1953}) or a week before {@link #FIRST_WEEK}
   */
  public static Optional<IsoWeek> parseColumn(String column) {
    try {
      IsoWeek w = IsoWeek.parseDreamColumn(column);
      return w.isBefore(FIRST_WEEK) ? Optional.empty() : Optional.of(w);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a week is inside DREAM's history (from 1991-W32).
   *
   * @param week a week
   * @return true if not before the first week
   */
  public static boolean isDreamWeek(IsoWeek week) {
    return !week.isBefore(FIRST_WEEK);
  }

  /**
   * Parses a week as written in a long (DSA) file: {@code 2019-W38}, {@code 2019W38}, {@code
   * 201938} or {@code y_1938}.
   *
   * @param text the text
   * @return the week, or empty if malformed or not a real week
   */
  public static Optional<IsoWeek> parseWeek(String text) {
    String s = text.trim();
    if (!s.chars().allMatch(c -> c < 0x80)) {
      return Optional.empty(); // digits are ASCII only: Integer.parseInt reads other scripts too
    }
    try {
      if (s.startsWith("y_")) {
        return Optional.of(IsoWeek.parseDreamColumn(s));
      }
      if (s.length() == 8 && s.charAt(4) == '-' && (s.charAt(5) == 'W' || s.charAt(5) == 'w')) {
        return Optional.of(
            IsoWeek.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(6))));
      }
      if (s.length() == 7 && (s.charAt(4) == 'W' || s.charAt(4) == 'w')) {
        return Optional.of(
            IsoWeek.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5))));
      }
      if (s.length() == 6 && s.chars().allMatch(Character::isDigit)) {
        return Optional.of(
            IsoWeek.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4))));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** DRM-2 on one week: its month, quarter and year by its Thursday, and its column. */
  static RuleResult evaluate(IsoWeek week, RuleVersion version) {
    RuleResult.Builder b = RuleResult.builder(version);
    if (!isDreamWeek(week)) {
      return b.error("week", Message.of("DRM-2.beforeFirstWeek", "week", week, "first", FIRST_WEEK))
          .build();
    }
    Message byThursday = Message.of("DRM-2.thursday", "week", week, "thursday", week.thursday());
    b.derived(MONTH, week.yearMonth(), byThursday)
        .derived(QUARTER, week.quarter(), byThursday)
        .derived(YEAR, week.year(), byThursday);
    if (week.weekBasedYear() <= LAST_COLUMN_YEAR) {
      b.derived(COLUMN, week.toDreamColumn(), Message.of("DRM-2.column", "week", week));
    } else {
      b.warning("week", Message.of("DRM-2.noColumn", "week", week));
    }
    return b.explanation(
            Message.of(
                "DRM-2.explanation",
                "week",
                week,
                "thursday",
                week.thursday(),
                "month",
                week.yearMonth(),
                "quarter",
                week.quarter(),
                "year",
                week.year()))
        .build();
  }
}
