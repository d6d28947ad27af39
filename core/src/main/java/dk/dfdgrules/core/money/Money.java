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
 * @param amount the amount in kroner, held with exactly two decimals
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** Zero kroner. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final Pattern DANISH =
      Pattern.compile("([+-]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");
  private static final Pattern PLAIN = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d{1,2}))?");

  /**
   * An amount in kroner; the same as {@link #of(BigDecimal)}.
   *
   * @throws IllegalArgumentException if it has more than two significant decimals
   */
  public Money {
    requireNonNull(amount, "kroner");
    checkArgument(
        amount.stripTrailingZeros().scale() <= 2,
        "an amount in kroner has at most 2 decimals (øre), was %s",
        amount.toPlainString());
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * An amount in kroner.
   *
   * @param kroner the amount; at most two decimals after trailing zeros are removed
   * @return the amount, held with exactly two decimals
   * @throws IllegalArgumentException if it has more than two significant decimals
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
   * suffix.
   *
   * @param text e.g. {@code 1.740,96 kr.}, {@code -145,54 kr.}, {@code 1740.96}
   * @return the amount
   * @throws IllegalArgumentException if the text is not an amount, or is ambiguous (e.g. {@code
   *     1.234})
   */
  public static Money parse(CharSequence text) {
    String s = text.toString().strip();
    String body = s.replaceFirst("(?i)\\s*kr\\.?$", "").strip();
    checkArgument(!body.isEmpty(), "amount is empty");
    boolean hasComma = body.indexOf(',') >= 0;
    Matcher danish = DANISH.matcher(body);
    Matcher plain = PLAIN.matcher(body);
    if (hasComma) {
      checkArgument(
          danish.matches(),
          "'%s' is not an amount: with ',' as decimal mark, '.' may only separate thousands"
              + " in groups of three, and at most 2 decimals may follow ','",
          s);
      return fromParts(danish.group(1), danish.group(2).replace(".", ""), danish.group(3));
    }
    if (body.indexOf('.') >= 0 && danish.matches()) {
      throw new IllegalArgumentException(
          "'"
              + s
              + "' is ambiguous: '.' can be a thousands separator (Danish) or a decimal mark;"
              + " write 1.234,00 or 1234 for kroner, or 1.23 for decimals");
    }
    checkArgument(
        plain.matches(),
        "'%s' is not an amount: expected digits with at most 2 decimals, e.g. 1740.96 or"
            + " 1.740,96",
        s);
    return fromParts(plain.group(1), plain.group(2), plain.group(3));
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
   */
  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /**
   * The difference.
   *
   * @param other an amount
   * @return this − other
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
