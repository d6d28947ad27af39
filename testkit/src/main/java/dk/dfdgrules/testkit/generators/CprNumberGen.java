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

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.citizen.Sex;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic CPR numbers: a real birth date, a seventh digit that gives that date's century, and
 * serial digits with or without the modulus-11 check.
 *
 * <p><b>Synthetic, for tests only.</b> The numbers are made up from random digits; any of them may
 * coincide with the number of a real person. Use them in tests and test data only, never as real
 * data, and never print them unmasked ({@link CprNumber#toString()} masks).
 *
 * <p>Defaults: born between 1858-01-01 and 2057-12-31 — every date a CPR number can express — so
 * every century rule occurs: seventh digit 5–8 with 18YY (born 1858–1899), 0–3 with 19YY, 4 and 9
 * with 19YY (1937–1999) and with 20YY (2000–2036), 5–8 with 20YY (2000–2057); with and without the
 * modulus-11 check about evenly; either sex. Shrinks towards the earliest birth date and the
 * smallest serial digits. Edge cases include the first and last birth dates.
 */
public final class CprNumberGen implements Gen<CprNumber> {

  /** The earliest birth date a CPR number can express (seventh digit 5–8, YY 58). */
  public static final LocalDate EARLIEST = LocalDate.of(1858, 1, 1);

  /** The latest birth date a CPR number can express (seventh digit 5–8, YY 57). */
  public static final LocalDate LATEST = LocalDate.of(2057, 12, 31);

  private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  /** Whether the modulus-11 check holds. */
  private enum Mod11 {
    ANY,
    WITH,
    WITHOUT
  }

  private final LocalDate from;
  private final LocalDate to;
  private final Mod11 mod11;
  private final @Nullable Sex sex;
  private final Gen<LocalDate> birthDates;

  private CprNumberGen(LocalDate from, LocalDate to, Mod11 mod11, @Nullable Sex sex) {
    checkArgument(
        !from.isBefore(EARLIEST) && !to.isAfter(LATEST),
        "a CPR number expresses birth dates %s to %s, not %s to %s",
        EARLIEST,
        LATEST,
        from,
        to);
    checkArgument(
        !to.isBefore(from), "born between %s and %s: the end is before the start", from, to);
    this.from = from;
    this.to = to;
    this.mod11 = mod11;
    this.sex = sex;
    this.birthDates = Gens.dates(from, to);
  }

  static CprNumberGen any() {
    return new CprNumberGen(EARLIEST, LATEST, Mod11.ANY, null);
  }

  /**
   * Numbers of people born in a period.
   *
   * @param first the first birth date, not before {@link #EARLIEST}
   * @param last the last birth date, not after {@link #LATEST}
   * @return the generator
   * @throws IllegalArgumentException if the period is reversed or outside what CPR expresses
   */
  public CprNumberGen bornBetween(LocalDate first, LocalDate last) {
    return new CprNumberGen(requireNonNull(first), requireNonNull(last), mod11, sex);
  }

  /**
   * Numbers of people born on one day.
   *
   * @param day the birth date
   * @return the generator
   */
  public CprNumberGen bornOn(LocalDate day) {
    return bornBetween(day, day);
  }

  /**
   * Only numbers that satisfy the modulus-11 check (as all issued before 2007 do).
   *
   * @return the generator
   */
  public CprNumberGen withModulus11() {
    return new CprNumberGen(from, to, Mod11.WITH, sex);
  }

  /**
   * Only numbers that fail the modulus-11 check ("CPR-numre uden modulus 11-kontrol", issued since
   * 2007 and valid).
   *
   * @return the generator
   */
  public CprNumberGen withoutModulus11() {
    return new CprNumberGen(from, to, Mod11.WITHOUT, sex);
  }

  /**
   * Only numbers of one sex (the parity of the last digit).
   *
   * @param which the sex
   * @return the generator
   */
  public CprNumberGen ofSex(Sex which) {
    return new CprNumberGen(from, to, mod11, requireNonNull(which));
  }

  /**
   * The numbers as text, {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}: both forms {@link
   * CprNumber#parse(CharSequence)} reads.
   *
   * @return the generator
   */
  public Gen<String> asText() {
    return source -> {
      String digits = generate(source).unmaskedValue();
      return source.coin(0.5) ? digits : digits.substring(0, 6) + "-" + digits.substring(6);
    };
  }

  @Override
  public CprNumber generate(Source source) {
    LocalDate birth = birthDates.generate(source);
    int[] d = new int[10];
    String date = birth.format(DDMMYY);
    for (int i = 0; i < 6; i++) {
      d[i] = date.charAt(i) - '0';
    }
    int[] sevenths = seventhDigits(birth.getYear());
    d[6] = sevenths[source.index(sevenths.length)];
    d[7] = source.intBetween(0, 9);
    d[8] = source.intBetween(0, 9);
    boolean withCheck =
        switch (mod11) {
          case WITH -> true;
          case WITHOUT -> false;
          case ANY -> !source.coin(0.5);
        };
    if (withCheck) {
      completeWithCheck(d);
    } else {
      List<Integer> lasts = new ArrayList<>();
      for (int last = 0; last <= 9; last++) {
        d[9] = last;
        if (sexMatches(last) && weightedSum(d) % 11 != 0) {
          lasts.add(last);
        }
      }
      d[9] = lasts.get(source.index(lasts.size()));
    }
    StringBuilder b = new StringBuilder(10);
    for (int digit : d) {
      b.append(digit);
    }
    return CprNumber.parse(b);
  }

  /** Sets the last digit (and if need be the ninth) so that the modulus-11 check holds. */
  private void completeWithCheck(int[] d) {
    int ninth = d[8];
    for (int k = 0; k < 10; k++) {
      d[8] = (ninth + k) % 10;
      d[9] = 0;
      int last = Math.floorMod(-weightedSum(d), 11);
      if (last <= 9 && sexMatches(last)) {
        d[9] = last;
        return;
      }
    }
    throw new IllegalStateException("no modulus-11 completion"); // cannot happen: see tests
  }

  private boolean sexMatches(int last) {
    return sex == null || (sex == Sex.MALE) == (last % 2 == 1);
  }

  private static int weightedSum(int[] d) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += d[i] * WEIGHTS[i];
    }
    return sum;
  }

  /**
   * The seventh digits that give a birth year its century (cpr.dk, "Personnummeret i CPR").
   *
   * @param year a year 1858–2057
   * @return the digits
   */
  static int[] seventhDigits(int year) {
    if (year < 1900) {
      return new int[] {5, 6, 7, 8};
    }
    if (year <= 1936) {
      return new int[] {0, 1, 2, 3};
    }
    if (year <= 1999) {
      return new int[] {0, 1, 2, 3, 4, 9};
    }
    if (year <= 2036) {
      return new int[] {4, 5, 6, 7, 8, 9};
    }
    return new int[] {5, 6, 7, 8};
  }
}
