/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.flis;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.cprNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.rules.flis.BenchmarkModel.Dimension;
import dk.dfdgrules.rules.flis.BenchmarkModel.Measure;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.PropertyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The laws of the benchmark model (SUP-1, SUP-2, WIN-2, WIN-3) over generated citizen-weeks, each
 * checked against an independent count written straight from the spec: a cell's measure is the
 * distinct citizens (or courses) among the rows with the cell's members.
 */
class BenchmarkPropertiesTest {

  static final IsoWeek FROM = IsoWeek.of(2020, 1);
  static final IsoWeek TO = IsoWeek.of(2020, 4);

  /** Rows and the dimensions asked. */
  record Scenario(List<CitizenWeek> rows, List<Dimension> by) {
    BenchmarkQuery query(Suppression s) {
      return BenchmarkQuery.of(by, FROM, TO).withSuppression(s);
    }
  }

  /**
   * Citizen-weeks of 1–20 citizens (born 1950–2008, so some are outside 16–66) in 2019-W51 …
   * 2020-W05 (so some are before the YR link or after the range), three municipalities, with or
   * without a YR benefit, a visitation category, an activation and a course; by any dimensions,
   * often one or none; a third of them with many citizens and rows (so that cells of 5 or more are
   * common).
   */
  static Gen<Scenario> scenarios() {
    return Gens.frequency(
        Gens.weighted(2, scenarios(1, 20, 0, 120)), Gens.weighted(1, scenarios(8, 20, 60, 150)));
  }

