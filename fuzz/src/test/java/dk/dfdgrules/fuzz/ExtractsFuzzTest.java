/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static dk.dfdgrules.fuzz.FuzzChecks.checkShown;
import static dk.dfdgrules.fuzz.FuzzChecks.outcome;
import static dk.dfdgrules.fuzz.FuzzChecks.shown;
import static dk.dfdgrules.fuzz.FuzzChecks.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.DelimitedReader;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.extracts.dream.DreamInputException;
import dk.dfdgrules.extracts.dream.DreamJobFailedException;
import dk.dfdgrules.extracts.dream.DreamSeriesReader;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.RejectedRow;
import dk.dfdgrules.extracts.flis.VisitationCourseJob;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The readers of dfdg-extracts on any bytes as a whole file: only the documented input errors, and
 * neither their messages nor a rejected row's detail shows a CPR number of the file.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ExtractsFuzzTest {

  private static final BenefitCodeTable TABLE = BenefitCodeTable.standard();

  /** A wide or long DREAM file through the key-figure job (one thread). */
  @FuzzTest
  void dreamKeyFigures(byte[] data) {
    String in = text(data);
    Consumer<RejectedRow> rejects = r -> shown(in, "a rejected row's detail", r.detail());
    try {
      KeyFigureJob.builder()
          .threads(1)
          .rejects(rejects)
          .build()
          .run(new ByteArrayInputStream(data));
    } catch (DreamJobFailedException e) {
      // documented for an exhausted heap and the like, never for a defect of the input's handling
      throw new AssertionError("the DREAM job failed on " + in.length() + " characters", e);
    } catch (DreamInputException | UncheckedIOException e) {
      checkShown(in, e);
    }
  }

  /** A wide DREAM file read as per-person series. */
  @FuzzTest
  void dreamWideSeries(byte[] data) {
    String in = text(data);
    Consumer<DreamSeries> persons = s -> shown(in, "DreamSeries.toString()", s.toString());
    Consumer<RejectedRow> rejects = r -> shown(in, "a rejected row's detail", r.detail());
    outcome(
        in,
        () -> DreamSeriesReader.readWide(new ByteArrayInputStream(data), TABLE, persons, rejects),
        DreamInputException.class);
  }

  /** A long DREAM file read as per-person series over 2019-W01 … 2019-W10. */
  @FuzzTest
  void dreamLongSeries(byte[] data) {
    String in = text(data);
    Consumer<DreamSeries> persons = s -> shown(in, "DreamSeries.toString()", s.toString());
    Consumer<RejectedRow> rejects = r -> shown(in, "a rejected row's detail", r.detail());
    outcome(
        in,
        () ->
            DreamSeriesReader.readLong(
                new ByteArrayInputStream(data),
                TABLE,
                IsoWeek.of(2019, 1),
                IsoWeek.of(2019, 10),
                persons,
                rejects),
        DreamInputException.class);
  }

  /** Visitation registrations into courses, by the sorted kernel and by the any-order reader. */
  @FuzzTest
  void visitationCourses(byte[] data) {
    String in = text(data);
    VisitationCourseJob.Output out =
        new VisitationCourseJob.Output() {
          @Override
          public void rejected(BadRow row, VisitationCourseJob.Problem problem) {
            shown(in, "a rejected row's reason", row.reason());
          }
        };
    for (boolean anyOrder : new boolean[] {false, true}) {
      outcome(
          in,
          () ->
              VisitationCourseJob.builder()
                  .anyOrder(anyOrder)
                  .loadMonth(java.time.YearMonth.of(2024, 3))
                  .build()
                  .run(new ByteArrayInputStream(data), out),
          InputFileException.class);
    }
  }

  /** A delimited file read field by field. */
  @FuzzTest
  void delimitedReader(byte[] data) {
    String in = text(data);
    outcome(
        in,
        () -> {
          try (DelimitedReader r = DelimitedReader.open(new ByteArrayInputStream(data))) {
            r.find(java.util.List.of("cpr", "uge"));
            while (r.next()) {
              for (int i = 0; i < r.size(); i++) {
                r.get(i);
              }
            }
            return r.rowsRead();
          }
        },
        InputFileException.class);
  }
}
