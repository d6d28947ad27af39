/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSample;
import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB is the oracle: on a small generated file, every formulation of the benchmark job in SQL
 * gives exactly the library's counts, wide and long.
 */
class DuckDbOracleTest {

  private static final IsoWeek FIRST = IsoWeek.of(2019, 40);
  private static final IsoWeek LAST = IsoWeek.of(2021, 30);

  @TempDir static Path dir;
  private static Path wide;
  private static Path lng;
  private static List<String> header;

  @BeforeAll
  static void files() throws Exception {
    DreamSample sample = new DreamSample(FIRST, LAST);
    wide = dir.resolve("wide.csv");
    lng = dir.resolve("long.csv");
    try (OutputStream out = Files.newOutputStream(wide)) {
      sample.writeWide(out, 400, 17);
    }
    try (OutputStream out = Files.newOutputStream(lng)) {
      sample.writeLong(out, 400, 17);
    }
    try (BufferedReader r = Files.newBufferedReader(wide)) {
      header = Arrays.asList(r.readLine().split(","));
    }
  }

  private static KeyFigureReport library(Path file, KeyFigureJob.Builder b) throws Exception {
    try (var in = Files.newInputStream(file)) {
      return b.blockSize(4096).build().run(in);
    }
  }

  @Test
  void everyWideFormulationGivesTheLibrarysCounts() throws Exception {
    WeeklyCounts fused =
        WeeklyCounts.of(library(wide, KeyFigureJob.builder().threads(2)).figures());
    WeeklyCounts general =
        WeeklyCounts.of(
            library(wide, KeyFigureJob.builder().threads(2).fusedKernel(false)).figures());
    assertThat(general).isEqualTo(fused);
    assertThat(fused.total()).isEqualTo(400L * header.size() - 400);
    try (DuckDbDream duck = new DuckDbDream(2, BenefitCodeTable.standard())) {
      for (DuckDbDream.Formulation f : DuckDbDream.Formulation.values()) {
        WeeklyCounts d = duck.wide(f, wide, header.subList(1, header.size()), header.get(0));
        assertThat(d.firstDifference(fused)).as(f.name()).isNull();
      }
    }
  }

  @Test
  void theLongFormSelfJoinGivesTheLibrarysCounts() throws Exception {
    WeeklyCounts lib =
        WeeklyCounts.of(
                library(lng, KeyFigureJob.builder().threads(2).dataWeeks(FIRST, LAST)).figures())
            .receiversOnly();
    try (DuckDbDream duck = new DuckDbDream(2, BenefitCodeTable.standard())) {
      int weeks = (int) FIRST.weeksUntil(LAST) + 1;
      assertThat(duck.longForm(lng, FIRST, weeks, false).receiversOnly().firstDifference(lib))
          .isNull();
      assertThat(duck.longForm(lng, FIRST, weeks, true).receiversOnly().firstDifference(lib))
          .isNull();
      assertThat(lib.total()).isPositive();
    }
  }
}
