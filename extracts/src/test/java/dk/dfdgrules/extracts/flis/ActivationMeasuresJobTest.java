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

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.extracts.csv.BadRow;
import dk.dfdgrules.extracts.csv.InputFileException;
import dk.dfdgrules.rules.flis.Activation;
import dk.dfdgrules.rules.flis.ActivationMeasures;
import dk.dfdgrules.rules.flis.ActivationMeasuresFacts;
import dk.dfdgrules.rules.flis.ActivationMeasuresResult;
import dk.dfdgrules.rules.flis.AidExpense;
import dk.dfdgrules.rules.flis.Conversation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ActivationMeasuresJob}: the records file read by name, bad rows, groups, the rules. */
class ActivationMeasuresJobTest {

  static final LocalDate MAR_1 = LocalDate.of(2022, 3, 1);
  static final LocalDate MAR_31 = LocalDate.of(2022, 3, 31);

  static final String FILE =
      String.join(
          "\n",
          "record;citizen;municipality;start;end;date;hours;status;cause;pool;type;kind;contactform;participants;category;cost",
          "activation;0101801111;101;2022-02-20;2022-03-05;;37;Optaget;;Regional"
              + " uddannelsespulje;Kursus;;;;;",
          "activation;0101801111;101;2022-03-25;;;15,5;Optaget;;;;;;;;",
          "activation;0202802222;147;2022-03-10;2022-03-10;;;Gennemført;;;Mentor;;;;;",
          "activation;0303803333;147;2022-04-01;9999-12-31;;;Planlagt;;;Kursus;;;;;",
          "visitation;0101801111;101;2021-11-01;2022-03-01;;;;;;;;;;Aktivitetsparat;",
          "visitation;0101801111;101;2022-03-01;;;;;;;;;;;Jobparat;",
          "visitation;0202802222;147;2022-01-03;2022-03-15;;;;;;;;;;JOB_READY;",
          "conversation;0101801111;101;;;2022-03-15;;;;;Jobsamtale;;Telefon;;;",
          "conversation;0202802222;147;;;2022-03-31;;;;;CV samtale;;Personlig"
              + " kontakt;Mentor|Tolk;;",
          "conversation;0202802222;147;;;2022-04-01;;;;;Opfølgningssamtale;;;;;",
          "aid;0202802222;147;;;2022-03-20;;;;;;Arbejdsredskaber;;;;1740.96",
          "aid;0202802222;147;;;2022-03-31;;;;;;;;;;909,60",
          "aid;0303803333;147;;;2022-02-28;;;;;;;;;;500",
          "");

  static ActivationMeasuresReport run(String text, ActivationMeasuresJob.Builder job)
      throws IOException {
    return job.build().run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static ActivationMeasuresJob.Builder march() {
    return ActivationMeasuresJob.builder().period(MAR_1, MAR_31);
  }

  /** The records of {@link #FILE}, built by hand, for the rules. */
  static ActivationMeasuresFacts sameRecordsInMemory() {
    CprNumber a = CprNumber.parse("0101801111");
    CprNumber b = CprNumber.parse("0202802222");
    CprNumber c = CprNumber.parse("0303803333");
    return ActivationMeasuresFacts.of(
        DatePeriod.of(MAR_1, MAR_31),
        List.of(
            Activation.of(
                    a, LocalDate.of(2022, 2, 20), LocalDate.of(2022, 3, 5), ActivityStatus.ADMITTED)
                .withHoursPerWeek(new BigDecimal("37")),
            Activation.of(a, LocalDate.of(2022, 3, 25), null, ActivityStatus.ADMITTED)
                .withHoursPerWeek(new BigDecimal("15.5")),
            Activation.of(
                b, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 10), ActivityStatus.COMPLETED),
            Activation.of(c, LocalDate.of(2022, 4, 1), null, ActivityStatus.PLANNED)),
        List.of(
            course(a, VisitationCategory.ACTIVITY_READY, "2021-11-01", "2022-03-01"),
            course(a, VisitationCategory.JOB_READY, "2022-03-01", null),
            course(b, VisitationCategory.JOB_READY, "2022-01-03", "2022-03-15")),
        List.of(
            Conversation.of(a, LocalDate.of(2022, 3, 15), "Jobsamtale"),
            Conversation.of(b, MAR_31, "CV samtale"),
            Conversation.of(b, LocalDate.of(2022, 4, 1), "Opfølgningssamtale")),
        List.of(
            AidExpense.of(b, LocalDate.of(2022, 3, 20), Money.parse("1740.96")),
            AidExpense.of(b, MAR_31, Money.parse("909.60")),
            AidExpense.of(c, LocalDate.of(2022, 2, 28), Money.parse("500"))));
  }

