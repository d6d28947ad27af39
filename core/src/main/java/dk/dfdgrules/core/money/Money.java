/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of Danish kroner, exact, with at most two decimals (øre). Never a {@code double}.
 *
 * <p>{@link #parse(CharSequence)} reads both notations found in the sources:
 *
 * <ul>
 *   <li>Danish: {@code 1.740,96}, {@code 909,60 kr.}, {@code -145,54 kr.} ({@code ,} decimal mark,
 *       {@code .} thousands separator in groups of three);
 *   <li>plain: {@code 1740.96}, {@code -145.54}, {@code 12} ({@code .} decimal mark, no thousands
 *       separator).
 * </ul>
 *
 * An amount that could be read both ways, such as {@code 1.234} (1234 kroner the Danish way, 1.234
 * the plain way, which also has three decimals), is rejected with a message that says why.
 *
 * <p>{@link #toString()} gives the plain form with two decimals ({@code 1740.96}), which {@link
 * #parse(CharSequence)} reads back exactly; {@link #toDanishString()} gives {@code 1.740,96 kr.}.
 *
 * <p>Limits, which no real amount reaches and which keep the cost of every input small: an amount
 * has at most {@value #MAX_KRONER_DIGITS} digits before the decimal mark (less than 10<sup>{@value
 * #MAX_KRONER_DIGITS}</sup> kroner); a {@link BigDecimal} given to {@link #of(BigDecimal)} has at
 * most {@value #MAX_DIGITS} digits in its unscaled value (trailing zeros included); a text given to
 * {@link #parse(CharSequence)} has at most {@value #MAX_TEXT_LENGTH} characters besides surrounding
 * white space. These are checked before any arithmetic, so that {@code 1e100000000} or {@code
 * 1e-1618990539} is rejected at once instead of being scaled to a number of a hundred million
 * digits. A message about a rejected amount never repeats the amount.
 *
 * @param amount the amount in kroner, held with exactly two decimals
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** Zero kroner. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /** The most digits before the decimal mark: amounts are below 10^28 kroner. */
  public static final int MAX_KRONER_DIGITS = 28;

  /** The most digits of the unscaled value of a {@link BigDecimal} given to {@link #of}. */
  public static final int MAX_DIGITS = 64;

  /** The longest text {@link #parse(CharSequence)} reads, not counting surrounding white space. */
  public static final int MAX_TEXT_LENGTH = 64;

  /** 10^64 < 2^213: an unscaled value of more bits has more than {@link #MAX_DIGITS} digits. */
  private static final int MAX_UNSCALED_BITS = 213;

  private static final Pattern DANISH =
      Pattern.compile("([+-]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");
  private static final Pattern PLAIN = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d{1,2}))?");

  /**
   * An amount in kroner; the same as {@link #of(BigDecimal)}.
   *
   * @throws IllegalArgumentException if it has more than two significant decimals, more than
   *     {@value #MAX_KRONER_DIGITS} digits before the decimal mark or an unscaled value of more
   *     than {@value #MAX_DIGITS} digits
   */
  public Money {
    requireNonNull(amount, "kroner");
    // Cheap checks first: scaling 1e100000000 to øre, or printing 1e-10000000, would take minutes
    // and gigabytes. bitLength() and the scale are read without arithmetic on the digits.
    checkArgument(
        amount.unscaledValue().bitLength() <= MAX_UNSCALED_BITS && amount.precision() <= MAX_DIGITS,
        "an amount in kroner has at most %s digits",
        MAX_DIGITS);
    BigDecimal stripped = amount.stripTrailingZeros();
    checkArgument(stripped.scale() <= 2, "an amount in kroner has at most 2 decimals (øre)");
    checkArgument(
        (long) stripped.precision() - stripped.scale() <= MAX_KRONER_DIGITS,
        "an amount in kroner has at most %s digits before the decimal mark",
        MAX_KRONER_DIGITS);
    amount = stripped.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * An amount in kroner.
   *
   * @param kroner the amount; at most two decimals after trailing zeros are removed, at most
   *     {@value #MAX_KRONER_DIGITS} digits before the decimal mark, at most {@value #MAX_DIGITS}
   *     digits in its unscaled value
   * @return the amount, held with exactly two decimals
   * @throws IllegalArgumentException if it has more than two significant decimals or too many
   *     digits; the message does not repeat the amount
   */
  public static Money of(BigDecimal kroner) {
    return new Money(kroner);
  }

  /**
   * An amount in whole øre.
   *
   * @param oere the amount in øre
   * @return the amount
   */
  public static Money ofOere(long oere) {
    return new Money(BigDecimal.valueOf(oere, 2));
  }

  /**
   * Parses an amount in Danish or plain notation, with an optional {@code kr} or {@code kr.}
   * suffix. The text is read in time proportional to its length; one longer than {@value
   * #MAX_TEXT_LENGTH} characters (surrounding white space not counted) is rejected unread.
   *
   * @param text e.g. {@code 1.740,96 kr.}, {@code -145,54 kr.}, {@code 1740.96}
   * @return the amount
   * @throws IllegalArgumentException if the text is not an amount, is ambiguous (e.g. {@code
   *     1.234}) or is too long; the message does not repeat the text
   */
  public static Money parse(CharSequence text) {
    String s = text.toString().strip();
    checkArgument(
        s.length() <= MAX_TEXT_LENGTH, "not an amount: longer than %s characters", MAX_TEXT_LENGTH);
    String body = withoutKr(s).strip();
    checkArgument(!body.isEmpty(), "amount is empty");
    boolean hasComma = body.indexOf(',') >= 0;
    Matcher danish = DANISH.matcher(body);
    Matcher plain = PLAIN.matcher(body);
    if (hasComma) {
      checkArgument(
          danish.matches(),
          "not an amount: with ',' as decimal mark, '.' may only separate thousands"
              + " in groups of three, and at most 2 decimals may follow ','");
      return fromParts(danish.group(1), danish.group(2).replace(".", ""), danish.group(3));
    }
    if (body.indexOf('.') >= 0 && danish.matches()) {
      throw new IllegalArgumentException(
          "ambiguous amount: '.' can be a thousands separator (Danish) or a decimal mark;"
              + " write 1.234,00 or 1234 for kroner, or 1.23 for decimals");
    }
    checkArgument(
        plain.matches(),
        "not an amount: expected digits with at most 2 decimals, e.g. 1740.96 or 1.740,96");
    return fromParts(plain.group(1), plain.group(2), plain.group(3));
  }

  /** The text without a final {@code kr} or {@code kr.} in any case. */
  private static String withoutKr(String s) {
    int end = s.endsWith(".") ? s.length() - 1 : s.length();
    if (end >= 2 && s.regionMatches(true, end - 2, "kr", 0, 2)) {
      return s.substring(0, end - 2);
    }
    return s;
  }

  private static Money fromParts(String sign, String whole, String decimals) {
    String number = whole + (decimals == null ? "" : "." + decimals);
    BigDecimal value = new BigDecimal(number);
    return of("-".equals(sign) ? value.negate() : value);
  }

  /**
   * The amount in whole øre.
   *
   * @return øre
   * @throws ArithmeticException if it does not fit a long
   */
  public long toOere() {
    return amount.movePointRight(2).longValueExact();
  }

  /**
   * The sum.
   *
   * @param other an amount
   * @return this + other
   * @throws IllegalArgumentException if the sum has more than {@value #MAX_KRONER_DIGITS} digits
   *     before the decimal mark
   */
  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /**
   * The difference.
   *
   * @param other an amount
   * @return this − other
   * @throws IllegalArgumentException if the difference has more than {@value #MAX_KRONER_DIGITS}
   *     digits before the decimal mark
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /**
   * The negated amount.
   *
   * @return −this
   */
  public Money negate() {
    return new Money(amount.negate());
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * The Danish form, {@code 1.740,96 kr.}.
   *
   * @return the text
   */
  public String toDanishString() {
    DecimalFormat format =
        new DecimalFormat(
            "#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da")));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount) + " kr.";
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  /** The plain form with two decimals, {@code 1740.96}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
