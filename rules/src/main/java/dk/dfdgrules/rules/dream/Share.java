/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * DRM-7 — an "Andel": a cell's count divided by "Antal borgere" (or "Antal modtagere af udvalgte
 * ydelser"). A zero denominator gives no value, never a division error.
 *
 * <p>Source: FLIS-DREAM §7.1.1, e.g. "Andel modtagere fortsat ydelsen = Antal modtager forsat
 * ydelsen / Antal borgere". STAR stresses that DREAM should not be used for stock counts
 * (bestandsopgørelser, FLIS-DREAM §2).
 *
 * @param numerator the cell's count, ≥ 0
 * @param denominator the base count, ≥ 0
 */
public record Share(long numerator, long denominator) {

  /** The number of decimals of {@link #value()}. */
  public static final int SCALE = 4;

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public Share {
    checkArgument(
        numerator >= 0 && denominator >= 0,
        "counts must be >= 0, were %s/%s",
        numerator,
        denominator);
  }

  /**
   * A share.
   *
   * @param numerator the cell's count
   * @param denominator the base count
   * @return the share
   */
  public static Share of(long numerator, long denominator) {
    return new Share(numerator, denominator);
  }

  /**
   * The ratio, rounded half-even to {@value #SCALE} decimals.
   *
   * @return the ratio, or empty for a zero denominator
   */
  public Optional<BigDecimal> value() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The ratio as text for reports: the plain decimal, or empty text for no value.
   *
   * @return the text
   */
  public String text() {
    return value().map(BigDecimal::toPlainString).orElse("");
  }
}
