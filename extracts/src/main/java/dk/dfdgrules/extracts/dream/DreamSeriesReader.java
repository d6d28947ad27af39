/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.dream.PriorityTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a wide DREAM file as a stream of per-person {@link DreamSeries} — the one shape behind both
 * file formats — for callers that want the series themselves (the key-figure job counts without
 * building them). One person at a time, in file order, on one worker thread; memory independent of
 * the number of rows.
 *
 * <p>A week of the range without a column in the file reads as blank. Bad rows are reported and
 * skipped as in {@link KeyFigureJob}; so is a second row of a person key already read ({@link
 * RejectReason#DUPLICATE_KEY}; memory as {@link KeyFigureJob}'s check, see its class comment).
 */
public final class DreamSeriesReader {

  private DreamSeriesReader() {}

  /**
   * Reads a wide file.
   *
   * @param in the file (the caller opened it)
   * @param table the code table that says which codes are known
   * @param persons receives each valid person's series, in file order
   * @param rejects receives each rejected row, in file order
   * @return the summary
   * @throws DreamInputException if the file is empty or its header is not a wide DREAM header
   */
  public static ReadSummary readWide(
      InputStream in,
      BenefitCodeTable table,
      Consumer<DreamSeries> persons,
      Consumer<RejectedRow> rejects) {
    requireNonNull(persons, "persons");
    try {
      KeyFigureJob.Header header = KeyFigureJob.readHeader(in, 1 << 16);
      List<String> fields = header.fields();
      char delim = header.delim();
      if (!WideLayout.isWide(fields)) {
        throw new DreamInputException(
            "line 1: not a wide DREAM header (a key column and y_YYWW columns)");
      }
      WideLayout layout = WideLayout.of(fields, delim, KeyFigureJob.DEFAULT_KEY_COLUMNS);
      GroupTables tables = new GroupTables(table, PriorityTable.reconstructedDefault(table));
      IsoWeek first = layout.dataFirst;
      KeySet seen = new KeySet();
      PersonHandler h =
          (kb, ko, kl, codes, visit, hasVisit) -> {
            if (!seen.add(KeySet.code(kb, ko, kl), KeySet.check(kb, ko, kl))) {
              return false; // a second row of a person: rejected, DUPLICATE_KEY
            }
            short[] cs = new short[codes.length];
            for (int i = 0; i < cs.length; i++) {
              cs[i] = codes[i] < 0 ? DreamSeries.BLANK : codes[i];
            }
            ImmutableSortedMap.Builder<YearQuarter, VisitationCategory> v =
                ImmutableSortedMap.naturalOrder();
            if (hasVisit) {
              for (int q = 0; q < visit.length; q++) {
                if (visit[q] > 0) {
                  v.put(
                      layout.firstQuarter.plusQuarters(q),
                      VisitationCategory.values()[visit[q] - 1]);
                }
              }
            }
            persons.accept(
                DreamSeries.of(
                    PersonKey.of(new String(kb, ko, kl, StandardCharsets.UTF_8)),
                    first,
                    cs,
                    v.build()));
            return true;
          };
      java.util.Map<RejectReason, Long> byReason = new java.util.EnumMap<>(RejectReason.class);
      BlockPipeline p =
          new BlockPipeline(
              1,
              1 << 20,
              2,
              WideSplit::cut,
              r -> {
                byReason.merge(r.reason(), 1L, Long::sum);
                rejects.accept(r);
              },
              b -> {});
      long bytes =
          p.run(in, header.rest(), header.restLen(), List.of(new WideParser(layout, tables, h)))
              + header.restLen();
      return new ReadSummary(p.lines(), p.used(), p.rejected(), p.used(), 0, bytes, byReason);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the DREAM input: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a long file (the DSA {@code y} table: person, week and code per row, sorted by person;
   * other columns are skipped) as a stream of per-person series over the data's weeks; a week
   * without a row reads as blank. A well-formed code the table does not list is kept (as the
   * key-figure job does by default). One person at a time, in file order; memory independent of the
   * number of rows. Bad rows are reported and skipped as in {@link KeyFigureJob}.
   *
   * @param in the file (the caller opened it)
   * @param table the code table
   * @param dataFirst the data's first week (e.g. from {@link KeyFigureJob#scanDataRange})
   * @param dataLast the data's last week
   * @param persons receives each person's series, in file order
   * @param rejects receives each rejected row, in file order
   * @return the summary
   * @throws DreamInputException if the file is empty, its header is not a long DREAM header, or it
   *     is not sorted by person
   */
  public static ReadSummary readLong(
      InputStream in,
      BenefitCodeTable table,
      IsoWeek dataFirst,
      IsoWeek dataLast,
      Consumer<DreamSeries> persons,
      Consumer<RejectedRow> rejects) {
    requireNonNull(persons, "persons");
    try {
      KeyFigureJob.Header header = KeyFigureJob.readHeader(in, 1 << 16);
      int[] cols =
          LongLayout.columns(
              header.fields(),
              List.of(
                  KeyFigureJob.DEFAULT_KEY_COLUMNS,
                  KeyFigureJob.DEFAULT_WEEK_COLUMNS,
                  KeyFigureJob.DEFAULT_CODE_COLUMNS));
      if (cols == null) {
        throw new DreamInputException(
            "line 1: not a long DREAM header (columns "
                + KeyFigureJob.DEFAULT_KEY_COLUMNS
                + ", "
                + KeyFigureJob.DEFAULT_WEEK_COLUMNS
                + ", "
                + KeyFigureJob.DEFAULT_CODE_COLUMNS
                + ")");
      }
      LongLayout layout =
          new LongLayout(
              header.delim(),
              header.fields().size(),
              cols[0],
              cols[1],
              cols[2],
              dataFirst,
              dataLast);
      GroupTables tables = new GroupTables(table, PriorityTable.reconstructedDefault(table), true);
      IsoWeek first = layout.dataFirst;
      long[] read = {0};
      PersonHandler h =
          (kb, ko, kl, codes, visit, hasVisit) -> {
            read[0]++;
            short[] cs = new short[codes.length];
            for (int i = 0; i < cs.length; i++) {
              cs[i] = codes[i] < 0 ? DreamSeries.BLANK : codes[i];
            }
            persons.accept(
                DreamSeries.of(
                    PersonKey.of(new String(kb, ko, kl, StandardCharsets.UTF_8)), first, cs));
            return true;
          };
      java.util.Map<RejectReason, Long> byReason = new java.util.EnumMap<>(RejectReason.class);
      BlockPipeline p =
          new BlockPipeline(
              1,
              1 << 20,
              2,
              (b, len) -> LongSplit.cut(b, len, layout.keyCol, layout.delim),
              r -> {
                byReason.merge(r.reason(), 1L, Long::sum);
                rejects.accept(r);
              },
              b -> {});
      LongParser parser = new LongParser(layout, tables, h, null, null);
      long bytes = p.run(in, header.rest(), header.restLen(), List.of(parser)) + header.restLen();
      return new ReadSummary(
          p.lines(), p.used(), p.rejected(), read[0], parser.merged, bytes, byReason);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the DREAM input: " + e.getMessage(), e);
    }
  }
}