  static VisitationCourse course(CprNumber who, VisitationCategory cat, String start, String end) {
    return VisitationCourse.builder()
        .citizen(who)
        .category(cat)
        .start(LocalDate.parse(start))
        .end(Optional.ofNullable(end).map(LocalDate::parse))
        .build();
  }

  @Test
  void theStreamedFileMeasuresWhatTheRulesMeasureOnTheSameRecords() throws IOException {
    ActivationMeasuresReport report = run(FILE, march());
    ActivationMeasuresResult rules =
        ActivationMeasures.measure(sameRecordsInMemory(), MAR_31).decision();

    assertThat(report.account()).isEqualTo(new RowAccount(13, 13, 0, 0));
    assertThat(report.groups()).hasSize(1);
    GroupMeasures g = report.groups().get(0);
    assertThat(g.group()).isEmpty();
    assertThat(Optional.of(g.citizens())).isEqualTo(rules.citizens());
    assertThat(Optional.of(g.visitationCourses())).isEqualTo(rules.visitationCourses());
    assertThat(Optional.of(g.activationCourses())).isEqualTo(rules.activationCourses());
    assertThat(Optional.of(g.conversations())).isEqualTo(rules.conversations());
    assertThat(Optional.of(g.aidCosts())).isEqualTo(rules.aidCosts());
    assertThat(Optional.of(g.daysActivated())).isEqualTo(rules.daysActivated());
    assertThat(g.hoursPerWeek()).isEqualByComparingTo(rules.hoursPerWeek().orElseThrow());
    assertThat(Optional.of(g.activationsWithoutHours())).isEqualTo(rules.activationsWithoutHours());
    assertThat(g)
        .isEqualTo(
            new GroupMeasures(
                "",
                MAR_1,
                MAR_31,
                2,
                2,
                3,
                2,
                Money.parse("2650.56"),
                13,
                new BigDecimal("52.5"),
                2,
                1));
  }

  @Test
  void byMunicipalityEachGroupIsMeasuredOverThePeriod() throws IOException {
    ActivationMeasuresReport report = run(FILE, march().by(Grouping.MUNICIPALITY));
    assertThat(report.groups()).extracting(GroupMeasures::group).containsExactly("101", "147");
    GroupMeasures kbh = report.groups().get(0);
    assertThat(kbh.citizens()).isOne();
    assertThat(kbh.activationCourses()).isEqualTo(2);
    assertThat(kbh.daysActivated()).isEqualTo(12);
    GroupMeasures frb = report.groups().get(1);
    assertThat(frb.citizens()).isOne();
    assertThat(frb.aidCosts()).isEqualTo(Money.parse("2650.56"));
  }

