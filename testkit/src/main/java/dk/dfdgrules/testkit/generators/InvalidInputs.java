/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Generators of <em>invalid</em> input: texts that the parsers of {@code core} must reject. Kept
 * apart from the valid generators, and named so ({@code invalid…}); {@link DfdgGenerators} offers
 * each of them too. Every generator mixes fixed, typical mistakes (tried first, as edge cases) with
 * generated ones.
 */
public final class InvalidInputs {

  private static final String DIGITS = "0123456789";
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  private InvalidInputs() {}

  /**
   * Texts that are not CPR numbers ({@code CprNumber.parse} rejects them): impossible dates (31
   * February, day 00, month 13, 29 February in a year without it — with the century the seventh
   * digit gives), wrong lengths, letters, a misplaced or doubled hyphen, an en dash. Any birth-date
   * part they contain is synthetic.
   *
   * @return the generator
   */
  public static Gen<String> cprStrings() {
    Gen<String> four = Gens.strings(DIGITS, 4, 4);
    Gen<String> badDates =
        Gens.zip(
            Gens.elements(
                "3102", "3002", "0013", "0001", "3204", "3104", "3106", "3109", "3111", "0000"),
            Gens.strings(DIGITS, 2, 2),
            four,
            (dayMonth, yy, serial) -> dayMonth + yy + "-" + serial);
    // 29 February of a year that has none: 1900 (seventh digit 0-3) and 2100 cannot be written;
    // 29-02-1900 with seventh digit 0 is the classic
    Gen<String> noLeapDay =
        Gens.zip(
            Gens.elements("00", "01", "02", "03", "05", "10", "21", "23", "25", "30", "33"),
            Gens.elements("0", "1", "2", "3"),
            Gens.strings(DIGITS, 3, 3),
            (yy, seventh, rest) -> "2902" + yy + "-" + seventh + rest);
    Gen<String> validDate =
        Gens.dates(LocalDate.of(1937, 1, 1), LocalDate.of(1999, 12, 31)).map(d -> d.format(DDMMYY));
    Gen<String> wrongLength =
        Gens.zip(
            validDate,
            Gens.oneOf(Gens.strings(DIGITS, 0, 3), Gens.strings(DIGITS, 5, 8)),
            (date, serial) -> date + serial);
    Gen<String> letters =
        Gens.zip(
            validDate,
            Gens.strings(DIGITS, 3, 3),
            Gens.elements('A', 'x', 'O', 'l', ' ', '/'),
            Gens.integers(0, 3),
            (date, serial, letter, at) -> {
              String digits = serial + "0";
              return date + "-" + digits.substring(0, at) + letter + digits.substring(at + 1);
            });
    Gen<String> badHyphen =
        Gens.zip(
            validDate,
            Gens.strings(DIGITS, 4, 4),
            Gens.integers(0, 3),
            (date, serial, kind) ->
                switch (kind) {
                  case 0 -> date.substring(0, 5) + "-" + date.substring(5) + serial;
                  case 1 -> date + "--" + serial;
                  case 2 -> date + "–" + serial; // en dash
                  default -> date + serial.substring(0, 2) + "-" + serial.substring(2);
                });
    return Gens.frequency(
        Gens.weighted(
            1, Gens.elements("", "-", "3102901234", "290200-1234", "01019O-1234", "0101901234567")),
        Gens.weighted(3, badDates),
        Gens.weighted(2, noLeapDay),
        Gens.weighted(2, wrongLength),
        Gens.weighted(2, letters),
        Gens.weighted(2, badHyphen));
  }

  /**
   * Texts that are not CVR numbers: a wrong modulus-11 check digit, 7 or 9 digits, letters.
   *
   * @return the generator
   */
  public static Gen<String> cvrStrings() {
    Gen<String> wrongCheck =
        Texts.cvrs()
            .zip(
                Gens.integers(1, 9),
                (cvr, delta) -> {
                  // moving the last digit (weight 1) by 1-9 always breaks a sum divisible by 11
                  int last = (cvr.charAt(7) - '0' + delta) % 10;
                  return cvr.substring(0, 7) + last;
                });
    return Gens.frequency(
        Gens.weighted(1, Gens.elements("", "1234567", "123456789", "ABCDEFGH", "1234 5678")),
        Gens.weighted(4, wrongCheck),
        Gens.weighted(1, Gens.strings(DIGITS, 0, 7)),
        Gens.weighted(1, Gens.strings(DIGITS, 9, 12)));
  }

  /**
   * Texts that are not P numbers: not ten digits.
   *
   * @return the generator
   */
  public static Gen<String> pNumberStrings() {
    return Gens.frequency(
        Gens.weighted(1, Gens.elements("", "123456789", "12345678901", "12345X7890")),
        Gens.weighted(2, Gens.strings(DIGITS, 0, 9)),
        Gens.weighted(2, Gens.strings(DIGITS, 11, 14)));
  }

