/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One value of a report: a text, a count of persons, or a share (a ratio of two counts).
 *
 * <p>A count or share may carry a key, the row of the job's CSV it is taken from (e.g. {@code
 * keyfigure;2024;A-dagpenge;Modtager forsat ydelse}); the HTML report writes it as {@code data-k}
 * beside the shown text so that a check can hold every number to the CSV of the same run.
 *
 * @param kind what it holds
 * @param text the text of a {@link Kind#TEXT} cell, else empty
 * @param numerator the count, or the share's numerator, ≥ 0
 * @param denominator the share's base count, ≥ 0 (0 for a count)
 * @param key the CSV row it is taken from, or empty
 */
public record Cell(Kind kind, String text, long numerator, long denominator, String key) {

  /** The number of decimals of a share, as in the CSV. */
  public static final int SCALE = 4;

  /** What a cell holds. */
  public enum Kind {
    /** A text, e.g. a group's name. */
    TEXT,
    /** A count of persons. */
    COUNT,
    /** A share: numerator / denominator. */
    SHARE
  }

  /**
   * Checks the cell.
   *
   * @throws IllegalArgumentException if a count is negative or a text is null
   */
  public Cell {
    checkArgument(text != null && key != null, "text and key must not be null");
    checkArgument(numerator >= 0 && denominator >= 0, "counts must be >= 0");
  }

  /**
   * A text cell.
   *
   * @param text the text
   * @return the cell
   */
  public static Cell text(String text) {
    return new Cell(Kind.TEXT, text, 0, 0, "");
  }

  /**
   * A count.
   *
   * @param n the count
   * @param key the CSV row it is taken from, or empty
   * @return the cell
   */
  public static Cell count(long n, String key) {
    return new Cell(Kind.COUNT, "", n, 0, key);
  }

  /**
   * A share.
   *
   * @param numerator the count
   * @param denominator the base count
   * @param key the CSV row it is taken from, or empty
   * @return the cell
   */
  public static Cell share(long numerator, long denominator, String key) {
    return new Cell(Kind.SHARE, "", numerator, denominator, key);
  }

  /**
   * The share's value as the CSV has it: rounded half-even to {@value #SCALE} decimals.
   *
   * @return the value, or empty for a zero base or a cell that is no share
   */
  public Optional<BigDecimal> value() {
    if (kind != Kind.SHARE || denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN));
  }
}
