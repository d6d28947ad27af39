/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.flis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.core.visitation.VisitationCourse;
import dk.dfdgrules.rules.flis.Activation;
import dk.dfdgrules.rules.flis.ActivationMeasures;
import dk.dfdgrules.rules.flis.ActivationMeasuresFacts;
import dk.dfdgrules.rules.flis.ActivationMeasuresResult;
import dk.dfdgrules.rules.flis.AidExpense;
import dk.dfdgrules.rules.flis.Conversation;
import dk.dfdgrules.testkit.generators.DfdgGenerators;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The streamed job and the rules agree: a file of generated records, written as CSV and measured by
 * {@link ActivationMeasuresJob} per calendar month, gives in each month what {@link
 * ActivationMeasures} gives on the same records in memory over that month.
 */
class ActivationMeasuresJobPropertiesTest {

  static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
  static final LocalDate LAST = LocalDate.of(2022, 6, 30);

  static Gen<CprNumber> citizens() {
    return Gens.elements(DfdgGenerators.cprNumbers().samples(3, 5));
  }

  static Gen<Optional<LocalDate>> ends(LocalDate start) {
    return Gens.frequency(
        Gens.weighted(1, Gens.constant(Optional.<LocalDate>empty())),
        Gens.weighted(3, Gens.integers(0, 70).map(n -> Optional.of(start.plusDays(n)))));
  }

  /** Activations, one in four open, one in ten without hours. */
  static Gen<Activation> activations() {
    return Gens.zip(
            citizens(), Gens.dates(FIRST.minusDays(40), LAST), Gens.integers(0, 40), Act::new)
        .flatMap(x -> ends(x.start()).map(x::with));
  }

  /** The parts of a generated activation before its end is drawn. */
  record Act(CprNumber who, LocalDate start, int tenthsOfHours) {
    Activation with(Optional<LocalDate> end) {
      Activation a = Activation.of(who, start, end.orElse(null), ActivityStatus.ADMITTED);
      return tenthsOfHours % 10 == 0
          ? a
          : a.withHoursPerWeek(BigDecimal.valueOf(tenthsOfHours * 7L, 1));
    }
  }

  /** Visitation courses, one in four open. */
  static Gen<VisitationCourse> courses() {
    return Gens.zip(citizens(), Gens.dates(FIRST.minusDays(60), LAST), Course::new)
        .flatMap(x -> ends(x.start()).map(x::with));
  }

  /** The parts of a generated course before its end is drawn. */
  record Course(CprNumber who, LocalDate start) {
    VisitationCourse with(Optional<LocalDate> end) {
      return VisitationCourse.builder()
          .citizen(who)
          .category(VisitationCategory.JOB_READY)
          .start(start)
          .end(end)
          .build();
    }
  }

  static Gen<Conversation> conversations() {
    return Gens.zip(
        citizens(), Gens.dates(FIRST, LAST), (w, d) -> Conversation.of(w, d, "Jobsamtale"));
  }

  static Gen<AidExpense> aids() {
    return Gens.zip(
        citizens(),
        Gens.dates(FIRST, LAST),
        Gens.longs(-50_000, 5_000_000).map(Money::ofOere),
        AidExpense::of);
  }

  record Records(
      List<Activation> activations,
      List<VisitationCourse> courses,
      List<Conversation> conversations,
      List<AidExpense> aids) {}

  Gen<Records> records() {
    return Gens.zip(
        activations().list(0, 10),
        courses().list(0, 6),
        conversations().list(0, 6),
        aids().list(0, 6),
        Records::new);
  }

  static String csv(Records r) {
    StringBuilder s =
        new StringBuilder("record;citizen;start;end;date;hours;status;category;cost\n");
    for (Activation a : r.activations()) {
      s.append("activation;")
          .append(a.citizen().unmaskedValue())
          .append(';')
          .append(a.start())
          .append(';')
          .append(a.end().map(LocalDate::toString).orElse(""))
          .append(";;")
          .append(a.hoursPerWeek().map(BigDecimal::toPlainString).orElse(""))
          .append(";Optaget;;\n");
    }
    for (VisitationCourse c : r.courses()) {
      s.append("visitation;")
          .append(c.getCitizen().unmaskedValue())
          .append(';')
          .append(c.getStart())
          .append(';')
          .append(c.flisEnd())
          .append(";;;;Jobparat;\n");
    }
    for (Conversation c : r.conversations()) {
      s.append("conversation;").append(c.citizen().unmaskedValue()).append(";;;");
      s.append(c.date()).append(";;;;\n");
    }
    for (AidExpense e : r.aids()) {
      s.append("aid;").append(e.citizen().unmaskedValue()).append(";;;");
      s.append(e.date()).append(";;;;").append(e.cost()).append('\n');
    }
    return s.toString();
  }

  @Property
  void eachMonthOfTheStreamedFileIsWhatTheRulesMeasureOverThatMonth(@ForAll("records") Records r)
      throws IOException {
    ActivationMeasuresReport report =
        ActivationMeasuresJob.builder()
            .period(FIRST, LAST)
            .by(Grouping.MONTH)
            .build()
            .run(new ByteArrayInputStream(csv(r).getBytes(StandardCharsets.UTF_8)));
    long rows =
        r.activations().size() + r.courses().size() + r.conversations().size() + r.aids().size();
    assertThat(report.account()).isEqualTo(new RowAccount(rows, rows, 0, 0));
    assertThat(report.groups()).hasSize(6);
    for (GroupMeasures g : report.groups()) {
      ActivationMeasuresResult m =
          ActivationMeasures.measure(
                  ActivationMeasuresFacts.of(
                      DatePeriod.of(g.from(), g.to()),
                      r.activations(),
                      r.courses(),
                      r.conversations(),
                      r.aids()),
                  LAST)
              .decision();
      assertThat(m.citizens()).as(g.group()).contains(g.citizens());
      assertThat(m.visitationCourses()).as(g.group()).contains(g.visitationCourses());
      assertThat(m.activationCourses()).as(g.group()).contains(g.activationCourses());
      assertThat(m.conversations()).as(g.group()).contains(g.conversations());
      assertThat(m.aidCosts()).as(g.group()).contains(g.aidCosts());
      assertThat(m.daysActivated()).as(g.group()).contains(g.daysActivated());
      assertThat(m.hoursPerWeek().orElseThrow()).isEqualByComparingTo(g.hoursPerWeek());
      assertThat(m.activationsWithoutHours()).contains(g.activationsWithoutHours());
    }
  }
}
