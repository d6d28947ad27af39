/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.VisitationCategory;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a file of made-up visitation registrations in the layout {@link VisitationCourseJob} reads
 * ({@code cpr;start;kategori}, sorted by citizen), for tests, demonstrations and benchmarks: the
 * same seed gives the same file. The CPR numbers are structurally valid (a real birth date in the
 * 1900s) but made up; each citizen has about the given number of registrations between two days,
 * now and then two on the same day (VIS-2) or two in the same week (a course without a Thursday,
 * VIS-4).
 */
public final class VisitationSample {

  private static final VisitationCategory[] CATEGORIES = VisitationCategory.values();

  private final long citizens;
  private final int registrationsPerCitizen;
  private final LocalDate from;
  private final LocalDate to;
  private final long seed;

  /**
   * A sample.
   *
   * @param citizens the number of citizens, 1 … 3,000,000
   * @param registrationsPerCitizen the mean number of registrations of a citizen, 1 … 100
   * @param from the first day a registration can start
   * @param to the last day a registration can start
   * @param seed the seed
   * @throws IllegalArgumentException if a number is out of range or {@code to} is before {@code
   *     from}
   */
  public VisitationSample(
      long citizens, int registrationsPerCitizen, LocalDate from, LocalDate to, long seed) {
    checkArgument(
        citizens >= 1 && citizens <= 3_000_000, "citizens: 1 … 3,000,000, was %s", citizens);
    checkArgument(
        registrationsPerCitizen >= 1 && registrationsPerCitizen <= 100,
        "registrations per citizen: 1 … 100, was %s",
        registrationsPerCitizen);
    checkArgument(!requireNonNull(to, "to").isBefore(requireNonNull(from, "from")), "to < from");
    this.citizens = citizens;
    this.registrationsPerCitizen = registrationsPerCitizen;
    this.from = from;
    this.to = to;
    this.seed = seed;
  }

  /**
   * The standard sample: 12 registrations per citizen over 2017–2024.
   *
   * @param citizens the number of citizens
   * @param seed the seed
   * @return the sample
   */
  public static VisitationSample of(long citizens, long seed) {
    return new VisitationSample(
        citizens, 12, LocalDate.of(2017, 1, 1), LocalDate.of(2024, 12, 31), seed);
  }

  /**
   * Writes the file: a header and the rows, sorted by citizen, LF line ends.
   *
   * @param out where to write; not closed
   * @return the number of rows written
   * @throws IOException if writing fails
   */
  public long writeTo(Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    out.write("cpr;start;kategori\n");
    StringBuilder line = new StringBuilder(64);
    long rows = 0;
    long perDate = (citizens + 33_599) / 33_600;
    long step = Math.max(1, 6000 / perDate);
    long[] starts = new long[4 * registrationsPerCitizen];
    for (long i = 0; i < citizens; i++) {
      String cpr = cpr(i, perDate, step);
      int n = 1 + random.nextInt(2 * registrationsPerCitizen - 1);
      int k = 0;
      for (int j = 0; j < n; j++) {
        long day = from.toEpochDay() + random.nextLong(days);
        long minute = 8 * 60 + 15L * random.nextInt(33);
        starts[k++] = day * 1440 + minute;
        int twist = random.nextInt(40);
        if (twist == 0 && k < starts.length) {
          starts[k++] = day * 1440 + Math.min(minute + 90, 23 * 60);
        } else if (twist == 1 && k < starts.length) {
          starts[k++] = (day + 1) * 1440 + minute;
        }
      }
      Arrays.sort(starts, 0, k);
      for (int j = 0; j < k; j++) {
        long day = Math.floorDiv(starts[j], 1440);
        int minute = (int) Math.floorMod(starts[j], 1440);
        line.setLength(0);
        line.append(cpr).append(';').append(LocalDate.ofEpochDay(day)).append(' ');
        two(line, minute / 60).append(':');
        two(line, minute % 60).append(';');
        line.append(CATEGORIES[weightedCategory(random)].officialName()).append('\n');
        out.append(line);
        rows++;
      }
    }
    return rows;
  }

  /** Jobparat and Aktivitetsparat are the common ones. */
  private static int weightedCategory(SplittableRandom random) {
    int x = random.nextInt(10);
    return x < 4 ? 0 : x < 8 ? 1 : x < 9 ? 2 : 3;
  }

  /**
   * The i-th made-up CPR number, in ascending order: day 01–28, month, year 00–99, serial 1000–
   * 3999 (so born in the 1900s).
   */
  static String cpr(long i, long perDate, long step) {
    long dateIndex = i / perDate;
    long serial = 1000 + (i % perDate) * step;
    int day = (int) (dateIndex / 1200) + 1;
    int month = (int) (dateIndex / 100 % 12) + 1;
    int year = (int) (dateIndex % 100);
    StringBuilder s = new StringBuilder(10);
    two(s, day);
    two(s, month);
    two(s, year);
    s.append(serial);
    return s.toString();
  }

  private static StringBuilder two(StringBuilder s, int v) {
    if (v < 10) {
      s.append('0');
    }
    return s.append(v);
  }
}
