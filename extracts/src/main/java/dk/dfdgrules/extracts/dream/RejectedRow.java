/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import dk.dfdgrules.core.rule.Message;

/**
 * A row of a DREAM file that was rejected and skipped: which file, its line number (1 = the header)
 * and why. Never holds the person key or any other personal value.
 *
 * @param line the physical line number in its file, 1-based (the header is line 1)
 * @param reason why
 * @param detail what was wrong, without personal data (e.g. {@code y_1326: 123}, {@code 881 of 882
 *     fields})
 * @param table the file the row is in: the main DREAM file, or the DSA {@code visit} table
 */
public record RejectedRow(long line, RejectReason reason, String detail, Table table) {

  /** Which input a rejected row is in. */
  public enum Table {
    /** The main DREAM file: wide, or the long {@code y} table. */
    MAIN,
    /** The DSA {@code visit} table (person, quarter, visitation category). */
    VISIT
  }

  /**
   * A row of the main file.
   *
   * @param line the physical line number, 1-based
   * @param reason why
   * @param detail what was wrong, without personal data
   */
  RejectedRow(long line, RejectReason reason, String detail) {
    this(line, reason, detail, Table.MAIN);
  }

  /**
   * The reason as a message with the arguments {@code line} and {@code detail}. Its text is the
   * reason alone, e.g. "unknown benefit code (y_1901: 123)." — the file and line number are the
   * caller's to show, the way compilers do: {@code FILE:LINE: reason} (as {@code dfdg dream
   * keyfigures} does).
   *
   * @return the message
   */
  public Message message() {
    return Message.of(reason.messageKey(), "line", line, "detail", detail);
  }

  RejectedRow atLine(long absoluteLine) {
    return new RejectedRow(absoluteLine, reason, detail, table);
  }
}
