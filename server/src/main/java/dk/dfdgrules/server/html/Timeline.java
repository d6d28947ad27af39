/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.server.html;

import dk.dfdgrules.core.rule.RuleVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The dated versions of a rule drawn as segments on a line of their in-force dates, in HTML and
 * CSS. The dates are spaced evenly, in order (not to scale), so that versions a few days apart stay
 * readable beside versions years apart. The drawing is decoration ({@code aria-hidden}): the table
 * of versions below it says the same in text.
 */
final class Timeline {

  private Timeline() {}

  static void write(Html h, List<RuleVersion> dated, PageText t) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (RuleVersion v : dated) {
      v.inForceFrom().ifPresent(dates::add);
      v.inForceUntil().ifPresent(dates::add);
    }
    List<LocalDate> ticks = List.copyOf(dates);
    h.open("div", "class", "timeline", "aria-hidden", "true");
    for (RuleVersion v : dated) {
      double from = v.inForceFrom().map(d -> position(ticks, d)).orElse(0.0);
      double until = v.inForceUntil().map(d -> position(ticks, d)).orElse(100.0);
      String classes =
          "seg"
              + (v.inForceFrom().isEmpty() ? " open-start" : "")
              + (v.inForceUntil().isEmpty() ? " open-end" : "");
      String period = CataloguePages.period(v, t);
      h.open("div", "class", "lane");
      h.element(
          "div",
          period,
          "class",
          classes,
          "style",
          "left:" + percent(from) + ";width:" + percent(until - from),
          "title",
          t.get("versions.label") + " " + v.label() + ": " + period);
      h.close("div");
    }
    for (LocalDate d : ticks) {
      h.element(
          "span", d.toString(), "class", "tick", "style", "left:" + percent(position(ticks, d)));
    }
    h.close("div");
  }

  /**
   * Where a date lies on the line, in per cent: the dates evenly spaced, with room at both ends.
   */
  private static double position(List<LocalDate> ticks, LocalDate d) {
    int i = ticks.indexOf(d);
    return 100.0 * (i + 1) / (ticks.size() + 1);
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.2f%%", p);
  }
}
