/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.rules.cases.CaseFiles;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every fuzz test makes, in one place: a parser or reader throws only the exception
 * types its javadoc documents; what it shows (an exception's message and {@code toString}, a masked
 * value's {@code toString}, a rejected row's detail) is short and never holds ten consecutive
 * digits of its input — a CPR number that landed in the wrong field; and a value it returns reads
 * back to itself where the type promises so.
 *
 * <p>A failed check is an {@link AssertionError}: in regression mode a failed test naming the seed,
 * when fuzzing a finding that Jazzer saves as a crash file.
 */
final class FuzzChecks {

  /** The most characters an exception message or a shown value may have. */
  static final int MAX_SHOWN = 1_000;

  /** Ten digits, maybe with a hyphen after the sixth, as a CPR number is written. */
  private static final Pattern CPR_HYPHEN = Pattern.compile("(?<=[0-9]{6})-(?=[0-9]{4})");

  private static final Pattern DIGITS = Pattern.compile("[0-9]{10,}");

  private FuzzChecks() {}

  /** What a fuzz target does with its input; it may throw anything. */
  @FunctionalInterface
  interface Action<T> {
    T run() throws Exception;
  }

  /**
   * The fuzzer's bytes as text: UTF-8, malformed sequences read as U+FFFD (as the library's readers
   * read files).
   */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Runs an action that may reject its input only with one of the documented exception types.
   *
   * @return the action's result, or null when it rejected the input as documented
   * @throws AssertionError if it threw anything else, or its message is long or shows a CPR number
   *     of the input
   */
  @SafeVarargs
  static <T> T outcome(String input, Action<T> action, Class<? extends Throwable>... documented) {
    try {
      return Objects.requireNonNull(action.run(), "a parser returned null");
    } catch (Throwable e) {
      for (Class<? extends Throwable> type : documented) {
        if (type.isInstance(e)) {
          checkShown(input, e);
          return null;
        }
      }
      throw new AssertionError(
          "undocumented " + e.getClass().getName() + " on " + describeInput(input), e);
    }
  }

  /** Checks an exception's message and {@code toString}. */
  static void checkShown(String input, Throwable e) {
    shown(input, e.getClass().getSimpleName() + " message", String.valueOf(e.getMessage()));
    shown(input, e.getClass().getSimpleName() + ".toString()", e.toString());
  }

  /**
   * Checks a Jackson exception as the library reports it ({@link CaseFiles#describe}: what {@code
   * dfdg evaluate} and {@code dfdg cases} print).
   */
  static void checkJson(String input, JsonProcessingException e) {
    shown(input, "the description of " + e.getClass().getSimpleName(), CaseFiles.describe("in", e));
  }

  /**
   * Checks a text the library shows: at most {@link #MAX_SHOWN} characters, no CPR number of the
   * input.
   */
  static void shown(String input, String what, String shown) {
    if (shown.length() > MAX_SHOWN) {
      throw new AssertionError(
          what
              + " has "
              + shown.length()
              + " characters (at most "
              + MAX_SHOWN
              + "): "
              + clip(shown));
    }
    noCprOf(input, what, shown);
  }

  /** Checks that a text holds no ten consecutive digits (a CPR number) of the input. */
  static void noCprOf(String input, String what, String shown) {
    noCprOf(input, what, shown, false);
  }

  /**
   * Checks that a text holds no CPR number of the input: ten consecutive digits of the input, or
   * (with {@code realDatesOnly}, for results that may show other ten-digit ids of the facts, such
   * as a LIS calculation id) only those whose first six digits are a date.
   */
  static void noCprOf(String input, String what, String shown, boolean realDatesOnly) {
    Set<String> shownRuns = tenDigitRuns(shown);
    if (realDatesOnly) {
      shownRuns.removeIf(run -> !CprNumber.isValid(run));
    }
    if (shownRuns.isEmpty()) {
      return;
    }
    Set<String> inputRuns = tenDigitRuns(input);
    for (String run : shownRuns) {
      if (inputRuns.contains(run)) {
        throw new AssertionError(
            what
                + " shows ten digits of the input ("
                + run.substring(0, 6)
                + "-****): "
                + clip(shown));
      }
    }
  }

  /** Every ten consecutive digits in a text, with a CPR number's hyphen left out. */
  static Set<String> tenDigitRuns(String text) {
    Set<String> runs = new HashSet<>();
    Matcher m = DIGITS.matcher(CPR_HYPHEN.matcher(text).replaceAll(""));
    while (m.find()) {
      String digits = m.group();
      for (int i = 0; i + 10 <= digits.length(); i++) {
        runs.add(digits.substring(i, i + 10));
      }
    }
    return runs;
  }

  /** Checks that a value reads back to itself. */
  static void roundTrip(Object value, Object readBack, String form) {
    if (!value.equals(readBack)) {
      throw new AssertionError(
          "does not round-trip through "
              + form
              + ": "
              + clip(value)
              + " read back as "
              + clip(readBack));
    }
  }

  /** A failed check about an input. */
  static AssertionError failure(String what, String input) {
    return new AssertionError(what + " on " + describeInput(input));
  }

  private static String describeInput(String input) {
    return "an input of " + input.length() + " characters";
  }

  /** A shown text for a failure message: at most 200 characters, CPR-like digits masked. */
  private static String clip(Object o) {
    String s = String.valueOf(o);
    s = s.length() <= 200 ? s : s.substring(0, 200) + "…";
    return s.replaceAll("([0-9]{6})-?[0-9]{4}", "$1-****");
  }
}
