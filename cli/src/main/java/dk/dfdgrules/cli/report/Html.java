/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

/** Escaping and the data attributes of a number. */
final class Html {

  private Html() {}

  /** Escapes text for an element or a quoted attribute. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The attributes that tie a shown number to its CSV row: {@code data-k} (the row's key) and
   * {@code data-f} ({@code n} for the count, {@code share} for the share); empty for a cell without
   * a key.
   */
  static String data(Cell c, String field) {
    if (c.key().isEmpty()) {
      return "";
    }
    return " data-k=\"" + esc(c.key()) + "\" data-f=\"" + field + "\"";
  }
}
