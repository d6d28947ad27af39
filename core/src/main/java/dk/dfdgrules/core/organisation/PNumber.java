package dk.dfdgrules.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * P-nummer — the production-unit number of the Central Business Register: ten digits.
 */
public final class PNumber {

  private final String digits;

  private PNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a P number.
   *
   * @param text ten digits; surrounding blanks are ignored
   * @return the number
   * @throws IllegalArgumentException if not ten digits
   */
  @JsonCreator
  public static PNumber parse(CharSequence text) {
    String s = text.toString().strip();
    checkArgument(isValid(s), "P number must be 10 digits, was '%s'", s);
    return new PNumber(s);
  }

  /**
   * Tells whether a text is a P number, without throwing.
   *
   * @param text any text
   * @return true if ten digits
   */
  public static boolean isValid(CharSequence text) {
    String s = text.toString().strip();
    return s.length() == 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * The ten digits.
   *
   * @return the number
   */
  @JsonValue
  public String value() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PNumber p && digits.equals(p.digits);
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
