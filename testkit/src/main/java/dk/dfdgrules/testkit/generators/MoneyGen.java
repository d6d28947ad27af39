/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Source;

/**
 * Amounts of kroner ({@link Money}), exact to the øre.
 *
 * <p>Defaults: −1,000,000.00 to 1,000,000.00 kr.; shrinks towards 0.00; edge cases are the bounds,
 * 0.00 and −0.01.
 */
public final class MoneyGen implements Gen<Money> {

  private final long minOere;
  private final long maxOere;

  private MoneyGen(long minOere, long maxOere) {
    checkArgument(maxOere >= minOere, "max %s is below min %s", maxOere, minOere);
    this.minOere = minOere;
    this.maxOere = maxOere;
  }

  static MoneyGen defaults() {
    return new MoneyGen(-100_000_000L, 100_000_000L);
  }

  /**
   * Amounts in a range.
   *
   * @param min the least amount
   * @param max the largest amount
   * @return the generator
   * @throws IllegalArgumentException if the range is reversed
   */
  public MoneyGen between(Money min, Money max) {
    return new MoneyGen(min.toOere(), max.toOere());
  }

  /**
   * Amounts of zero or more.
   *
   * @return the generator
   */
  public MoneyGen nonNegative() {
    return new MoneyGen(Math.max(0, minOere), Math.max(0, maxOere));
  }

  /**
   * The amounts as text in the forms {@link Money#parse(CharSequence)} reads: plain ({@code
   * 1740.96}), Danish ({@code 1.740,96 kr.}) and Danish without the suffix ({@code 1.740,96}).
   *
   * @return the generator
   */
  public Gen<String> asText() {
    return source -> {
      Money m = generate(source);
      String danish = m.toDanishString();
      return switch (source.index(3)) {
        case 0 -> m.toString();
        case 1 -> danish;
        default -> danish.substring(0, danish.length() - " kr.".length());
      };
    };
  }

  @Override
  public Money generate(Source source) {
    return Money.ofOere(source.longBetween(minOere, maxOere));
  }
}