  /**
   * Texts that are not Danish phone numbers: 7 or 9 digits, a foreign prefix, letters, punctuation.
   *
   * @return the generator
   */
  public static Gen<String> phoneStrings() {
    return Gens.frequency(
        Gens.weighted(
            1,
            Gens.elements(
                "",
                "1234567",
                "123456789",
                "+46 12345678",
                "4512345678",
                "12-34-56-78",
                "1234567a",
                "(+45) 12345678",
                "+4512 34 56 7")),
        Gens.weighted(2, Gens.strings(DIGITS, 0, 7)),
        Gens.weighted(2, Gens.strings(DIGITS, 9, 12)));
  }

  /**
   * Texts that are not e-mail addresses: no {@code @}, no domain, no top-level domain, blanks,
   * double dots, more than 254 characters.
   *
   * @return the generator
   */
  public static Gen<String> emailStrings() {
    Gen<String> corrupted =
        Texts.emails()
            .zip(
                Gens.integers(0, 5),
                (email, kind) ->
                    switch (kind) {
                      case 0 -> email.replace("@", "");
                      case 1 -> email.substring(0, email.indexOf('@') + 1);
                      case 2 -> email.substring(email.indexOf('@'));
                      case 3 -> email.replace("@", " @");
                      case 4 -> email.substring(0, email.lastIndexOf('.')) + ".1";
                      default -> email.replace("@", "..@");
                    });
    return Gens.frequency(
        Gens.weighted(
            1,
            Gens.elements(
                "",
                "@",
                "a@",
                "@b.dk",
                "a@b",
                "a b@c.dk",
                "a@b..dk",
                ".a@b.dk",
                "a@-b.dk",
                "a".repeat(250) + "@b.dk")),
        Gens.weighted(4, corrupted));
  }

  /**
   * Texts that are not amounts, or are ambiguous ({@code Money.parse} rejects them): {@code 1.234}
   * (thousands or decimals?), three decimals after a comma, misplaced separators, letters.
   *
   * @return the generator
   */
  public static Gen<String> moneyStrings() {
    Gen<String> ambiguous =
        Gens.zip(Gens.integers(1, 999), Gens.strings(DIGITS, 3, 3), (a, b) -> a + "." + b);
    return Gens.frequency(
        Gens.weighted(
            1,
            Gens.elements(
                "",
                "kr.",
                "1.234",
                "1,234",
                "12.34.5",
                "1.2.3",
                "1,2,3",
                "abc",
                "1 234,00",
                "--5",
                "1.23,45",
                "12,3456 kr.")),
        Gens.weighted(2, ambiguous),
        Gens.weighted(
            1,
            Gens.zip(Gens.integers(0, 99_999), Gens.strings(DIGITS, 3, 5), (a, b) -> a + "," + b)));
  }

  /**
   * DREAM week columns that name no week: week 53 of a year without it (e.g. {@code y_1953}), week
   * 00 or above 53, wrong forms.
   *
   * @return the generator
   */
  public static Gen<String> dreamColumns() {
    Gen<String> noWeek53 =
        Gens.elements(
                1990, 1991, 1993, 1994, 1995, 1996, 1997, 1999, 2000, 2001, 2002, 2003, 2005, 2006,
                2007, 2008, 2010, 2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2021, 2022, 2023,
                2024, 2025)
            .map(y -> String.format("y_%02d53", y % 100));
    Gen<String> badWeek =
        Gens.zip(
            Gens.integers(0, 99),
            Gens.oneOf(Gens.constant(0), Gens.integers(54, 99)),
            (yy, ww) -> String.format("y_%02d%02d", yy, ww));
    return Gens.frequency(
        Gens.weighted(
            1, Gens.elements("", "y_", "y_1326x", "Y_1326", "y1326", "y_132", "y_13266", "x_1326")),
        Gens.weighted(2, noWeek53),
        Gens.weighted(2, badWeek));
  }

  /**
   * Texts that are not ISO weeks ({@code IsoWeek.parse} rejects them).
   *
   * @return the generator
   */
  public static Gen<String> isoWeekStrings() {
    return Gens.frequency(
        Gens.weighted(
            1,
            Gens.elements(
                "",
                "2019-W53",
                "2019-W00",
                "2019-W54",
                "2019W38",
                "2019-w38",
                "19-W38",
                "2019-W8",
                "2019-38")),
        Gens.weighted(
            2,
            Gens.zip(
                Gens.integers(1990, 2030),
                Gens.oneOf(Gens.constant(0), Gens.integers(54, 99)),
                (y, w) -> String.format("%04d-W%02d", y, w))));
  }

  /**
   * Texts that are not date periods ({@code DatePeriod.parse} rejects them): an end before the
   * start, a missing part, wrong forms.
   *
   * @return the generator
   */
  public static Gen<String> datePeriodStrings() {
    Gen<String> reversed =
        Gens.zip(
            DfdgGenerators.dates(),
            Gens.integers(1, 1000),
            (d, back) -> d + "/" + d.minusDays(back));
    return Gens.frequency(
        Gens.weighted(
            1,
            Gens.elements(
                "",
                "/",
                "2021-01-01",
                "2021-01-01/",
                "/2021-01-01",
                "2021-13-01/..",
                "2021-02-30/..",
                "01-01-2021/..",
                "2021-01-01/...")),
        Gens.weighted(3, reversed));
  }
}
