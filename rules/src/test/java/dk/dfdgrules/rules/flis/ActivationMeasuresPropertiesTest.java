/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.ActivityStatus;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.money.Money;
import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.time.DatePeriod;
import dk.dfdgrules.testkit.generators.DfdgGenerators;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The laws of the activation measures (FLIS-DFDG §6), as generated properties with the testkit's
 * engine: ACT-6 is the sum of the per-activation days and agrees with counting day by day; ACT-1
 * never exceeds the rows and does not depend on their order; ACT-5 is exact to the øre.
 */
class ActivationMeasuresPropertiesTest {

  static final LocalDate FIRST = LocalDate.of(2021, 11, 1);
  static final LocalDate LAST = LocalDate.of(2022, 6, 30);

  /** A small pool of citizens, so that records share them. */
  static Gen<CprNumber> citizens() {
    return Gens.elements(DfdgGenerators.cprNumbers().samples(7, 6));
  }

  /** Periods of 1 to 92 days between 2021-11 and 2022-06. */
  static Gen<DatePeriod> periods() {
    return Gens.zip(
        Gens.dates(FIRST, LAST), Gens.integers(0, 91), (s, n) -> DatePeriod.of(s, s.plusDays(n)));
  }

  /** Activations, one in four open, of 1 to 61 days. */
  static Gen<Activation> activations() {
    return Gens.zip(
        citizens(),
        Gens.dates(FIRST.minusDays(30), LAST),
        Gens.frequency(
            Gens.weighted(1, Gens.constant(Optional.<Integer>empty())),
            Gens.weighted(3, Gens.integers(0, 60).map(Optional::of))),
        (who, start, length) ->
            Activation.of(
                who, start, length.map(start::plusDays).orElse(null), ActivityStatus.ADMITTED));
  }

  /** A period and activations measured over it. */
  record Days(DatePeriod period, List<Activation> activations) {}

  Gen<Days> days() {
    return Gens.zip(periods(), activations().list(0, 12), Days::new);
  }

  @Property
  void act6IsTheSumOfThePerActivationDaysAndCountsDayByDay(@ForAll("days") Days x) {
    Statistics.cover(
        10, x.activations().stream().anyMatch(a -> a.end().isEmpty()), "an open activation");
    Statistics.cover(
        10,
        x.activations().stream().anyMatch(a -> a.start().isBefore(x.period().start())),
        "one starting before the period");
    ActivationMeasuresFacts f =
        ActivationMeasuresFacts.of(x.period(), x.activations(), List.of(), List.of(), List.of());
    Answer<ActivationMeasuresResult> r = ActivationMeasures.measure(f, LAST);

    long sum = 0;
    for (Activation a : x.activations()) {
      sum += ActivationMeasures.daysActivated(a, x.period());
    }
    long dayByDay = 0;
    LocalDate end = x.period().end().orElseThrow();
    for (LocalDate d = x.period().start(); !d.isAfter(end); d = d.plusDays(1)) {
      for (Activation a : x.activations()) {
        if (a.period().contains(d)) {
          dayByDay++;
        }
      }
    }
    assertThat(r.decision().daysActivated()).contains(sum);
    assertThat(sum).isEqualTo(dayByDay);
    long overlapping = ActivationMeasures.activationCourses(x.activations(), x.period());
    assertThat(sum).isGreaterThanOrEqualTo(overlapping);
  }

  /** Records of every kind and a seed to shuffle them by. */
  record Records(
      DatePeriod period,
      List<Activation> activations,
      List<Conversation> conversations,
      List<AidExpense> aids,
      long seed) {}

  static Gen<Conversation> conversations() {
    return Gens.zip(
        citizens(), Gens.dates(FIRST, LAST), (w, d) -> Conversation.of(w, d, "Jobsamtale"));
  }

  /** Amounts from -1,000.00 to 100,000.00 kroner, in øre. */
  static Gen<Money> amounts() {
    return Gens.longs(-100_000, 10_000_000).map(Money::ofOere);
  }

  static Gen<AidExpense> aids() {
    return Gens.zip(citizens(), Gens.dates(FIRST, LAST), amounts(), AidExpense::of);
  }

  Gen<Records> records() {
    return Gens.zip(
            periods(),
            activations().list(0, 8),
            conversations().list(0, 8),
            aids().list(0, 8),
            (p, a, c, e) -> new Records(p, a, c, e, 0))
        .flatMap(
            r ->
                Gens.longs(0, Long.MAX_VALUE)
                    .map(
                        seed ->
                            new Records(
                                r.period(), r.activations(), r.conversations(), r.aids(), seed)));
  }

  static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Property
  void act1NeverExceedsTheRowsAndIgnoresTheirOrder(@ForAll("records") Records x) {
    ActivationMeasuresFacts f =
        ActivationMeasuresFacts.of(
            x.period(), x.activations(), List.of(), x.conversations(), x.aids());
    ActivationMeasuresFacts reordered =
        ActivationMeasuresFacts.of(
            x.period(),
            shuffled(x.activations(), x.seed()),
            List.of(),
            shuffled(x.conversations(), x.seed() + 1),
            shuffled(x.aids(), x.seed() + 2));
    long citizens = ActivationMeasures.citizens(f);
    Statistics.cover(20, citizens < f.records() && citizens > 0, "a citizen with several rows");

    assertThat(citizens).isLessThanOrEqualTo(f.records());
    assertThat(ActivationMeasures.citizens(reordered)).isEqualTo(citizens);
    assertThat(ActivationMeasures.measure(reordered, LAST).decision())
        .isEqualTo(ActivationMeasures.measure(f, LAST).decision());
  }

  @Property
  void act5IsExactToTheOere(@ForAll("records") Records x) {
    long oere = 0;
    for (AidExpense e : x.aids()) {
      if (x.period().contains(e.date())) {
        oere += e.cost().toOere();
      }
    }
    Money sum = ActivationMeasures.aidCosts(x.aids(), x.period());
    Statistics.cover(20, oere != 0, "some cost in the period");

    assertThat(sum.toOere()).isEqualTo(oere);
    assertThat(sum.amount().scale()).isEqualTo(2);
    assertThat(ActivationMeasures.aidCosts(shuffled(x.aids(), x.seed()), x.period()))
        .isEqualTo(sum);
  }
}
