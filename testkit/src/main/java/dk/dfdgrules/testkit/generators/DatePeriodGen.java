/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Periods of whole days ({@link DatePeriod}: end included, or open-ended).
 *
 * <p>Defaults: the start from {@link DfdgGenerators#dates()} (2015–2030, with the in-force dates of
 * the sources as edge cases); open-ended about one time in three, otherwise lasting 1 to 1,500
 * days. Shrinks towards the earliest start, an open end.
 *
 * <pre>{@code
 * periods().around(moveDate)     // starts and ends on, just before and just after the day
 * periods().containing(day).closed()
 * }</pre>
 */
public final class DatePeriodGen implements Gen<DatePeriod> {

  /** Open or closed. */
  private enum Ends {
    EITHER,
    CLOSED,
    OPEN
  }

  private final Gen<LocalDate> starts;
  private final Ends ends;
  private final @Nullable LocalDate around;
  private final @Nullable LocalDate containing;
  private final int maxDays;

  private DatePeriodGen(
      Gen<LocalDate> starts,
      Ends ends,
      @Nullable LocalDate around,
      @Nullable LocalDate containing,
      int maxDays) {
    this.starts = starts;
    this.ends = ends;
    this.around = around;
    this.containing = containing;
    this.maxDays = maxDays;
  }

  static DatePeriodGen defaults() {
    return new DatePeriodGen(DfdgGenerators.dates(), Ends.EITHER, null, null, 1_500);
  }

  /**
   * Periods that start between two dates.
   *
   * @param first the first start
   * @param last the last start
   * @return the generator
   */
  public DatePeriodGen startingBetween(LocalDate first, LocalDate last) {
    return new DatePeriodGen(Gens.dates(first, last), ends, null, null, maxDays);
  }

  /**
   * Periods that start and end near a day: about half of the starts and ends fall on the day, the
   * day before or the day after (the boundaries a date rule turns on), the rest up to two years
   * away.
   *
   * @param day the day
   * @return the generator
   */
  public DatePeriodGen around(LocalDate day) {
    return new DatePeriodGen(starts, ends, requireNonNull(day), null, maxDays);
  }

  /**
   * Periods that contain a day.
   *
   * @param day the day
   * @return the generator
   */
  public DatePeriodGen containing(LocalDate day) {
    return new DatePeriodGen(starts, ends, null, requireNonNull(day), maxDays);
  }

  /**
   * Only closed periods (with an end date).
   *
   * @return the generator
   */
  public DatePeriodGen closed() {
    return new DatePeriodGen(starts, Ends.CLOSED, around, containing, maxDays);
  }

  /**
   * Only open-ended periods.
   *
   * @return the generator
   */
  public DatePeriodGen openEnded() {
    return new DatePeriodGen(starts, Ends.OPEN, around, containing, maxDays);
  }

  /**
   * Closed periods last at most this many days after their start.
   *
   * @param days at least 0
   * @return the generator
   */
  public DatePeriodGen lastingAtMost(int days) {
    checkArgument(days >= 0, "days must not be negative, was %s", days);
    return new DatePeriodGen(starts, ends, around, containing, days);
  }

  @Override
  public DatePeriod generate(Source source) {
    boolean open =
        switch (ends) {
          case OPEN -> true;
          case CLOSED -> false;
          case EITHER -> !source.coin(2.0 / 3);
        };
    LocalDate day = around;
    LocalDate inside = containing;
    LocalDate start;
    if (day != null) {
      start = near(source, day);
    } else if (inside != null) {
      start = inside.minusDays(source.intBetween(0, maxDays));
    } else {
      start = starts.generate(source);
    }
    if (open) {
      return DatePeriod.from(start);
    }
    LocalDate end;
    if (day != null && source.coin(0.5)) {
      end = near(source, day);
      if (end.isBefore(start)) {
        end = start;
      }
    } else if (inside != null) {
      long min = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(start, inside));
      end = start.plusDays(min + source.intBetween(0, maxDays));
    } else {
      end = start.plusDays(source.intBetween(0, maxDays));
    }
    return DatePeriod.of(start, end);
  }

  private static LocalDate near(Source source, LocalDate day) {
    return source.coin(0.5)
        ? day.plusDays(source.draw(Gens.elements(0, -1, 1)))
        : day.plusDays(source.intBetween(-730, 730));
  }
}
