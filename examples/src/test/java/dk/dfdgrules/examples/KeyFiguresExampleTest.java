/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.extracts.dream.KeyFigureJob;
import dk.dfdgrules.extracts.dream.KeyFigureReport;
import dk.dfdgrules.extracts.dream.RejectedRow;
import dk.dfdgrules.rules.dream.PeriodType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's DREAM key-figure job, on the bundled sample. */
class KeyFiguresExampleTest {

  private final Path sample = ReadmeFiles.repository().resolve("samples/dream-wide-sample.csv");

  @Test
  void theJobOnTheBundledSample() throws IOException {
    // tag::key-figures[]
    List<RejectedRow> rejected = new ArrayList<>();
    KeyFigureJob job =
        KeyFigureJob.builder().period(PeriodType.QUARTER).rejects(rejected::add).build();
    try (InputStream y = Files.newInputStream(sample)) { // run(y, visit) for a long file
      KeyFigureReport report = job.run(y);
      assertThat(report.summary().isBalanced()).isTrue(); // read = used + rejected
      assertThat(report.summary().persons()).isEqualTo(300);
      assertThat(report.figures().periodCount()).isPositive();
    }
    assertThat(rejected).isEmpty(); // each with its line, reason and detail, never the key
    // end::key-figures[]
  }
}
