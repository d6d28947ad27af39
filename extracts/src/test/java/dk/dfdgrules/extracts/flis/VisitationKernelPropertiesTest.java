/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.cprNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.extracts.flis.VisitationCourseJobTest.Collected;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The byte-level kernel (a file sorted by citizen) against the careful reading (the same file in
 * any order): on messy files — other date forms, spellings, quotes, blanks, CRLF, bad values — both
 * give the same courses, weeks, dropped rows, rejected rows with the same reasons, and counts.
 */
class VisitationKernelPropertiesTest {

  record File(String text) {
    @Override
    public String toString() {
      return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
  }

  static Gen<String> starts() {
    Gen<LocalDate> days = Gens.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 25));
    Gen<String> times = Gens.elements("08:00", "09:30", "14:30", "09:30:15", "23:59");
    return Gens.frequency(
        Gens.weighted(6, days.zip(times, (d, t) -> d + " " + t)),
        Gens.weighted(2, days.zip(times, (d, t) -> d + "T" + t)),
        Gens.weighted(2, days.map(LocalDate::toString)),
        Gens.weighted(
            1,
            days.map(
                d ->
                    String.format(
                        "%02d-%02d-%d 10:00", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))),
        Gens.weighted(
            1,
            Gens.elements(
                "2019-02-30 10:00",
                "2019-13-01",
                "",
                "x",
                "2019-01-01 24:00",
                "2019-1-1",
                "2019-01-01  10:00",
                "２０１９-01-01")));
  }

  static Gen<String> categories() {
    return Gens.frequency(
        Gens.weighted(8, Gens.elements("Jobparat", "Aktivitetsparat", "Uddannelsesparat")),
        Gens.weighted(1, Gens.elements("Åbenlyst uddannelsesparat", "Åbenlys uddannelsesparat")),
        Gens.weighted(
            1, Gens.elements("JOB_READY", " Jobparat ", "jobparat", "Ledig", "", "\"Jobparat\"")));
  }

  Gen<File> files() {
    Gen<List<CprNumber>> citizens = cprNumbers().list(1, 6);
    return citizens.flatMap(
        cs -> {
          List<String> sorted =
              cs.stream().map(CprNumber::unmaskedValue).distinct().sorted().toList();
          Gen<String> rowsOfOne =
              Gens.integers(0, sorted.size() - 1)
                  .flatMap(
                      i ->
                          Gens.zip(
                              Gens.frequency(
                                  Gens.weighted(12, Gens.constant(sorted.get(i))),
                                  Gens.weighted(
                                      1,
                                      Gens.constant(
                                          sorted.get(i).substring(0, 6)
                                              + "-"
                                              + sorted.get(i).substring(6))),
                                  Gens.weighted(1, Gens.elements("", "12345", "3201901234"))),
                              starts(),
                              categories(),
                              (c, s, k) -> i + "\u0000" + c + ";" + s + ";" + k));
          Gen<String> blank = Gens.elements("0\u0000", "0\u0000;;", "0\u0000\"0101901234;x");
          Gen<String> row = Gens.frequency(Gens.weighted(20, rowsOfOne), Gens.weighted(1, blank));
          return row.list(0, 40)
              .zip(
                  Gens.booleans(),
                  (rows, crlf) -> {
                    String eol = crlf ? "\r\n" : "\n";
                    StringBuilder b = new StringBuilder("cpr;start;kategori").append(eol);
                    rows.stream()
                        .sorted(
                            java.util.Comparator.comparingInt(
                                r -> Integer.parseInt(r.substring(0, r.indexOf('\u0000')))))
                        .forEach(r -> b.append(r.substring(r.indexOf('\u0000') + 1)).append(eol));
                    return new File(b.toString());
                  });
        });
  }

  static Collected run(File f, boolean anyOrder, VisitationCourseJob.Summary[] summary)
      throws IOException {
    Collected c = new Collected();
    summary[0] =
        VisitationCourseJob.builder()
            .anyOrder(anyOrder)
            .loadMonth(YearMonth.of(2019, 4))
            .build()
            .run(new ByteArrayInputStream(f.text().getBytes(StandardCharsets.UTF_8)), c);
    return c;
  }

  @Property(tries = 300)
  void theKernelAndTheCarefulReadingAgreeOnEveryRow(@ForAll("files") File f) throws IOException {
    VisitationCourseJob.Summary[] fast = new VisitationCourseJob.Summary[1];
    VisitationCourseJob.Summary[] careful = new VisitationCourseJob.Summary[1];
    Collected a = run(f, false, fast);
    Collected b = run(f, true, careful);
    Statistics.cover(30, !a.rejected.isEmpty(), "rows rejected");
    Statistics.cover(10, !a.dropped.isEmpty(), "rows dropped");
    assertThat(a.courses).isEqualTo(b.courses);
    assertThat(a.weeks).isEqualTo(b.weeks);
    assertThat(a.without).isEqualTo(b.without);
    assertThat(a.dropped).isEqualTo(b.dropped);
    assertThat(a.rejected).isEqualTo(b.rejected);
    assertThat(fast[0]).isEqualTo(careful[0]);
    assertThat(fast[0].rows().read()).isEqualTo(f.text().lines().count() - 1);
  }
}
