/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.FollowUp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark job in DuckDB: for every week t, count persons by (t, group at t, follow-up at
 * t+52). The lookup tables are built from the same {@link BenefitCodeTable} as the library's, so
 * both must give identical counts.
 */
final class DuckDbDream implements AutoCloseable {

  /** A formulation of the job in SQL. */
  enum Formulation {
    /**
     * Each line read as one string, {@code string_split} into a list, the cells unnested with their
     * index paired with the cell 52 later, a lookup join code → group, a hash group by.
     */
    SPLIT_UNNEST_JOIN,
    /**
     * As {@link #SPLIT_UNNEST_JOIN}, but the cells are first grouped by (week, code at t, code at
     * t+52) as strings, and only the much smaller result is joined to the lookup table.
     */
    SPLIT_UNNEST_AGGREGATE_FIRST,
    /** As {@link #SPLIT_UNNEST_JOIN}, the lookup as a constant list indexed by the code. */
    SPLIT_UNNEST_LIST,
    /**
     * DuckDB's real CSV parser ({@code read_csv}), the weekly columns packed into a list, then as
     * above.
     */
    READ_CSV_LIST,
    /** The obvious formulation: UNPIVOT and {@code LEAD(code, 52)} over a window per person. */
    UNPIVOT_LEAD_WINDOW
  }

  private final Connection c;

