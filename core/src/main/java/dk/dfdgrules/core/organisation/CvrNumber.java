package dk.dfdgrules.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * CVR-nummer — the company number of the Central Business Register: eight digits whose weighted
 * sum (weights 2,7,6,5,4,3,2,1) is divisible by 11.
 */
public final class CvrNumber {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private final String digits;

  private CvrNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a CVR number.
   *
   * @param text eight digits; surrounding blanks are ignored
   * @return the number
   * @throws IllegalArgumentException if not eight digits, or the modulus-11 check fails
   */
  @JsonCreator
  public static CvrNumber parse(CharSequence text) {
    String s = text.toString().strip();
    checkArgument(isEightDigits(s), "CVR number must be 8 digits, was '%s'", s);
    checkArgument(hasModulus11(s), "CVR number '%s' fails the modulus-11 check", s);
    return new CvrNumber(s);
  }

  /**
   * Tells whether a text is a valid CVR number, without throwing.
   *
   * @param text any text
   * @return true if eight digits with a valid modulus-11 check
   */
  public static boolean isValid(CharSequence text) {
    String s = text.toString().strip();
    return isEightDigits(s) && hasModulus11(s);
  }

  private static boolean isEightDigits(String s) {
    return s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean hasModulus11(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /**
   * The eight digits.
   *
   * @return the number
   */
  @JsonValue
  public String value() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CvrNumber c && digits.equals(c.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return digits;
  }
}
