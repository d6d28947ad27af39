/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.extracts.refusion.LisJob;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The README's LIS raw-data job, on the bundled sample. */
class LisExampleTest {

  private final Path lisFile = ReadmeFiles.repository().resolve("samples/yr-lis-sample.csv");

  @Test
  void theJobOnTheBundledSample() throws IOException {
    // tag::lis[]
    LisJob.Report r;
    try (InputStream in = Files.newInputStream(lisFile)) {
      r =
          LisJob.builder()
              .groupBy(EnumSet.of(LisJob.Dimension.CITIZEN, LisJob.Dimension.MONTH))
              .build()
              .run(in, new LisJob.Output() {}); // override rejected(BadRow, Problem) for bad rows
    }
    assertThat(r.summary().total())
        .isEqualTo(new BigDecimal("20942.34")); // the groups add up to it
    assertThat(r.summary().mafRows()).isEqualTo(10); // LIS-3
    assertThat(r.groups().get(0).maskedCitizen())
        .contains("010190-****"); // toString() masks it too
    // end::lis[]
  }
}
