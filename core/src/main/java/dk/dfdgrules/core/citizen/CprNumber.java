/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.citizen;

import static com.google.common.base.Preconditions.checkArgument;

import dk.dfdgrules.core.internal.Digits;
import dk.dfdgrules.core.time.Anniversaries;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * CPR-nummer — the Danish civil registration number: DDMMYY-SSSS.
 *
 * <p><b>Personal data.</b> {@link #toString()} shows only the birth-date part ({@code
 * 010190-****}); every exception message of this class does the same. The full number is only
 * available through the explicitly named {@link #unmaskedValue()}, for the caller that must send it
 * on (and for JSON, which must round-trip).
 *
 * <p>Structure checked by {@link #parse(CharSequence)}: ten digits, an optional hyphen after the
 * sixth; a real birth date, with the century read from the seventh digit as CPR's office publishes
 * it (cpr.dk, "Personnummeret i CPR"):
 *
 * <table>
 *   <caption>Century by the seventh digit</caption>
 *   <tr><th>7th digit</th><th>YY 00–36</th><th>YY 37–57</th><th>YY 58–99</th></tr>
 *   <tr><td>0–3</td><td>19YY</td><td>19YY</td><td>19YY</td></tr>
 *   <tr><td>4, 9</td><td>20YY</td><td>19YY</td><td>19YY</td></tr>
 *   <tr><td>5–8</td><td>20YY</td><td>20YY</td><td>18YY</td></tr>
 * </table>
 *
 * <p>There is <em>no</em> modulus-11 requirement: numbers without it have been issued since 2007
 * ("CPR-numre uden modulus 11-kontrol"). {@link #hasModulus11Check()} tells whether a number
 * happens to satisfy it.
 */
public final class CprNumber {

  private static final int[] MOD11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  private final String digits;
  private final LocalDate birthDate;

  private CprNumber(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /**
   * Parses a CPR number.
   *
   * @param text ten digits, or six digits, a hyphen and four digits; surrounding blanks are ignored
   * @return the number
   * @throws IllegalArgumentException if the text is not of that form or its first six digits are
   *     not a real date; the message never shows the serial digits
   */
  public static CprNumber parse(CharSequence text) {
    String s = text.toString().strip();
    String digits =
        (s.length() == 11 && s.charAt(6) == '-') ? s.substring(0, 6) + s.substring(7) : s;
    checkArgument(
        Digits.areDigits(digits, 10),
        "CPR number must be 10 digits (DDMMYYSSSS, optionally DDMMYY-SSSS); got %s characters",
        s.length());
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int yy = Integer.parseInt(digits.substring(4, 6));
    int seventh = digits.charAt(6) - '0';
    int year = century(seventh, yy) + yy;
    try {
      return new CprNumber(digits, LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "CPR number "
              + digits.substring(0, 6)
              + "-****: day "
              + day
              + " of month "
              + month
              + " in "
              + year
              + " is not a real date");
    }
  }

  /**
   * Tells whether a text is a structurally valid CPR number, without throwing.
   *
   * @param text any text
   * @return true if {@link #parse(CharSequence)} accepts it
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int century(int seventh, int yy) {
    if (seventh <= 3) {
      return 1900;
    }
    if (seventh == 4 || seventh == 9) {
      return yy <= 36 ? 2000 : 1900;
    }
    return yy <= 57 ? 2000 : 1800;
  }

  /**
   * The birth date, with the century from the seventh digit.
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The sex the last digit encodes: odd is male.
   *
   * @return the sex
   */
  public Sex sex() {
    return (digits.charAt(9) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * The age in whole years on a day. A person born on 29 February becomes a year older on 1 March
   * in years without 29 February.
   *
   * @param date the day, not before the birth date
   * @return the completed years
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    checkArgument(
        !date.isBefore(birthDate), "date %s is before the birth date of %s", date, masked());
    return Period.between(birthDate, date).getYears();
  }

  /**
   * The day the person reaches an age: the birthday, or 1 March for a person born on 29 February in
   * a year without it ({@link dk.dfdgrules.core.time.Anniversaries}).
   *
   * @param years an age, not negative
   * @return the birthday on which the person turns {@code years}
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public LocalDate birthdayOfAge(int years) {
    checkArgument(years >= 0, "age must not be negative, was %s", years);
    return Anniversaries.yearsAfter(birthDate, years);
  }

  /**
   * Tells whether the number satisfies the modulus-11 check (weights 4,3,2,7,6,5,4,3,2,1). Not
   * required: numbers without it have been issued since 2007.
   *
   * @return true if the weighted digit sum is divisible by 11
   */
  public boolean hasModulus11Check() {
    return Digits.hasModulus11(digits, MOD11_WEIGHTS);
  }

  /**
   * The full ten digits, without hyphen. <b>Personal data:</b> never log it or put it in a message.
   *
   * @return the unmasked number
   */
  public String unmaskedValue() {
    return digits;
  }

  /**
   * The masked form, showing only the birth date: {@code 010190-****}.
   *
   * @return the masked number
   */
  public String masked() {
    return digits.substring(0, 6) + "-****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CprNumber c && digits.equals(c.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The masked form, {@code 010190-****}: never the serial digits. */
  @Override
  public String toString() {
    return masked();
  }
}
