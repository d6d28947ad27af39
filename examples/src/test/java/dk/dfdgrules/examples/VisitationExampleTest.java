/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.flis.RowAccount;
import dk.dfdgrules.extracts.flis.VisitationCourseJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's visitation-course job, on the bundled sample. */
class VisitationExampleTest {

  private final Path registrations =
      ReadmeFiles.repository().resolve("samples/visitation-registrations.csv");

  @Test
  void theJobOnTheBundledSample() throws IOException {
    // tag::visitation[]
    List<VisitationCourse> courses = new ArrayList<>();
    VisitationCourseJob job =
        VisitationCourseJob.builder().loadMonth(YearMonth.of(2019, 11)).build();
    VisitationCourseJob.Summary summary;
    try (InputStream in = Files.newInputStream(registrations)) {
      summary =
          job.run(
              in,
              new VisitationCourseJob.Output() {
                @Override
                public void course(VisitationCourse course, long line) {
                  courses.add(course);
                }
              });
    }
    assertThat(summary.rows())
        .isEqualTo(new RowAccount(9, 8, 1, 0)); // read, used, left out, rejected
    assertThat(summary.weekRows()).isEqualTo(85);
    assertThat(courses.get(2).flisEnd()).isEqualTo(LocalDate.of(9999, 12, 31)); // VIS-3
    // end::visitation[]
  }
}
