/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.report;

import java.util.ArrayList;
import java.util.List;

/** Every section as a table: a chart's table is its accessible fallback and its terminal form. */
final class Tables {

  private Tables() {}

  /**
   * The section as a table: a table as it is; a line chart with a row per period and a column per
   * line; stacked bars with a row per bar (label, total, then the count and the share of each
   * segment).
   */
  static Report.Table of(Report.Section s) {
    if (s instanceof Report.Table t) {
      return t;
    }
    if (s instanceof Report.LineChart c) {
      List<String> columns = new ArrayList<>();
      columns.add(c.xTitle());
      c.series().forEach(x -> columns.add(x.name()));
      List<List<Cell>> rows = new ArrayList<>();
      for (int p = 0; p < c.periods().size(); p++) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(c.periods().get(p)));
        for (Report.Series x : c.series()) {
          row.add(x.points().get(p));
        }
        rows.add(row);
      }
      return new Report.Table(c.title(), c.description(), columns, rows);
    }
    Report.StackedBars c = (Report.StackedBars) s;
    {
      List<String> columns = new ArrayList<>();
      columns.add(c.labelTitle());
      columns.add(c.totalTitle());
      columns.addAll(c.segments());
      List<List<Cell>> rows = new ArrayList<>();
      for (Report.Bar bar : c.bars()) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(bar.label()));
        row.add(bar.total());
        row.addAll(bar.shares());
        rows.add(row);
      }
      return new Report.Table(c.title(), c.description(), columns, rows);
    }
  }
}
