/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.cli.dream;

import dk.dfdgrules.extracts.dream.KeyFigureJob;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code dfdg dream keyfigures} that name the columns of its files; each left out
 * keeps the job's default names.
 */
final class ColumnOptions {

  @Option(
      names = "--key-column",
      split = ",",
      paramLabel = "NAME",
      description = "Name(s) of the person key column (default cpr,lobenr,pnr,person,personid).")
  List<String> keyColumns;

  @Option(
      names = "--week-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Long files: name(s) of the week column (default uge,week,aaruge,aar_uge,periode,tid).")
  List<String> weekColumns;

  @Option(
      names = "--code-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "Long files: name(s) of the code column (default y,ydelse,ydelseskode,kode,code).")
  List<String> codeColumns;

  @Option(
      names = "--quarter-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "The visit table's quarter column (default kvartal,quarter,aarkvt,aar_kvt,periode,tid).")
  List<String> quarterColumns;

  @Option(
      names = "--category-column",
      split = ",",
      paramLabel = "NAME",
      description =
          "The visit table's category column (default"
              + " visit,visitation,visitationskategori,kategori,category).")
  List<String> categoryColumns;

  /**
   * Gives the job the column names given.
   *
   * @param job the job
   */
  void applyTo(KeyFigureJob.Builder job) {
    if (keyColumns != null) {
      job.keyColumns(keyColumns);
    }
    if (weekColumns != null) {
      job.weekColumns(weekColumns);
    }
    if (codeColumns != null) {
      job.codeColumns(codeColumns);
    }
    if (quarterColumns != null) {
      job.quarterColumns(quarterColumns);
    }
    if (categoryColumns != null) {
      job.categoryColumns(categoryColumns);
    }
  }

  /**
   * The names of the week column of a long file, as the job's week-range scan reads them.
   *
   * @return the names given, stripped and lower case, or the job's default
   */
  List<String> weekColumnsToScan() {
    return weekColumns == null
        ? KeyFigureJob.DEFAULT_WEEK_COLUMNS
        : weekColumns.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
  }
}
