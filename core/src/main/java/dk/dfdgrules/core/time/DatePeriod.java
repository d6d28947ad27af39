/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.internal.Masking;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days: from a start date to an end date, <em>both included</em>, or open-ended
 * (no end yet). This is how DFDG registers contact persons, contact groups, activities and
 * memberships: the end date is the last day.
 *
 * <p>Text form (ISO-8601 intervals): {@code 2021-01-01/2022-03-10} for a closed period, {@code
 * 2021-01-01/..} for an open-ended one; {@link #parse(CharSequence)} is the exact inverse of {@link
 * #toString()}.
 *
 * <p>A period built from FLIS data, where 9999-12-31 marks an open end, is built with {@link
 * #fromFlis(LocalDate, LocalDate)}.
 */
public final class DatePeriod {

  private final LocalDate start;
  private final LocalDate end; // null when open-ended

  private DatePeriod(LocalDate start, LocalDate end) {
    this.start = requireNonNull(start, "start");
    if (end != null) {
      checkArgument(!end.isBefore(start), "end %s is before start %s", end, start);
    }
    this.end = end;
  }

  /**
   * A closed period.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DatePeriod of(LocalDate start, LocalDate end) {
    return new DatePeriod(start, requireNonNull(end, "end"));
  }

  /**
   * A period with an optional end.
   *
   * @param start the first day
   * @param end the last day, or empty when open-ended
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DatePeriod of(LocalDate start, Optional<LocalDate> end) {
    return new DatePeriod(start, end.orElse(null));
  }

  /**
   * An open-ended period.
   *
   * @param start the first day
   * @return the period
   */
  public static DatePeriod from(LocalDate start) {
    return new DatePeriod(start, null);
  }

  /**
   * A period as FLIS writes it: an end of 9999-12-31 means open-ended.
   *
   * @param start the first day
   * @param flisEnd the last day, or {@link FlisDates#OPEN_END}
   * @return the period
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DatePeriod fromFlis(LocalDate start, LocalDate flisEnd) {
    return of(start, FlisDates.fromFlisEnd(flisEnd));
  }

  /**
   * Parses the text form of {@link #toString()}.
   *
   * @param text {@code yyyy-MM-dd/yyyy-MM-dd} or {@code yyyy-MM-dd/..}
   * @return the period
   * @throws IllegalArgumentException if the text is not of that form, or the end is before the
   *     start
   */
  public static DatePeriod parse(CharSequence text) {
    String s = text.toString().trim();
    int slash = s.indexOf('/');
    checkArgument(slash > 0, "period must be 'start/end' or 'start/..', was %s", Masking.echo(s));
    try {
      LocalDate start = LocalDate.parse(s.substring(0, slash));
      String endText = s.substring(slash + 1);
      return endText.equals("..") ? from(start) : of(start, LocalDate.parse(endText));
    } catch (DateTimeParseException e) {
      // not chained: the parser's message quotes the text unmasked
      throw new IllegalArgumentException(
          "period must be 'yyyy-MM-dd/yyyy-MM-dd' or 'yyyy-MM-dd/..', was " + Masking.quoted(s));
    }
  }

  /**
   * The first day.
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day, if the period has one.
   *
   * @return the end, or empty when open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The last day, or 9999-12-31 when open, as FLIS writes it.
   *
   * @return the end or the marker
   */
  public LocalDate flisEnd() {
    return end == null ? FlisDates.OPEN_END : end;
  }

  /**
   * Tells whether the period has no end.
   *
   * @return true when open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Tells whether a day lies in the period.
   *
   * @param date a day
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Tells whether two periods share at least one day.
   *
   * @param other another period
   * @return true if they overlap
   */
  public boolean overlaps(DatePeriod other) {
    return (end == null || !other.start.isAfter(end))
        && (other.end == null || !start.isAfter(other.end));
  }

  /**
   * A copy with another end.
   *
   * @param newEnd the new last day, not before the start
   * @return the changed period
   * @throws IllegalArgumentException if {@code newEnd} is before the start
   */
  public DatePeriod withEnd(LocalDate newEnd) {
    return of(start, newEnd);
  }

  /**
   * A copy with another start.
   *
   * @param newStart the new first day, not after the end
   * @return the changed period
   * @throws IllegalArgumentException if the end is before {@code newStart}
   */
  public DatePeriod withStart(LocalDate newStart) {
    return new DatePeriod(newStart, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatePeriod p && start.equals(p.start) && Objects.equals(end, p.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The ISO-8601 interval form, {@code 2021-01-01/2022-03-10} or {@code 2021-01-01/..}. */
  @Override
  public String toString() {
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
