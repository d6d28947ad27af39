/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The library's one policy for echoing input in a message: what a parser, a reader or a JSON error
 * may show of the text it was given, so that a CPR number that landed in the wrong field never
 * reaches a message, a {@code toString} or a log line.
 *
 * <p>A <em>digit group</em> is a run of digits (any script) in which single characters that are
 * neither letters nor digits may stand between digits: {@code 0101901234}, {@code 010190-1234},
 * {@code 0101.901.234} and {@code 01 01 90 12 34} are each one group. Every digit of a group of six
 * digits or more becomes {@code *} (the separators stay), except a group that is an ISO date, a
 * time, both, or a period of two dates ({@code 2019-13-01}, {@code 09:00:00}, {@code 2019-13-01
 * 09:00}, {@code 2019-01-01/2019-12-31}): a date of the input is shown, a number of six digits or
 * more never is. The text is then cut to a length, followed by {@code …} and the input's length. So
 * no masked text holds six consecutive digits of its input outside a date, and never ten.
 */
public final class Masking {

  /** The length a message echoes by default. */
  public static final int DEFAULT_LENGTH = 40;

  /** How far beyond the length the text is scanned, so that a cut group is still seen whole. */
  private static final int SLACK = 32;

  /** Digits in a group from which it is masked. */
  private static final int MASKED_FROM = 6;

  /** A date, a time, a date and time, or a period of two dates: the groups that are shown. */
  private static final Pattern DATES_AND_TIMES;

  static {
    String date = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    String time = "[0-9]{2}:[0-9]{2}(:[0-9]{2})?";
    String danish = "[0-9]{2}(?<sep>[-./])[0-9]{2}\\k<sep>[0-9]{4}"; // 30-02-2023, 30.02.2023
    DATES_AND_TIMES =
        Pattern.compile(
            date + "( " + time + ")?(/" + date + ")?" + "|" + time + "|" + danish + "( " + time
                + ")?");
  }

  private Masking() {}

  /**
   * Masks and shortens a piece of input to {@link #DEFAULT_LENGTH} characters.
   *
   * @param text the input; null is shown as {@code null}
   * @return the masked text
   */
  public static String mask(@Nullable CharSequence text) {
    return mask(text, DEFAULT_LENGTH);
  }

  /**
   * Masks and shortens a piece of input: digit groups of six digits or more (except dates and
   * times) become asterisks, and a text longer than {@code max} is cut to {@code max} characters
   * followed by {@code …}.
   *
   * @param text the input; null is shown as {@code null}
   * @param max the longest masked text shown, ≥ 1
   * @return the masked text
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public static String mask(@Nullable CharSequence text, int max) {
    checkArgument(max >= 1, "max must be at least 1, was %s", max);
    if (text == null) {
      return "null";
    }
    int length = text.length();
    int limit = (int) Math.min(length, (long) max + SLACK);
    StringBuilder out = new StringBuilder(limit);
    int i = 0;
    while (i < limit) {
      char c = text.charAt(i);
      if (!Character.isDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      int j = i;
      while (j < limit) {
        char d = text.charAt(j);
        if (Character.isDigit(d)) {
          digits++;
          end = ++j;
        } else if (!Character.isLetter(d)
            && j + 1 < limit
            && Character.isDigit(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      CharSequence group = text.subSequence(i, end);
      if (digits >= MASKED_FROM && !DATES_AND_TIMES.matcher(group).matches()) {
        for (int k = 0; k < group.length(); k++) {
          char g = group.charAt(k);
          out.append(Character.isDigit(g) ? '*' : g);
        }
      } else {
        out.append(group);
      }
      i = end;
    }
    if (length <= max) {
      return out.toString();
    }
    int cut = Character.isHighSurrogate(out.charAt(max - 1)) ? max - 1 : max;
    return out.substring(0, cut) + "…";
  }

  /**
   * Masks and shortens a piece of input, in single quotes, as messages quote what they were given.
   *
   * @param text the input; null is shown as {@code null}, unquoted
   * @return {@code 'masked text'}
   */
  public static String quoted(@Nullable CharSequence text) {
    return text == null ? "null" : "'" + mask(text) + "'";
  }

  /**
   * The {@linkplain #quoted quoted} masked text, made only when shown: an argument for Guava's
   * {@code checkArgument(condition, template, args…)}, which formats its message only when the
   * check fails, so that a parser of valid input does not mask it.
   *
   * @param text the input
   * @return an object whose {@code toString()} is {@link #quoted(CharSequence) quoted(text)}
   */
  public static Object echo(@Nullable CharSequence text) {
    return new Object() {
      @Override
      public String toString() {
        return quoted(text);
      }
    };
  }

  /**
   * The masked text of a value, unquoted, made only when shown: for a number echoed by a check
   * ({@code "week must be 1-52, was %s"}), since an int has room for ten digits.
   *
   * @param value the value; null is shown as {@code null}
   * @return an object whose {@code toString()} is {@link #mask(CharSequence)
   *     mask(String.valueOf(value))}
   */
  public static Object lazy(@Nullable Object value) {
    return new Object() {
      @Override
      public String toString() {
        return mask(String.valueOf(value));
      }
    };
  }
}
