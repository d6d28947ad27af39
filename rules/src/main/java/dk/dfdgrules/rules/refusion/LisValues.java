/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The values of a LIS raw-data row (YR's rådata), as pure functions: the week (LIS-1), the Danish
 * amounts (LIS-2), the MAF marks (LIS-3) and the weeks that cross a month (LIS-5). Nothing here
 * puts the value it checks in a message.
 */
public final class LisValues {

  /** The longest amount accepted, in characters after stripping blanks ({@value}). */
  public static final int MAX_AMOUNT_LENGTH = 32;

  /** The most digits before the decimal comma ({@value}: up to 10^15 − 1 kr., exact in øre). */
  public static final int MAX_AMOUNT_DIGITS = 15;

  /** LIS-3: the {@code Indberetter Ekstern ID} of a MAF calculation ({@value}). */
  public static final String MAF_REPORTER_EXTERNAL_ID = "MAF20230503.txt";

  /** LIS-3: the {@code Posteringskonto for indberetning} of a MAF calculation ({@value}). */
  public static final String MAF_POSTING_ACCOUNT = "star:konto:01.02";

  private LisValues() {}

  /**
   * LIS-1: reads {@code Uge}, the Monday of the week the calculation covers. Accepted: {@code
   * yyyy-MM-dd}, or that followed by {@code T} (or a blank) and {@code hh:mm}, {@code hh:mm:ss} or
   * {@code hh:mm:ss.f…} (up to nine fractional digits), surrounding blanks ignored; ASCII digits
   * only. The time of day is checked but not kept.
   *
   * @param text the field
   * @return the Monday
   * @throws LisValueException with {@link LisProblem#WEEK_NOT_A_DATE} or {@link
   *     LisProblem#WEEK_NOT_A_MONDAY}
   */
  public static LocalDate parseWeek(CharSequence text) {
    requireNonNull(text, "text");
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    if (to - from < 10
        || to - from > 29
        || text.charAt(from + 4) != '-'
        || text.charAt(from + 7) != '-') {
      throw new LisValueException(LisProblem.WEEK_NOT_A_DATE);
    }
    int year = digits(text, from, 4);
    int month = digits(text, from + 5, 2);
    int day = digits(text, from + 8, 2);
    if (year < 0 || month < 0 || day < 0 || !validTime(text, from + 10, to)) {
      throw new LisValueException(LisProblem.WEEK_NOT_A_DATE);
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new LisValueException(LisProblem.WEEK_NOT_A_DATE);
    }
    if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new LisValueException(LisProblem.WEEK_NOT_A_MONDAY);
    }
    return date;
  }

  private static boolean validTime(CharSequence t, int at, int to) {
    if (at == to) {
      return true;
    }
    char sep = t.charAt(at);
    if ((sep != 'T' && sep != ' ') || to - at < 6 || t.charAt(at + 3) != ':') {
      return false;
    }
    int h = digits(t, at + 1, 2);
    int m = digits(t, at + 4, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59) {
      return false;
    }
    int i = at + 6;
    if (i == to) {
      return true;
    }
    if (t.charAt(i) != ':' || to - i < 3) {
      return false;
    }
    int s = digits(t, i + 1, 2);
    if (s < 0 || s > 59) {
      return false;
    }
    i += 3;
    if (i == to) {
      return true;
    }
    if (t.charAt(i) != '.' || to - i < 2 || to - i > 10) {
      return false;
    }
    return digits(t, i + 1, to - i - 1) >= 0;
  }

  private static int digits(CharSequence t, int at, int count) {
    int v = 0;
    for (int k = at; k < at + count; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * LIS-2: reads an amount written the Danish way, exactly, in øre: {@code 909,60 kr.}, {@code
   * -145,54 kr.}, {@code 1.740,96 kr.}. The grammar (<em>not in source</em>, the library's reading
   * of the sample): surrounding blanks; an optional {@code -}; digits, optionally in groups of
   * three separated by {@code .} (the thousands separator — never a decimal point); optionally
   * {@code ,} and one or two decimals; optionally {@code kr.} or {@code kr}, with or without a
   * blank before it. ASCII digits only, at most {@value #MAX_AMOUNT_LENGTH} characters, at most
   * {@value #MAX_AMOUNT_DIGITS} digits before the comma.
   *
   * @param text the field
   * @return the amount in øre
   * @throws LisValueException with the {@link LisProblem} ({@code AMOUNT_…}) that says why
   */
  public static long parseOere(CharSequence text) {
    requireNonNull(text, "text");
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      throw new LisValueException(LisProblem.AMOUNT_EMPTY);
    }
    if (to - from > MAX_AMOUNT_LENGTH) {
      throw new LisValueException(LisProblem.AMOUNT_TOO_LONG);
    }
    if (to - from >= 2 && isKr(text, to)) {
      to -= text.charAt(to - 1) == '.' ? 3 : 2;
      while (to > from && isBlank(text.charAt(to - 1))) {
        to--;
      }
    }
    boolean negative = from < to && text.charAt(from) == '-';
    int i = negative ? from + 1 : from;
    long kroner = 0;
    int intDigits = 0;
    int group = 0;
    boolean grouped = false;
    while (i < to) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        kroner = kroner * 10 + (c - '0');
        intDigits++;
        group++;
        if (intDigits > MAX_AMOUNT_DIGITS) {
          throw new LisValueException(LisProblem.AMOUNT_TOO_LARGE);
        }
      } else if (c == '.') {
        if (group == 0 || group > 3 || (grouped && group != 3)) {
          throw new LisValueException(LisProblem.AMOUNT_GROUPING);
        }
        grouped = true;
        group = 0;
      } else if (c == ',') {
        break;
      } else {
        throw new LisValueException(LisProblem.AMOUNT_CHARACTER);
      }
      i++;
    }
    if (intDigits == 0) {
      if (i < to && text.charAt(i) == '.') {
        throw new LisValueException(LisProblem.AMOUNT_GROUPING);
      }
      throw new LisValueException(LisProblem.AMOUNT_NO_DIGITS);
    }
    if (grouped && group != 3) {
      throw new LisValueException(LisProblem.AMOUNT_GROUPING);
    }
    long oere = kroner * 100;
    if (i < to) { // at the comma
      int decimals = to - i - 1;
      if (decimals < 1 || decimals > 2) {
        for (int k = i + 1; k < to; k++) {
          char c = text.charAt(k);
          if (c < '0' || c > '9') {
            throw new LisValueException(LisProblem.AMOUNT_CHARACTER);
          }
        }
        throw new LisValueException(LisProblem.AMOUNT_DECIMALS);
      }
      int d = digits(text, i + 1, decimals);
      if (d < 0) {
        throw new LisValueException(LisProblem.AMOUNT_CHARACTER);
      }
      oere += decimals == 1 ? d * 10L : d;
    }
    return negative ? -oere : oere;
  }

  private static boolean isKr(CharSequence t, int to) {
    int end = t.charAt(to - 1) == '.' ? to - 1 : to;
    if (end - 2 < 0) {
      return false;
    }
    char k = t.charAt(end - 2);
    char r = t.charAt(end - 1);
    return (k == 'k' || k == 'K') && (r == 'r' || r == 'R');
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /**
   * LIS-2: reads an amount as {@link #parseOere(CharSequence)}, in kroner.
   *
   * @param text the field
   * @return the amount, exact, scale 2
   * @throws LisValueException with the {@link LisProblem} that says why
   */
  public static BigDecimal parseAmount(CharSequence text) {
    return BigDecimal.valueOf(parseOere(text), 2);
  }

  /**
   * Writes an amount in øre the way the LIS file does: {@code 1.740,96 kr.}, {@code -145,54 kr.};
   * the exact inverse of {@link #parseOere(CharSequence)} for every amount it accepts.
   *
   * @param oere the amount in øre, at most {@value #MAX_AMOUNT_DIGITS} digits of kroner
   * @return the text
   * @throws IllegalArgumentException if the amount has too many digits
   */
  public static String formatOere(long oere) {
    long abs = Math.abs(oere);
    if (oere == Long.MIN_VALUE || abs / 100 >= 1_000_000_000_000_000L) {
      throw new IllegalArgumentException("an amount has at most 15 digits of kroner");
    }
    String kroner = Long.toString(abs / 100);
    StringBuilder b = new StringBuilder(kroner.length() + 12);
    if (oere < 0) {
      b.append('-');
    }
    int first = kroner.length() % 3 == 0 ? 3 : kroner.length() % 3;
    b.append(kroner, 0, first);
    for (int k = first; k < kroner.length(); k += 3) {
      b.append('.').append(kroner, k, k + 3);
    }
    long o = abs % 100;
    return b.append(',').append(o < 10 ? "0" : "").append(o).append(" kr.").toString();
  }

  /**
   * LIS-3: tells whether a row is a MAF calculation (midlertidig arbejdsfordeling): {@code
   * Indberetter Ekstern ID} is {@value #MAF_REPORTER_EXTERNAL_ID} and {@code Posteringskonto for
   * indberetning} is {@value #MAF_POSTING_ACCOUNT}, both compared exactly after stripping blanks.
   *
   * @param reporterExternalId the field {@code Indberetter Ekstern ID}
   * @param postingAccount the field {@code Posteringskonto for indberetning}
   * @return true for a MAF row
   */
  public static boolean isMaf(CharSequence reporterExternalId, CharSequence postingAccount) {
    return MAF_REPORTER_EXTERNAL_ID.equals(reporterExternalId.toString().strip())
        && MAF_POSTING_ACCOUNT.equals(postingAccount.toString().strip());
  }

  /**
   * LIS-5: tells whether the week of a Monday crosses a month change, so that its calculation may
   * be split in two rows with the same CPR, Uge and Ydelse — both legal, neither a duplicate.
   *
   * @param monday the week's Monday
   * @return true if the Sunday is in another month
   */
  public static boolean crossesMonth(LocalDate monday) {
    return monday.getMonthValue() != monday.plusDays(6).getMonthValue();
  }
}