  static Gen<Scenario> scenarios(int minCitizens, int maxCitizens, int minRows, int maxRows) {
    Gen<List<CprNumber>> pools =
        cprNumbers()
            .bornBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2008, 12, 31))
            .list(minCitizens, maxCitizens);
    Gen<IsoWeek> weeks =
        Gens.elements(
            IsoWeek.of(2019, 51),
            IsoWeek.of(2019, 52),
            IsoWeek.of(2020, 1),
            IsoWeek.of(2020, 2),
            IsoWeek.of(2020, 3),
            IsoWeek.of(2020, 4),
            IsoWeek.of(2020, 5));
    Gen<Optional<String>> benefits = Gens.elements("Kontanthjælp", "Dagpenge").optional();
    Gen<Optional<VisitationCategory>> categories =
        Gens.enumValues(VisitationCategory.class).optional();
    Gen<List<Optional<String>>> activations =
        Gens.oneOf(
            Gens.constant(List.of(Optional.<String>empty(), Optional.<String>empty())),
            Gens.zip(
                Gens.elements("Virksomhedspraktik", "Løntilskud"),
                Gens.elements("K1", "K2", "K3").optional(),
                (a, c) -> List.of(Optional.of(a), c)));
    Gen<List<Dimension>> dims =
        Gens.oneOf(
            Gens.subsets(Arrays.asList(Dimension.values()))
                .map(s -> Arrays.stream(Dimension.values()).filter(s::contains).toList()),
            Gens.elements(Dimension.values()).map(List::of),
            Gens.constant(List.<Dimension>of()));
    return pools.flatMap(
        pool -> {
          Gen<CitizenWeek> row =
              Gens.zip(
                      Gens.elements(pool),
                      Gens.elements(101, 147, 751),
                      weeks,
                      benefits,
                      (c, m, w, b) -> new Object[] {c, m, w, b})
                  .flatMap(
                      p ->
                          Gens.zip(
                              categories,
                              activations,
                              (cat, act) ->
                                  new CitizenWeek(
                                      (CprNumber) p[0],
                                      (Integer) p[1],
                                      (IsoWeek) p[2],
                                      cast(p[3]),
                                      cat,
                                      act.get(0),
                                      act.get(1))));
          return Gens.zip(row.list(minRows, maxRows), dims, Scenario::new);
        });
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> cast(Object o) {
    return (Optional<String>) o;
  }

  /** The independent count: {value, citizens} of a measure in the cell with these members. */
  static long[] expected(Scenario s, Map<Dimension, String> members, Measure m) {
    Set<CprNumber> citizens = new HashSet<>();
    Set<List<String>> courses = new HashSet<>();
    for (CitizenWeek w : s.rows()) {
      if (w.week().isBefore(FROM) || w.week().isAfter(TO)) {
        continue; // FROM is 2020-W01: the rows before the YR link (WIN-2) are outside it too
      }
      boolean inCell =
          members.entrySet().stream()
              .allMatch(e -> BenchmarkAccumulator.member(e.getKey(), w).equals(e.getValue()));
      if (!inCell) {
        continue;
      }
      LocalDate end = s.by().contains(Dimension.TIME) ? w.week().sunday() : lastCounted(s).sunday();
      int age = end.isBefore(w.citizen().birthDate()) ? -1 : w.citizen().ageOn(end);
      switch (m) {
        case CITIZENS_16_TO_66 -> {
          if (age >= 16 && age <= 66) {
            citizens.add(w.citizen());
          }
        }
        case BENEFIT_RECEIVERS -> {
          if (w.yrBenefit().isPresent()) {
            citizens.add(w.citizen());
          }
        }
        case ACTIVATED -> {
          if (w.activationType().isPresent()) {
            citizens.add(w.citizen());
          }
        }
        case ACTIVATION_COURSES -> {
          if (w.activationCourse().isPresent()) {
            citizens.add(w.citizen());
            courses.add(List.of(w.citizen().unmaskedValue(), w.activationCourse().get()));
          }
        }
      }
    }
    long value = m == Measure.ACTIVATION_COURSES ? courses.size() : citizens.size();
    return new long[] {value, citizens.size()};
  }

  /** The last week with a counted row (rows are counted in FROM … TO). */
  static IsoWeek lastCounted(Scenario s) {
    return s.rows().stream()
        .map(CitizenWeek::week)
        .filter(w -> !w.isBefore(FROM) && !w.isAfter(TO))
        .max(IsoWeek::compareTo)
        .orElse(TO);
  }

  static List<BenchmarkCell> cells(Scenario s, Suppression suppression) {
    BenchmarkAccumulator acc = BenchmarkAccumulator.of(s.query(suppression));
    s.rows().forEach(acc::add);
    return acc.cells();
  }

  static boolean anySuppressed(Scenario s) {
    return cells(s, Suppression.below(5)).stream().anyMatch(c -> c.value().isSuppressed());
  }

  static boolean anyShownAtLeast5(Scenario s) {
    return cells(s, Suppression.below(5)).stream()
        .anyMatch(c -> c.value() instanceof CellValue.Count n && n.value() >= 5);
  }

  @Test
  void sup1NoPublishedCellBelow5CitizensSurvivesWhenSuppressionIsOn() {
    PropertyCheck.forAll(scenarios())
        .named("SUP-1: no published cell rests on 1-4 citizens when suppression is on")
        .cover(5, BenchmarkPropertiesTest::anySuppressed, "some cells suppressed")
        .cover(5, BenchmarkPropertiesTest::anyShownAtLeast5, "some cells shown with >= 5")
        .verify(
            s -> {
              for (BenchmarkCell c : cells(s, Suppression.below(5))) {
                long[] e = expected(s, c.members(), c.measure());
                if (c.value() instanceof CellValue.Count n) {
                  assertThat(e[1] == 0 || e[1] >= 5)
                      .as("citizens behind a shown cell %s", c)
                      .isTrue();
                  assertThat(n.value()).isEqualTo(e[0]);
                  if (c.measure() != Measure.ACTIVATION_COURSES) {
                    assertThat(n.value() == 0 || n.value() >= 5).as("shown %s", c).isTrue();
                  }
                } else {
                  assertThat(e[1]).as("citizens behind a suppressed cell %s", c).isBetween(1L, 4L);
                }
              }
            });
  }

  @Test
  void sup1ASuppressedCellIsNeverANumberAndZeroStaysZero() {
    PropertyCheck.forAll(scenarios())
        .named("SUP-1: a suppressed cell is never a number; 0 is 0")
        .verify(
            s -> {
              for (BenchmarkCell c : cells(s, Suppression.below(5))) {
                long[] e = expected(s, c.members(), c.measure());
                if (c.value().isSuppressed()) {
                  assertThat(c.value()).isNotInstanceOf(CellValue.Count.class);
                  assertThat(c.value().toString()).doesNotContainPattern("[0-9]");
                }
                if (e[0] == 0) {
                  assertThat(c.value()).isEqualTo(CellValue.count(0));
                }
              }
            });
  }

  @Test
  void sup1SuppressionIsOffByDefault() {
    PropertyCheck.forAll(scenarios())
        .named("SUP-1: off by default, every cell is its count")
        .verify(
            s -> {
              BenchmarkAccumulator acc =
                  BenchmarkAccumulator.of(BenchmarkQuery.of(s.by(), FROM, TO));
              s.rows().forEach(acc::add);
              for (BenchmarkCell c : acc.cells()) {
                assertThat(c.value())
                    .isEqualTo(CellValue.count(expected(s, c.members(), c.measure())[0]));
              }
            });
  }

  @Test
  void sup2CountsAreDistinctCitizensWhateverTheOrderAndRepetitionOfRows() {
    PropertyCheck.forAll(scenarios())
        .named("SUP-2: counts are distinct citizens; duplicated, shuffled rows change nothing")
        .verify(
            s -> {
              List<CitizenWeek> twice = new ArrayList<>(s.rows());
              twice.addAll(s.rows());
              Collections.shuffle(twice, new Random(s.rows().size()));
              List<BenchmarkCell> once = cells(s, Suppression.OFF);
              assertThat(cells(new Scenario(twice, s.by()), Suppression.OFF)).isEqualTo(once);
              for (BenchmarkCell c : once) {
                assertThat(c.value())
                    .isEqualTo(CellValue.count(expected(s, c.members(), c.measure())[0]));
              }
            });
  }

  @Test
  void win2NoCellHoldsAWeekBeforeTheYrLink() {
    PropertyCheck.forAll(scenarios())
        .named("WIN-2: rows before 2020-W01 are never counted")
        .verify(
            s -> {
              BenchmarkAccumulator acc =
                  BenchmarkAccumulator.of(
                      BenchmarkQuery.of(List.of(Dimension.TIME), IsoWeek.of(2019, 40), TO));
              for (CitizenWeek w : s.rows()) {
                BenchmarkAccumulator.Fate f = acc.add(w);
                assertThat(f == BenchmarkAccumulator.Fate.BEFORE_YR_LINK)
                    .isEqualTo(w.week().isBefore(IsoWeek.of(2020, 1)));
              }
              assertThat(acc.cells())
                  .allMatch(c -> c.members().get(Dimension.TIME).compareTo("2020-W01") >= 0);
            });
  }
}
