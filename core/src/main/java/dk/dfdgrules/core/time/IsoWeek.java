/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.codelists.internal.Masking;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week: Monday first; week 1 of a year is the week that holds the year's first
 * Thursday; a year has 52 or 53 weeks.
 *
 * <p>DREAM stores one benefit code per person and ISO week, in columns named {@code y_YYWW} ({@code
 * y_1326} = 2013 week 26; YY below 90 is 20YY, otherwise 19YY; FLIS-DREAM §9.2, spec DRM-2).
 * Monthly, quarterly and yearly information is placed on weeks by the week's Thursday (FLIS-DREAM
 * §9.3): a week belongs to the {@linkplain #yearMonth() month}, {@linkplain #quarter() quarter} and
 * {@linkplain #year() year} of its Thursday.
 *
 * <p>Text form: {@code 2019-W38}; {@link #parse(CharSequence)} is the exact inverse of {@link
 * #toString()}. Weeks are ordered in time. "52 weeks later" is {@link #plusWeeks(long)
 * plusWeeks(52)}: 2019-W38 → 2020-W38, but 2020-W38 → 2021-W37, since 2020 has 53 weeks.
 *
 * @param weekBasedYear the ISO week-based year (the year of the week's Thursday), 1–9999
 * @param week the week number within its year, 1 to 52 or 53 (53 only in years that have it)
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DREAM = Pattern.compile("y_(\\d{2})(\\d{2})");

  /** The epoch week of 0001-W01, the first week this type holds. */
  private static final long FIRST_EPOCH_WEEK = new IsoWeek(1, 1).epochWeek();

  /** The epoch week of 9999's last week, the last week this type holds. */
  private static final long LAST_EPOCH_WEEK = new IsoWeek(9999, weeksInYear(9999)).epochWeek();

  /**
   * A week; the same as {@link #of(int, int)}.
   *
   * @throws IllegalArgumentException if the year is out of range or has no such week
   */
  public IsoWeek {
    YearParts.checkYear(weekBasedYear);
    if (week < 1 || (week > 52 && (week != 53 || weeksInYear(weekBasedYear) != 53))) {
      throw new IllegalArgumentException(
          "week must be 1-"
              + weeksInYear(weekBasedYear)
              + " in "
              + weekBasedYear
              + ", was "
              + Masking.mask(String.valueOf(week)));
    }
  }

  /**
   * The week of a week-based year.
   *
   * @param weekBasedYear the ISO week-based year, 1–9999
   * @param week the week, 1 to 52 or 53 (53 only in years that have it)
   * @return the week
   * @throws IllegalArgumentException if the year is out of range or has no such week
   */
  public static IsoWeek of(int weekBasedYear, int week) {
    return new IsoWeek(weekBasedYear, week);
  }

  /**
   * The week a day falls in.
   *
   * @param date any day
   * @return its ISO week
   */
  public static IsoWeek from(LocalDate date) {
    long day = date.toEpochDay();
    // the week's Thursday decides its year; its day of the year, its number
    long thursday = day + 3 - Math.floorMod(day + 3, 7);
    int year = LocalDate.ofEpochDay(thursday).getYear();
    return new IsoWeek(year, (int) ((thursday - jan1(year)) / 7) + 1);
  }

  /** 1 January of a year as days since 1970-01-01, by arithmetic (the proleptic calendar). */
  private static long jan1(int year) {
    long y = year - 1L; // January counts in the year before, from March
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + 306; // 306: March 1 to January 1
    return era * 146097 + doe - 719468;
  }

  /**
   * The number of ISO weeks in a week-based year.
   *
   * @param weekBasedYear a year
   * @return 52 or 53
   */
  public static int weeksInYear(int weekBasedYear) {
    // 53 when 1 January is a Thursday, or a Wednesday in a leap year
    int dow = Math.floorMod(jan1(weekBasedYear) + 3, 7); // 0 = Monday
    boolean leap =
        (weekBasedYear & 3) == 0 && (weekBasedYear % 100 != 0 || weekBasedYear % 400 == 0);
    return dow == 3 || (dow == 2 && leap) ? 53 : 52;
  }

  /**
   * Parses the text form of {@link #toString()}.
   *
   * @param text {@code yyyy-Www}, e.g. {@code 2019-W38}
   * @return the week
   * @throws IllegalArgumentException if the text is not of that form or names no real week
   */
  public static IsoWeek parse(CharSequence text) {
    int[] parts = YearParts.parse(ISO, text, "week must be like 2019-W38");
    return of(parts[0], parts[1]);
  }

  /**
   * Parses a DREAM weekly column name: {@code y_YYWW}; YY below 90 is 20YY, otherwise 19YY.
   *
   * @param column a column name such as {@code y_1326}
   * @return the week
   * @throws IllegalArgumentException if the name is not of that form or names no real week (e.g.
   *     {@code y_1953}: 2019 has no week 53)
   */
  public static IsoWeek parseDreamColumn(CharSequence column) {
    Matcher m = DREAM.matcher(column);
    checkArgument(
        m.matches(), "DREAM week column must be like y_1326, was %s", Masking.echo(column));
    int yy = Integer.parseInt(m.group(1));
    return of(yy < 90 ? 2000 + yy : 1900 + yy, Integer.parseInt(m.group(2)));
  }

  /**
   * The week a number of weeks since 1970-W01 names; inverse of {@link #epochWeek()}.
   *
   * @param epochWeek weeks since the week holding 1970-01-01
   * @return the week
   * @throws IllegalArgumentException if the week is before 0001-W01 or after 9999-W52
   */
  public static IsoWeek ofEpochWeek(long epochWeek) {
    if (epochWeek < FIRST_EPOCH_WEEK || epochWeek > LAST_EPOCH_WEEK) {
      throw new IllegalArgumentException(
          "epoch week "
              + Masking.mask(String.valueOf(epochWeek))
              + " is outside 0001-W01 … 9999-W"
              + weeksInYear(9999));
    }
    return from(LocalDate.ofEpochDay(epochWeek * 7 - 3));
  }

  /**
   * The Monday of the week.
   *
   * @return the first day
   */
  public LocalDate monday() {
    return LocalDate.ofEpochDay(mondayEpochDay());
  }

  /** The Monday as days since 1970-01-01: week 1 is the week of 4 January. */
  private long mondayEpochDay() {
    long jan4 = jan1(weekBasedYear) + 3;
    return jan4 - Math.floorMod(jan4 + 3, 7) + 7L * (week - 1);
  }

  /**
   * The Thursday of the week, the day that places it in a month, quarter and year.
   *
   * @return the Thursday
   */
  public LocalDate thursday() {
    return monday().plusDays(3);
  }

  /**
   * The Sunday of the week.
   *
   * @return the last day
   */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /**
   * The month the week belongs to: the month of its Thursday (FLIS-DREAM §9.3).
   *
   * @return the month
   */
  public YearMonth yearMonth() {
    return YearMonth.from(thursday());
  }

  /**
   * The quarter the week belongs to: the quarter of its Thursday.
   *
   * @return the quarter
   */
  public YearQuarter quarter() {
    return YearQuarter.from(thursday());
  }

  /**
   * The year the week belongs to: the year of its Thursday, which is the week-based year.
   *
   * @return the year
   */
  public int year() {
    return weekBasedYear;
  }

  /**
   * A week some weeks later (or earlier, when negative).
   *
   * @param weeks the number of weeks to add
   * @return the week
   * @throws IllegalArgumentException if the result is before 0001-W01 or after 9999-W52
   */
  public IsoWeek plusWeeks(long weeks) {
    if (weeks == 0) {
      return this;
    }
    long target = epochWeek() + weeks;
    boolean overflow = ((epochWeek() ^ target) & (weeks ^ target)) < 0;
    if (overflow) {
      throw new IllegalArgumentException(
          this + " plus " + Masking.mask(String.valueOf(weeks)) + " weeks is outside the years");
    }
    return ofEpochWeek(target);
  }

  /**
   * The number of weeks from this week to another.
   *
   * @param other a week
   * @return positive when {@code other} is later
   */
  public long weeksUntil(IsoWeek other) {
    return (other.mondayEpochDay() - mondayEpochDay()) / 7;
  }

  /**
   * Weeks since 1970-W01 (the week that holds 1970-01-01); a dense index for arrays of weeks.
   *
   * @return the index, negative before 1970-W01
   */
  public long epochWeek() {
    return Math.floorDiv(mondayEpochDay() + 3, 7);
  }

  /**
   * Tells whether a day lies in this week.
   *
   * @param date a day
   * @return true if Monday ≤ date ≤ Sunday
   */
  public boolean contains(LocalDate date) {
    return from(date).equals(this);
  }

  /**
   * The DREAM column name of this week, {@code y_YYWW}.
   *
   * @return the name, e.g. {@code y_1326}
   * @throws IllegalStateException if the year is outside 1990–2089, which the form cannot express
   */
  public String toDreamColumn() {
    if (weekBasedYear < 1990 || weekBasedYear > 2089) {
      throw new IllegalStateException("a DREAM column covers 1990-2089, not " + weekBasedYear);
    }
    return String.format("y_%02d%02d", weekBasedYear % 100, week);
  }

  @Override
  public int compareTo(IsoWeek o) {
    return weekBasedYear != o.weekBasedYear
        ? Integer.compare(weekBasedYear, o.weekBasedYear)
        : Integer.compare(week, o.week);
  }

  /**
   * Tells whether this week is before another.
   *
   * @param other a week
   * @return true if earlier
   */
  public boolean isBefore(IsoWeek other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether this week is after another.
   *
   * @param other a week
   * @return true if later
   */
  public boolean isAfter(IsoWeek other) {
    return compareTo(other) > 0;
  }

  /** The ISO form, {@code 2019-W38}. */
  @Override
  public String toString() {
    // not String.format: batch jobs write a week on every row
    char[] c = new char[8];
    int y = weekBasedYear;
    for (int i = 3; i >= 0; i--) {
      c[i] = (char) ('0' + y % 10);
      y /= 10;
    }
    c[4] = '-';
    c[5] = 'W';
    c[6] = (char) ('0' + week / 10);
    c[7] = (char) ('0' + week % 10);
    return new String(c);
  }
}