  DuckDbDream(int threads, BenefitCodeTable table) throws SQLException {
    c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET preserve_insertion_order = false");
      // DuckDB takes 80 % of the memory by default, which evicts the input files from the page
      // cache and makes every later run (the library's too) read from disk; 8 GB is plenty here
      s.execute("SET memory_limit = '8GB'");
      StringBuilder v = new StringBuilder("CREATE TABLE lk AS SELECT * FROM (VALUES ('', 0, 0)");
      StringBuilder nowList = new StringBuilder("[");
      StringBuilder laterList = new StringBuilder("[");
      for (int code = 0; code <= 999; code++) {
        int now;
        int later;
        if (code == 0) {
          now = 0;
          later = 0;
        } else if (table.isKnown(code)) {
          now = table.isPopulationExit(code) ? 0 : table.defaultGroup(code).orElseThrow().ordinal();
          later = table.isPopulationExit(code) ? FollowUp.LEFT_POPULATION_INDEX : now;
          v.append(", ('")
              .append(code)
              .append("', ")
              .append(now)
              .append(", ")
              .append(later)
              .append(')');
        } else {
          now = -1;
          later = -1;
        }
        nowList.append(code == 0 ? "" : ",").append(now < 0 ? "NULL" : Integer.toString(now));
        laterList.append(code == 0 ? "" : ",").append(later < 0 ? "NULL" : Integer.toString(later));
      }
      v.append(") t(code, g, l)");
      s.execute(v.toString());
      s.execute("CREATE MACRO now_of(x) AS (" + nowList + "])[CAST(x AS INTEGER) + 1]");
      s.execute("CREATE MACRO later_of(x) AS (" + laterList + "])[CAST(x AS INTEGER) + 1]");
    }
  }

  /**
   * Runs the wide job.
   *
   * @param file the wide file: a key column first, then one column per week in week order
   * @param weekColumns the weekly columns, in order
   * @param keyColumn the key column's name
   * @return the counts
   */
  WeeklyCounts wide(Formulation f, Path file, List<String> weekColumns, String keyColumn)
      throws SQLException {
    int weeks = weekColumns.size();
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String lines =
        "SELECT string_split(line, ',') AS f FROM read_csv('"
            + path
            + "', columns = {'line': 'VARCHAR'}, delim = '\\x01', quote = '', escape = '', header ="
            + " true, max_line_size = 100000000)";
    String sql =
        switch (f) {
          case SPLIT_UNNEST_JOIN ->
              "WITH lines AS ("
                  + lines
                  + "),"
                  + " cells AS (SELECT unnest(range(2, len(f) + 1)) AS i, f FROM lines),"
                  + " pairs AS (SELECT i, f[i] AS a, f[i + 52] AS b FROM cells)"
                  + " SELECT i - 2 AS t, n.g AS g, COALESCE(l.l, "
                  + FollowUp.BEYOND_DATA_INDEX
                  + ") AS fu, count(*) AS c"
                  + " FROM pairs JOIN lk n ON n.code = a LEFT JOIN lk l ON l.code = b GROUP BY ALL";
          case SPLIT_UNNEST_AGGREGATE_FIRST ->
              "WITH lines AS ("
                  + lines
                  + "), cells AS (SELECT unnest(range(2, len(f) + 1)) AS i, f FROM lines), agg AS"
                  + " (SELECT i, f[i] AS a, f[i + 52] AS b, count(*) AS c FROM cells GROUP BY ALL)"
                  + " SELECT i - 2 AS t, n.g AS g, COALESCE(l.l, "
                  + FollowUp.BEYOND_DATA_INDEX
                  + ") AS fu, sum(c) AS c"
                  + " FROM agg JOIN lk n ON n.code = a LEFT JOIN lk l ON l.code = b GROUP BY ALL";
          case SPLIT_UNNEST_LIST ->
              "WITH lines AS ("
                  + lines
                  + "),"
                  + " cells AS (SELECT unnest(range(2, len(f) + 1)) AS i, f FROM lines)"
                  + " SELECT i - 2 AS t, COALESCE(now_of(NULLIF(f[i], '')), 0) AS g,"
                  + " CASE WHEN i + 52 > len(f) THEN "
                  + FollowUp.BEYOND_DATA_INDEX
                  + " ELSE COALESCE(later_of(NULLIF(f[i + 52], '')), 0) END AS fu, count(*) AS c"
                  + " FROM cells GROUP BY ALL";
          case READ_CSV_LIST ->
              "WITH lines AS (SELECT list_value(*COLUMNS('^y_[0-9]{4}$')) AS f FROM read_csv('"
                  + path
                  + "',"
                  + " all_varchar = true, header = true)),"
                  + " cells AS (SELECT unnest(range(1, len(f) + 1)) AS i, f FROM lines)"
                  + " SELECT i - 1 AS t, COALESCE(now_of(f[i]), 0) AS g,"
                  + " CASE WHEN i + 52 > len(f) THEN "
                  + FollowUp.BEYOND_DATA_INDEX
                  + " ELSE COALESCE(later_of(f[i + 52]), 0) END AS fu, count(*) AS c"
                  + " FROM cells GROUP BY ALL";
          case UNPIVOT_LEAD_WINDOW ->
              "WITH src AS (SELECT * FROM read_csv('"
                  + path
                  + "', all_varchar = true, header = true)),"
                  + " u AS (SELECT * FROM src UNPIVOT INCLUDE NULLS (code FOR wk IN ("
                  + String.join(", ", weekColumns)
                  + "))),"
                  + " x AS (SELECT t, COALESCE(code, '') AS code,"
                  + " LEAD(COALESCE(code, ''), 52) OVER (PARTITION BY "
                  + keyColumn
                  + " ORDER BY t) AS later"
                  + " FROM u JOIN "
                  + weekTable(weekColumns)
                  + " USING (wk))"
                  + " SELECT t, n.g AS g, COALESCE(l.l, "
                  + FollowUp.BEYOND_DATA_INDEX
                  + ") AS fu, count(*) AS c FROM x JOIN lk n ON n.code = x.code LEFT JOIN lk l ON"
                  + " l.code = x.later GROUP BY ALL";
        };
    return collect(sql, weeks);
  }

  /**
   * Runs the job for any period on any wide file: per period, group at t and follow-up at t+52, the
   * distinct persons (DRM-7; for weeks every person has one cell a week, so a plain count). Each
   * line is split at the separator; the cells are found by their column, so the key and the weekly
   * columns may be anywhere and in any order.
   *
   * @param file the wide file
   * @param delim the separator
   * @param keyColumn the key's column, 0-based
   * @param columnOfWeek per week of the data (index from its first week), the column, 0-based, or
   *     -1 for a week without a column (not counted; beyond the data as seen from 52 weeks before)
   * @param periodOfWeek per week of the data, its period
   * @param periods the number of periods
   * @param distinct whether to count distinct keys (any period but the week) or cells
   * @return the counts per period
   */
  WeeklyCounts periods(
      Path file,
      char delim,
      int keyColumn,
      int[] columnOfWeek,
      int[] periodOfWeek,
      int periods,
      boolean distinct)
      throws SQLException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    int weeks = columnOfWeek.length;
    StringBuilder col = new StringBuilder("[");
    StringBuilder per = new StringBuilder("[");
    for (int w = 0; w < weeks; w++) {
      col.append(w == 0 ? "" : ",")
          .append(columnOfWeek[w] < 0 ? "NULL" : Integer.toString(columnOfWeek[w] + 1));
      per.append(w == 0 ? "" : ",").append(periodOfWeek[w]);
    }
    // each week's cell and the cell 52 weeks later, then the person's (period, group, follow-up)
    String d = delim == '\t' ? "chr(9)" : "'" + delim + "'";
    String sql =
        "WITH lines AS (SELECT string_split(rtrim(line, chr(13)), "
            + d
            + ") AS f FROM read_csv('"
            + path
            + "', columns = {'line': 'VARCHAR'}, delim = '\\x01', quote = '', escape = '', header ="
            + " true, max_line_size = 100000000)), cells AS (SELECT unnest(range(0, "
            + weeks
            + ")) AS w, f FROM lines),"
            + " x AS (SELECT f["
            + (keyColumn + 1)
            + "] AS p, ("
            + per
            + "])[w + 1] AS q,"
            + " COALESCE(now_of(NULLIF(f[("
            + col
            + "])[w + 1]], '')), 0) AS g,"
            + " CASE WHEN w + 52 >= "
            + weeks
            + " OR ("
            + col
            + "])[w + 53] IS NULL THEN "
            + FollowUp.BEYOND_DATA_INDEX
            + " ELSE COALESCE(later_of(NULLIF(f[("
            + col
            + "])[w + 53]], '')), 0) END AS fu"
            + " FROM cells WHERE ("
            + col
            + "])[w + 1] IS NOT NULL)"
            + " SELECT q, g, fu, "
            + (distinct ? "count(DISTINCT p)" : "count(*)")
            + " FROM x GROUP BY ALL";
    return collect(sql, periods);
  }

  private static String weekTable(List<String> weekColumns) {
    StringBuilder b = new StringBuilder("(VALUES ");
    for (int i = 0; i < weekColumns.size(); i++) {
      b.append(i == 0 ? "" : ",")
          .append("('")
          .append(weekColumns.get(i))
          .append("',")
          .append(i)
          .append(')');
    }
    return b.append(") wt(wk, t)").toString();
  }

  private WeeklyCounts collect(String sql, int weeks) throws SQLException {
    WeeklyCounts out = new WeeklyCounts(weeks);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getInt(1), r.getInt(2), r.getInt(3), r.getLong(4));
      }
    }
    return out;
  }

  /**
   * Runs the long job: the DSA {@code y} table (person;week;code, non-blank weeks only),
   * self-joined on person and week + 52.
   *
   * @param file the long file, header {@code lobenr;uge;y}
   * @param first the data's first week
   * @param weeks the number of weeks of the data
   * @return the counts (rows only for the weeks a person has a row: receivers and exits)
   */
  WeeklyCounts longForm(Path file, IsoWeek first, int weeks) throws SQLException {
    return longForm(file, first, weeks, false);
  }

  /**
   * Runs the long job.
   *
   * @param file the long file, header {@code lobenr;uge;y}
   * @param first the data's first week
   * @param weeks the number of weeks of the data
   * @param window true: a window {@code RANGE BETWEEN 52 FOLLOWING AND 52 FOLLOWING} per person;
   *     false: a self-join on person and week + 52
   * @return the counts (rows only for the weeks a person has a row: receivers and exits)
   */
  WeeklyCounts longForm(Path file, IsoWeek first, int weeks, boolean window) throws SQLException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    StringBuilder wk = new StringBuilder("(VALUES ");
    IsoWeek w = first;
    for (int i = 0; i < weeks; i++, w = w.plusWeeks(1)) {
      wk.append(i == 0 ? "" : ",").append("('").append(w).append("',").append(i).append(')');
    }
    wk.append(") wk(uge, w)");
    String y =
        "WITH y AS (SELECT r.lobenr AS p, wk.w AS w, r.y AS code FROM read_csv('"
            + path
            + "', delim = ';', header = true,"
            + " columns = {'lobenr': 'VARCHAR', 'uge': 'VARCHAR', 'y': 'VARCHAR'}) r JOIN "
            + wk
            + " ON wk.uge = r.uge)";
    String beyond =
        " CASE WHEN a.w + 52 >= "
            + weeks
            + " THEN "
            + FollowUp.BEYOND_DATA_INDEX
            + " ELSE COALESCE(l.l, 0) END AS fu,";
    String sql =
        window
            ? y
                + ", a AS (SELECT w, code, first_value(code) OVER (PARTITION BY p ORDER BY w"
                + " RANGE BETWEEN 52 FOLLOWING AND 52 FOLLOWING) AS later FROM y)"
                + " SELECT a.w AS t, n.g AS g,"
                + beyond
                + " count(*) AS c FROM a JOIN lk n ON n.code = a.code LEFT JOIN lk l ON l.code ="
                + " a.later GROUP BY ALL"
            : y
                + " SELECT a.w AS t, n.g AS g,"
                + beyond
                + " count(*) AS c"
                + " FROM y a JOIN lk n ON n.code = a.code"
                + " LEFT JOIN y b ON b.p = a.p AND b.w = a.w + 52"
                + " LEFT JOIN lk l ON l.code = b.code GROUP BY ALL";
    return collect(sql, weeks);
  }

  static List<Formulation> defaults() {
    return List.of(
        Formulation.SPLIT_UNNEST_JOIN,
        Formulation.SPLIT_UNNEST_AGGREGATE_FIRST,
        Formulation.READ_CSV_LIST);
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
