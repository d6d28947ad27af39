/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.internal;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders values and failures for reports: by {@code toString} (so a {@code CprNumber} shows
 * masked), with one more guard: any ten digits that look like a CPR number ({@code DDMMYYSSSS} or
 * {@code DDMMYY-SSSS}) in the text are masked to {@code DDMMYY-****}, so a synthetic CPR number
 * held as a plain string never reaches a report unmasked either.
 */
public final class Describe {

  private static final Pattern CPR_LIKE =
      Pattern.compile("(?<![0-9])([0-3][0-9][01][0-9][0-9]{2})-?([0-9]{4})(?![0-9])");
  private static final int MAX_LENGTH = 2_000;

  private Describe() {}

  /**
   * The text of a value.
   *
   * @param value any value
   * @return its text, CPR-like digits masked, at most 2,000 characters
   */
  public static String value(@Nullable Object value) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof Object[] array) {
      text = Arrays.deepToString(array);
    } else if (value instanceof String s) {
      text = '"' + s + '"';
    } else if (value.getClass().isArray()) {
      text = Arrays.deepToString(new Object[] {value});
      text = text.substring(1, text.length() - 1);
    } else {
      text = String.valueOf(value);
    }
    return shorten(mask(text));
  }

  /**
   * A failure as one line: its class and message.
   *
   * @param failure the failure
   * @return the text, CPR-like digits masked
   */
  public static String failure(Throwable failure) {
    String message = failure.getMessage();
    String text = failure.getClass().getName() + (message == null ? "" : ": " + message);
    return shorten(mask(text));
  }

  /**
   * Masks CPR-like digit groups.
   *
   * @param text any text
   * @return the text with {@code DDMMYY-****} for each
   */
  public static String mask(String text) {
    return CPR_LIKE.matcher(text).replaceAll("$1-****");
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
