/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import dk.dfdgrules.cli.common.CliMessages;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import dk.dfdgrules.extracts.dream.ReadSummary;
import dk.dfdgrules.extracts.dream.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The facts every report gives of its run: the rows read, the rejects by reason, suppression. */
public final class ReadFacts {

  private ReadFacts() {}

  /**
   * The suppression in force, as a fact.
   *
   * @param s the suppression
   * @param l the language
   * @return e.g. {@code Små tal: 1–4 vises som <5}
   */
  public static Report.Fact suppression(Suppression s, Locale l) {
    return new Report.Fact(
        CliMessages.text("report.fact.suppression", l),
        CliMessages.text("report.fact.suppression.value", l, "max", s.below() - 1, "n", s.below()));
  }

  /**
   * The rows read, used and rejected and the persons, in one line.
   *
   * @param s the reader's summary
   * @param l the language
   * @return the line
   */
  public static String rows(ReadSummary s, Locale l) {
    return CliMessages.text(
        "report.fact.rows.value",
        l,
        "read",
        s.rowsRead(),
        "used",
        s.rowsUsed(),
        "rejected",
        s.rowsRejected(),
        "persons",
        s.persons());
  }

  /**
   * The rejected rows by reason, in one line (the reasons' texts without line and detail).
   *
   * @param s the reader's summary
   * @param l the language
   * @return e.g. "a malformed week: 3", or "none"
   */
  public static String rejects(ReadSummary s, Locale l) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<RejectReason, Long> e : s.rejectsByReason().entrySet()) {
      if (e.getValue() > 0) {
        String why =
            Messages.format(Message.of(e.getKey().messageKey(), "line", "", "detail", ""), l)
                .replace(" ()", "")
                .replaceAll("\\.$", "");
        parts.add(why + ": " + e.getValue());
      }
    }
    return parts.isEmpty()
        ? CliMessages.text("report.fact.rejected.none", l)
        : String.join("; ", parts);
  }
}
