/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.core.visitation.VisitationRegistration;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.rules.flis.VisitationCourses;
import dk.dfdgrules.rules.flis.VisitationCourses.DropReason;
import dk.dfdgrules.rules.flis.VisitationWeeks;
import dk.dfdgrules.rules.flis.VisitationWeeks.NoWeeks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitationCourseJobTest {

  static final YearMonth NOVEMBER_2019 = YearMonth.of(2019, 11);

  /** Collects everything the job reports. */
  static final class Collected implements VisitationCourseJob.Output {
    final List<VisitationCourse> courses = new ArrayList<>();
    final List<String> weeks = new ArrayList<>();
    final List<String> without = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();
    final List<BadRow> rejected = new ArrayList<>();

    @Override
    public void course(VisitationCourse course, long line) {
      courses.add(course);
    }

    @Override
    public void weeks(VisitationCourse course, IsoWeek first, IsoWeek last) {
      weeks.add(course.getCategory().officialName() + " " + first + "…" + last);
    }

    @Override
    public void withoutWeeks(VisitationCourse course, NoWeeks why, long line) {
      without.add(line + " " + why);
    }

    @Override
    public void dropped(long line, DropReason reason, long keptLine) {
      dropped.add(line + " " + reason + " kept " + keptLine);
    }

    @Override
    public void rejected(BadRow row, VisitationCourseJob.Problem problem) {
      rejected.add(row);
    }
  }

  static VisitationCourseJob.Summary run(VisitationCourseJob job, String text, Collected c)
      throws IOException {
    return job.run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
  }

  static final String SPEC =
      "cpr;start;kategori\n"
          + "0101901234;2019-01-07 09:00;Jobparat\n"
          + "0101901234;2019-03-04 08:00;Aktivitetsparat\n"
          + "0101901234;2019-03-04 14:30;Uddannelsesparat\n"
          + "0101901234;2019-06-03 10:00;Jobparat\n";

  @Test
  void vis1To4TheSpecExampleFromAFile() throws IOException {
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().loadMonth(NOVEMBER_2019).build(), SPEC, c);
    assertThat(c.weeks)
        .containsExactly(
            "Jobparat 2019-W02…2019-W09",
            "Uddannelsesparat 2019-W10…2019-W22",
            "Jobparat 2019-W23…2019-W44");
    assertThat(c.dropped).containsExactly("3 EARLIER_SAME_DAY kept 4");
    assertThat(s.rows()).isEqualTo(new RowAccount(4, 3, 1, 0));
    assertThat(s.weekRows()).isEqualTo(43);
    assertThat(s.horizon()).contains(LocalDate.of(2019, 10, 31));
  }

  @Test
  void columnsInAnyOrderWithATimeColumnCommasBomAndCrlf() throws IOException {
    String text =
        "\uFEFFVisitationskategori,Startdato,Starttid,CPR\r\n"
            + "Jobparat,2019-01-07,09:00,0101901234\r\n"
            + "Aktivitetsparat,04-03-2019,08:00,0101901234\r\n"
            + "Uddannelsesparat,2019-03-04,14:30,0101901234\r\n"
            + "Jobparat,2019-06-03,10:00:00,0101901234\r\n";
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().loadMonth(NOVEMBER_2019).build(), text, c);
    assertThat(s.rows()).isEqualTo(new RowAccount(4, 3, 1, 0));
    assertThat(c.weeks).hasSize(3);
  }

  @Test
  void everyBadRowIsReportedByLineAndReasonWithoutTheCprAndEveryRowIsCounted() throws IOException {
    String text =
        "cpr;start;kategori\n"
            + "0101901234;2019-01-07 09:00;Jobparat\n"
            + "\n"
            + "0101901234;2019-02-30 09:00;Jobparat\n"
            + "010190123;2019-01-08;Jobparat\n"
            + "0202802345;2019-01-08;Ledig 0202802345\n"
            + "\"0303703456;2019-01-08;Jobparat\n"
            + "0404604567;;Jobparat\n"
            + "0505505678;2019-01-08 25:00;Jobparat\n";
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().build(), text, c);
    assertThat(c.rejected).extracting(BadRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(c.rejected)
        .extracting(BadRow::reason)
        .allSatisfy(
            r ->
                assertThat(r)
                    .doesNotContain("0101901234", "010190123", "0202802345", "0303703456")
                    .doesNotContain("0404604567", "0505505678"));
    assertThat(c.rejected.get(1).reason()).contains("start").contains("2019-02-30");
    assertThat(c.rejected.get(3).reason()).contains("category").contains("Ledig");
    assertThat(s.rows()).isEqualTo(new RowAccount(8, 1, 0, 7));
    assertThat(s.rejectedByProblem())
        .containsEntry(VisitationCourseJob.Problem.BLANK, 1L)
        .containsEntry(VisitationCourseJob.Problem.START, 3L)
        .containsEntry(VisitationCourseJob.Problem.CITIZEN, 1L)
        .containsEntry(VisitationCourseJob.Problem.CATEGORY, 1L)
        .containsEntry(VisitationCourseJob.Problem.MALFORMED, 1L);
  }

  @Test
  void aStartInTheYear0000IsARejectedRowNotACrash_sortedAndAnyOrder() throws IOException {
    String text =
        "cpr;start;kategori\n"
            + "0101901234;0000-01-03 09:00;Jobparat\n"
            + "0101901234;03-01-0000;Jobparat\n"
            + "0101901234;2019-01-07 09:00;Jobparat\n";
    for (boolean anyOrder : new boolean[] {false, true}) {
      Collected c = new Collected();
      var s = run(VisitationCourseJob.builder().anyOrder(anyOrder).build(), text, c);
      assertThat(c.rejected)
          .as("any order: %s", anyOrder)
          .extracting(BadRow::line)
          .containsExactly(2L, 3L);
      assertThat(s.rejectedByProblem()).containsEntry(VisitationCourseJob.Problem.START, 2L);
      assertThat(s.rows()).isEqualTo(new RowAccount(3, 1, 0, 2));
    }
  }

  @Test
  void aFileNotSortedByCitizenEndsTheJobNamingTheLineAndAnyOrderReadsIt() throws IOException {
    String text =
        "cpr;start;kategori\n"
            + "0202802345;2019-01-07;Jobparat\n"
            + "0101901234;2019-01-07;Jobparat\n"
            + "0202802345;2019-02-07;Aktivitetsparat\n";
    assertThatThrownBy(() -> run(VisitationCourseJob.builder().build(), text, new Collected()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("--any-order")
        .hasMessageNotContaining("0101901234");
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().anyOrder(true).build(), text, c);
    assertThat(s.citizens()).isEqualTo(2);
    assertThat(c.courses).hasSize(3);
  }

  @Test
  void aMissingColumnIsAFileError() {
    assertThatThrownBy(
            () ->
                run(
                    VisitationCourseJob.builder().build(),
                    "cpr;dato;kategori\n0101901234;2019-01-07;Jobparat\n",
                    new Collected()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("no start column");
  }

  @Test
  void configuredColumnNamesAreUsed() throws IOException {
    Collected c = new Collected();
    var s =
        run(
            VisitationCourseJob.builder()
                .citizenColumns(List.of("person"))
                .startColumns(List.of("fra"))
                .categoryColumns(List.of("gruppe"))
                .build(),
            "person;fra;gruppe\n0101901234;2019-01-07;Jobparat\n",
            c);
    assertThat(s.rows().used()).isEqualTo(1);
  }

  @Test
  void aCourseWithoutAThursdayIsReportedWithItsLine() throws IOException {
    String text =
        "cpr;start;kategori\n"
            + "0101901234;2022-01-07 09:00;Jobparat\n"
            + "0101901234;2022-01-12 09:00;Aktivitetsparat\n";
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().loadMonth(YearMonth.of(2022, 3)).build(), text, c);
    assertThat(c.without).containsExactly("2 NO_THURSDAY");
    assertThat(s.coursesWithoutWeeks()).isEqualTo(1);
  }

  @Test
  void theJobAgreesWithThePureRulesOnASampleInAnyOrder() throws IOException {
    StringWriter w = new StringWriter();
    long rows = VisitationSample.of(300, 7).writeTo(w);
    String sorted = w.toString();
    Collected c = new Collected();
    var s = run(VisitationCourseJob.builder().loadMonth(YearMonth.of(2021, 6)).build(), sorted, c);
    assertThat(s.rows().read()).isEqualTo(rows);
    assertThat(s.rows().rejected()).isZero();

    List<VisitationRegistration> regs = new ArrayList<>();
    for (String line : sorted.split("\n")) {
      if (line.startsWith("cpr")) {
        continue;
      }
      String[] f = line.split(";");
      regs.add(
          VisitationRegistration.of(
              dk.dfdgrules.core.citizen.CprNumber.parse(f[0]),
              LocalDateTime.parse(f[1].replace(' ', 'T')),
              dk.dfdgrules.codelists.VisitationCategory.from(f[2])));
    }
    VisitationCourses.Derivation d = VisitationCourses.derive(regs);
    assertThat(c.courses).isEqualTo(d.courses());
    assertThat(s.rows().dropped()).isEqualTo(d.dropped().size()).isPositive();
    long weeks =
        d.courses().stream()
            .mapToLong(x -> VisitationWeeks.unroll(x, YearMonth.of(2021, 6)).count())
            .sum();
    assertThat(s.weekRows()).isEqualTo(weeks);

    List<String> lines = new ArrayList<>(List.of(sorted.split("\n")));
    String header = lines.remove(0);
    Collections.shuffle(lines, new java.util.Random(3));
    Collected shuffled = new Collected();
    run(
        VisitationCourseJob.builder().anyOrder(true).loadMonth(YearMonth.of(2021, 6)).build(),
        header + "\n" + String.join("\n", lines) + "\n",
        shuffled);
    assertThat(shuffled.courses).isEqualTo(c.courses);
    assertThat(shuffled.weeks).isEqualTo(c.weeks);
  }

  @Test
  void theSampleIsSortedByCitizenAndTheSameForTheSameSeed() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    VisitationSample.of(2000, 5).writeTo(a);
    VisitationSample.of(2000, 5).writeTo(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    List<String> cprs = a.toString().lines().skip(1).map(l -> l.substring(0, 10)).toList();
    assertThat(cprs).isSorted();
    assertThat(cprs.stream().distinct().count()).isEqualTo(2000);
  }
}