  @Test
  void byMonthThePeriodIsSplitIntoCalendarMonthsThePartialOnesCut() throws IOException {
    ActivationMeasuresReport report =
        run(
            FILE,
            ActivationMeasuresJob.builder()
                .period(LocalDate.of(2022, 2, 15), LocalDate.of(2022, 4, 10))
                .by(Grouping.MONTH));
    assertThat(report.groups())
        .extracting(GroupMeasures::group, GroupMeasures::from, GroupMeasures::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2022-02", LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 28)),
            org.assertj.core.groups.Tuple.tuple("2022-03", MAR_1, MAR_31),
            org.assertj.core.groups.Tuple.tuple(
                "2022-04", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 10)));
    // 02-20…03-05 has 9 days in February (from the 20th) and 5 in March
    assertThat(report.groups().get(0).daysActivated()).isEqualTo(9);
    assertThat(report.groups().get(1).daysActivated()).isEqualTo(13);
    // in April: the open one from 03-25 (10 days) and the one from 04-01 (10 days)
    assertThat(report.groups().get(2).daysActivated()).isEqualTo(20);
    assertThat(report.groups().get(0).aidCosts()).isEqualTo(Money.parse("500"));
  }

  @Test
  void columnsAreFoundByNameInAnyOrderWithCommaBomAndCrlfAndConfigurableNames() throws IOException {
    String text =
        "\uFEFFdato,CPR_NR,Post,udgift\r\n"
            + "2022-03-02,0101801111,aid,\"1.740,96\"\r\n"
            + "2022-03-03,0101801111,hjælpemiddel,0.04\r\n";
    ActivationMeasuresReport report =
        run(text, march().columnNames(RecordColumn.CITIZEN, List.of("cpr_nr")));
    assertThat(report.account()).isEqualTo(new RowAccount(2, 2, 0, 0));
    assertThat(report.groups().get(0).aidCosts()).isEqualTo(Money.parse("1741.00"));
    assertThat(report.groups().get(0).citizens()).isOne();
  }

  @Test
  void everyBadRowIsReportedByLineAndReasonAndNoneCarriesACprNumber() throws IOException {
    String text =
        String.join(
            "\n",
            "record;citizen;municipality;start;end;date;hours;status;pool;type;contactform;category;cost",
            "activation;0101801111;101;2022-03-01;;;;Optaget;;;;;",
            "activation;0101801112;;2022-03-01;;;;Optaget;;;;;",
            "activation;0101801111;;2022-03-10;2022-03-01;;;Optaget;;;;;",
            "activation;0101801111;;2022-03-01;;;;Ukendt;;;;;",
            "activation;0101801111;;2022-03-01;;;;Optaget;Pulje 0101801111;;;;",
            "activation;0101801111;;;;;;Optaget;;;;;",
            "activation;0101801111;999;2022-03-01;;;;Optaget;;;;;",
            "activation;0101801111;;2022-13-01;;;;Optaget;;;;;",
            "activation;0101801111;;2022-03-01;;;-2;Optaget;;;;;",
            "",
            "meeting;0101801111;;;;2022-03-01;;;;;;;",
            "conversation;0101801111;;;;2022-03-01;;;;Jobsamtale;Brevdue;;",
            "visitation;0101801111;;2022-03-01;;;;;;;;Sortlistet;",
            "aid;0101801111;;;;2022-03-01;;;;;;;1.234",
            "aid;3201801111;;;;2022-03-01;;;;;;;12",
            "\"activation;0101801111",
            "");
    List<BadRow> bad = new ArrayList<>();
    ActivationMeasuresReport report = run(text, march().rejects(bad::add));

    assertThat(report.account()).isEqualTo(new RowAccount(16, 2, 1, 13));
    assertThat(bad)
        .extracting(BadRow::line)
        .containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L, 13L, 14L, 15L, 16L, 17L);
    assertThat(bad.get(0).reason()).isEqualTo("end: 2022-03-01 is before start 2022-03-10");
    assertThat(bad.get(1).reason())
        .isEqualTo("status: 'Ukendt' is not in the code list activity-statuses");
    assertThat(bad.get(2).reason())
        .startsWith("pool: 'Pulje **********' is not in the code list activation-pools");
    assertThat(bad.get(3).reason()).isEqualTo("start: missing");
    assertThat(bad.get(4).reason())
        .isEqualTo("municipality: '999' is not in the code list municipalities");
    assertThat(bad.get(5).reason()).startsWith("start: not a date");
    assertThat(bad.get(6).reason()).startsWith("hours: -2");
    assertThat(bad.get(7).reason()).startsWith("record: 'meeting' is not activation");
    assertThat(bad.get(8).reason())
        .isEqualTo("contactForm: 'Brevdue' is not in the code list conversation-contact-forms");
    assertThat(bad.get(9).reason()).contains("visitation-categories");
    assertThat(bad.get(10).reason()).startsWith("cost: ").contains("ambiguous");
    assertThat(bad.get(11).reason())
        .isEqualTo("citizen: not a CPR number (10 digits, a real birth date)");
    assertThat(bad.get(12).reason()).isEqualTo("a quote is not closed");
    for (BadRow b : bad) {
      assertThat(b.reason()).doesNotContain("0101801111", "3201801111", "010180");
    }
  }

  @Test
  void aFileWithoutTheCitizenColumnIsAnInputErrorNamingIt() {
    assertThatThrownBy(() -> run("record;start\nactivation;2022-03-01\n", march()))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("no citizen column");
  }

  @Test
  void aColumnOfOneKindMissingRejectsOnlyTheRowsThatNeedIt() throws IOException {
    List<BadRow> bad = new ArrayList<>();
    ActivationMeasuresReport report =
        run(
            "record;citizen;date\nconversation;0101801111;2022-03-05\naid;0101801111;2022-03-05\n",
            march().rejects(bad::add));
    assertThat(report.account()).isEqualTo(new RowAccount(2, 1, 0, 1));
    assertThat(bad).containsExactly(new BadRow(3, "cost: the file has no cost column"));
    assertThat(report.groups().get(0).conversations()).isOne();
  }

  @Test
  void aMonthlyGroupingIsBoundedSoThatATinyInputCannotAskForBillionsOfGroups() {
    var b =
        ActivationMeasuresJob.builder()
            .period(MAR_1, java.time.LocalDate.of(999_999_999, 12, 31))
            .by(Grouping.MONTH);
    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1200 months");
    var hundredYears =
        ActivationMeasuresJob.builder()
            .period(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2099, 12, 31))
            .by(Grouping.MONTH);
    org.assertj.core.api.Assertions.assertThat(hundredYears.build()).isNotNull();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // hang guard: 1e100000000 took minutes and GBs
  void extremeHoursAndCostsAreRejectedRowsWithShortReasons() throws IOException {
    String hugeDigits = "1".repeat(500_000);
    String text =
        String.join(
            "\n",
            "record;citizen;date;start;hours;status;cost",
            "activation;0101801111;;2022-03-01;1e100000000;Optaget;",
            "activation;0101801111;;2022-03-01;1e-10000000;Optaget;",
            "activation;0101801111;;2022-03-01;" + hugeDigits + ";Optaget;",
            "activation;0101801111;;2022-03-01;167,0000001;Optaget;",
            "aid;0101801111;2022-03-01;;;;1e100000000",
            "aid;0101801111;2022-03-01;;;;" + hugeDigits,
            "aid;0101801111;2022-03-01;;;;1" + " ".repeat(80_000) + "kr.",
            "activation;0101801111;;2022-03-01;168,000000;Optaget;",
            "aid;0101801111;2022-03-01;;;;" + "9".repeat(28) + ",99 kr.",
            "aid;0101801111;2022-03-01;;;;" + "9".repeat(15) + ",99 kr.",
            "aid;0101801111;2022-03-01;;;;" + "9".repeat(15) + ",99 kr.",
            "");
    List<BadRow> bad = new ArrayList<>();
    ActivationMeasuresReport report = run(text, march().rejects(bad::add));

    assertThat(bad).extracting(BadRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L);
    assertThat(bad.get(0).reason())
        .isEqualTo("hours: 1e********* is not between 0 and 168 per week");
    assertThat(bad.get(1).reason()).isEqualTo("hours: more than 6 decimals");
    assertThat(bad.get(2).reason()).isEqualTo("hours: not a number of hours (over 32 characters)");
    assertThat(bad.get(3).reason()).isEqualTo("hours: more than 6 decimals");
    assertThat(bad.get(7).reason()).isEqualTo("cost: more than 15 digits of kroner");
    for (BadRow b : bad) {
      assertThat(b.reason()).hasSizeLessThan(200).doesNotContain("0101801111", "1111111111");
    }
    assertThat(report.account().rejected()).isEqualTo(8);
    GroupMeasures g = report.groups().get(0);
    assertThat(g.hoursPerWeek()).isEqualByComparingTo("168");
    assertThat(g.aidCosts()).isEqualTo(Money.of(new BigDecimal("1" + "9".repeat(15) + ".98")));
  }
}
