package dk.dfdgrules.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, such as 2014-Q1 (January to March 2014). DREAM's quarterly variables
 * ({@code visit}, {@code match}) are placed on weeks by the week's Thursday.
 *
 * <p>Text form: {@code 2014-Q1}; {@link #parse(CharSequence)} is the exact inverse of {@link
 * #toString()}.
 */
public final class YearQuarter implements Comparable<YearQuarter> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

  private final int year;
  private final int quarter;

  private YearQuarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * A quarter.
   *
   * @param year the year, 1–9999
   * @param quarter the quarter, 1–4
   * @return the quarter
   * @throws IllegalArgumentException if either is out of range
   */
  public static YearQuarter of(int year, int quarter) {
    checkArgument(year >= 1 && year <= 9999, "year must be 1-9999, was %s", year);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1-4, was %s", quarter);
    return new YearQuarter(year, quarter);
  }

  /**
   * The quarter a day falls in.
   *
   * @param date a day
   * @return its quarter
   */
  public static YearQuarter from(LocalDate date) {
    return new YearQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The quarter a month falls in.
   *
   * @param month a month
   * @return its quarter
   */
  public static YearQuarter from(YearMonth month) {
    return new YearQuarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses the text form of {@link #toString()}.
   *
   * @param text {@code yyyy-Qn}
   * @return the quarter
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator
  public static YearQuarter parse(CharSequence text) {
    Matcher m = FORM.matcher(text.toString().trim());
    checkArgument(m.matches(), "quarter must be like 2014-Q1, was '%s'", text);
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The quarter of the year.
   *
   * @return 1–4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * The first day of the quarter.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * The last day of the quarter.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  /**
   * Tells whether a day lies in the quarter.
   *
   * @param date a day
   * @return true if inside
   */
  public boolean contains(LocalDate date) {
    return from(date).equals(this);
  }

  /**
   * A quarter some quarters later (earlier when negative).
   *
   * @param quarters the number of quarters to add
   * @return the quarter
   */
  public YearQuarter plusQuarters(long quarters) {
    long index = year * 4L + (quarter - 1) + quarters;
    return of((int) Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(YearQuarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearQuarter q && year == q.year && quarter == q.quarter;
  }

  @Override
  public int hashCode() {
    return year * 10 + quarter;
  }

  /** The form {@code 2014-Q1}. */
  @JsonValue
  @Override
  public String toString() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
