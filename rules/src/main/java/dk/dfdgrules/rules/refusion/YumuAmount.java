/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import dk.dfdgrules.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The amount field of a YUMU report (YUMU-7): kroner as text, parsed exactly to a {@link
 * BigDecimal} with two decimals (øre), or the reason it is not an amount.
 *
 * <p>The source says only "Beløb feltet skal udfyldes, på et beløb i kroner, med en værdi på 0.01
 * krone eller større". <em>Not in source — the grammar</em> (the specification's):
 *
 * <ul>
 *   <li>ASCII digits, optionally followed by one decimal separator ({@code ,} or {@code .}) and one
 *       or two digits at the end: {@code 120}, {@code 120,5}, {@code 1234,56}, {@code 1234.56};
 *   <li>{@code .} as thousands separator only in groups of three and only together with a {@code ,}
 *       decimal: {@code 1.234,56}, {@code 1.234.567,00};
 *   <li>anything ambiguous is rejected with its reason: {@code 1.234} (and {@code 1,234}) could be
 *       one thousand two hundred and thirty-four kroner or one krone and 23.4 øre.
 * </ul>
 *
 * <p>No sign, no spaces, no currency, no exponent; nothing is trimmed. A text longer than {@link
 * #MAX_LENGTH} characters is rejected before it is read, so a huge input costs nothing. The value
 * must be at least {@link #MINIMUM} (0.01 kr.).
 */
public final class YumuAmount {

  /** The longest text read: {@code 999.999.999.999,99} has 18 characters. */
  public static final int MAX_LENGTH = 24;

  /**
   * The largest amount, {@code 9.999.999.999.999.999,99}: sixteen digits of kroner, the most whose
   * written form ({@link #format}) is still at most {@link #MAX_LENGTH} characters, so that every
   * amount read is written back and read again to itself.
   */
  public static final BigDecimal MAXIMUM = new BigDecimal("9999999999999999.99");

  /** The smallest amount: 0.01 kr. ("0.01 krone eller større"). */
  public static final BigDecimal MINIMUM = new BigDecimal("0.01");

  /** Why a text is not an amount. */
  public enum Problem {
    /** Nothing given (absent or empty). */
    MISSING,
    /** Longer than {@link #MAX_LENGTH} characters. */
    TOO_LONG,
    /** Not digits with an optional decimal separator (a letter, a sign, a space …). */
    MALFORMED,
    /** One separator followed by exactly three digits: thousands or decimals? */
    AMBIGUOUS,
    /** Thousands separators without a decimal comma (e.g. {@code 1.234.567}). */
    THOUSANDS_WITHOUT_DECIMAL_COMMA,
    /** More than two decimals (finer than øre). */
    TOO_MANY_DECIMALS,
    /** Less than 0.01 kr. */
    BELOW_MINIMUM,
    /** More than {@link #MAXIMUM}: more kroner than the written form of {@link #format} holds. */
    TOO_LARGE
  }

  /**
   * The outcome of parsing: a value or a problem, never both.
   *
   * @param value the amount in kroner with two decimals, if the text is an amount
   * @param problem why it is not, otherwise
   */
  public record Parsed(Optional<BigDecimal> value, Optional<Problem> problem) {

    /** Checks that exactly one of the two is present. */
    public Parsed {
      if (value.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("a value or a problem, exactly one");
      }
    }

    /**
     * Whether the text is an amount.
     *
     * @return true if there is a value
     */
    public boolean isValid() {
      return value.isPresent();
    }

    static Parsed of(BigDecimal v) {
      return new Parsed(Optional.of(v), Optional.empty());
    }

    static Parsed of(Problem p) {
      return new Parsed(Optional.empty(), Optional.of(p));
    }
  }

  private YumuAmount() {}

  /**
   * Parses the amount field.
   *
   * @param text the field's text, or null when not given
   * @return the amount with scale 2, or the problem
   */
  public static Parsed parse(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return Parsed.of(Problem.MISSING);
    }
    if (text.length() > MAX_LENGTH) {
      return Parsed.of(Problem.TOO_LONG);
    }
    String s = text.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && c != '.' && c != ',') {
        return Parsed.of(Problem.MALFORMED);
      }
    }
    int comma = s.indexOf(',');
    if (comma >= 0 && s.indexOf(',', comma + 1) >= 0) {
      return Parsed.of(Problem.MALFORMED);
    }
    String integer;
    String decimals;
    if (comma >= 0) {
      // the comma is the decimal separator; dots before it separate thousands
      integer = s.substring(0, comma);
      decimals = s.substring(comma + 1);
      if (decimals.indexOf('.') >= 0) {
        return Parsed.of(Problem.MALFORMED);
      }
      if (integer.indexOf('.') >= 0) {
        if (!isGrouped(integer)) {
          return Parsed.of(Problem.MALFORMED);
        }
        integer = integer.replace(".", "");
      }
    } else {
      int dot = s.indexOf('.');
      if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
        return Parsed.of(
            isGrouped(s) ? Problem.THOUSANDS_WITHOUT_DECIMAL_COMMA : Problem.MALFORMED);
      }
      integer = dot < 0 ? s : s.substring(0, dot);
      decimals = dot < 0 ? null : s.substring(dot + 1);
    }
    if (integer.isEmpty() || (decimals != null && decimals.isEmpty())) {
      return Parsed.of(Problem.MALFORMED);
    }
    if (decimals != null && decimals.length() > 2) {
      // 1.234 or 1,234: a thousands group, or three decimals?
      boolean couldBeThousands =
          decimals.length() == 3 && integer.length() <= 3 && integer.charAt(0) != '0';
      return Parsed.of(couldBeThousands ? Problem.AMBIGUOUS : Problem.TOO_MANY_DECIMALS);
    }
    BigDecimal v = new BigDecimal(decimals == null ? integer : integer + "." + decimals);
    v = v.setScale(2, RoundingMode.UNNECESSARY);
    if (v.compareTo(MINIMUM) < 0) {
      return Parsed.of(Problem.BELOW_MINIMUM);
    }
    if (v.compareTo(MAXIMUM) > 0) {
      return Parsed.of(Problem.TOO_LARGE);
    }
    return Parsed.of(v);
  }

  /**
   * Writes an amount the Danish way, with thousands dots and two decimals after a comma: {@code
   * 1.234,50}; {@link #parse} reads it back to the same value.
   *
   * @param kroner the amount, 0 to {@link #MAXIMUM} with at most two decimals
   * @return the text, at most {@link #MAX_LENGTH} characters
   * @throws IllegalArgumentException if the amount is negative, finer than øre or above {@link
   *     #MAXIMUM}
   */
  public static String format(BigDecimal kroner) {
    if (kroner.signum() < 0) {
      throw new IllegalArgumentException("kroner must not be negative");
    }
    // Money checks the digits before any arithmetic: 1e100000000 is rejected, not scaled
    BigDecimal v = Money.of(kroner).amount();
    if (v.compareTo(MAXIMUM) > 0) {
      throw new IllegalArgumentException("kroner must be at most " + MAXIMUM.toPlainString());
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v).replace(',', '_').replace('.', ',').replace('_', '.');
  }

  /** Groups of three after a first group of one to three digits not starting with 0. */
  private static boolean isGrouped(String s) {
    String[] groups = s.split("\\.", -1);
    if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
