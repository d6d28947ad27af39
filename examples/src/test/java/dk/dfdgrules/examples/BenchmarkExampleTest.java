/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.flis.BenchmarkJob;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkQuery;
import dk.dfdgrules.rules.flis.CellValue;
import dk.dfdgrules.rules.flis.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's benchmark-model job (WIN-2, SUP-1, SUP-2), on the bundled sample. */
class BenchmarkExampleTest {

  private final Path sample = ReadmeFiles.repository().resolve("samples/flis-benchmark.csv");

  @Test
  void theJobOnTheBundledSample() throws IOException {
    // tag::flis-benchmark[]
    BenchmarkQuery query =
        BenchmarkQuery.of(
                List.of(Dimension.MUNICIPALITY), IsoWeek.of(2020, 1), IsoWeek.of(2020, 13))
            .withSuppression(Suppression.below(5)); // off unless asked (SUP-1)
    List<BadRow> rejected = new ArrayList<>();
    try (InputStream in = Files.newInputStream(sample)) {
      BenchmarkJob.Report report =
          BenchmarkJob.builder().query(query).rejects(rejected::add).build().run(in);
      assertThat(report.droppedBeforeYrLink()).isEqualTo(160); // weeks of 2019 (WIN-2)
      assertThat(report.cells()).anyMatch(c -> c.value() == CellValue.suppressed()); // never 0
    }
    assertThat(rejected).isEmpty(); // each with its line and reason, never the CPR number
    // end::flis-benchmark[]
  }
}
