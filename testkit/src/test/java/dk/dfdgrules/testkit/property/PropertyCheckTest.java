/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The run of a property: tries, seeds, edge cases, filters, discards, reports. */
class PropertyCheckTest {

  private static <T> List<T> valuesSeen(PropertyCheck<T> check) {
    List<T> seen = new ArrayList<>();
    check.verify(seen::add);
    return seen;
  }

  @Nested
  class Tries {
    @Test
    @DisplayName("a passing property runs the default 200 tries")
    void defaultTries() {
      PropertyResult r = PropertyCheck.forAll(Gens.integers(0, 10)).check(i -> i <= 10);
      assertThat(r.tries()).isEqualTo(PropertyCheck.DEFAULT_TRIES);
      assertThat(r.passed()).isTrue();
    }

    @Test
    @DisplayName("tries can be set per property")
    void setTries() {
      assertThat(valuesSeen(PropertyCheck.forAll(Gens.integers(0, 10)).tries(17))).hasSize(17);
    }

    @Test
    @DisplayName("tries can be set for every property by a system property")
    void globalTries() {
      withSystemProperty(
          PropertyCheck.TRIES_PROPERTY,
          "23",
          () -> {
            assertThat(valuesSeen(PropertyCheck.forAll(Gens.integers(0, 10)))).hasSize(23);
            assertThat(valuesSeen(PropertyCheck.forAll(Gens.integers(0, 10)).tries(5))).hasSize(5);
          });
    }
  }

  @Nested
  class Seeds {
    @Test
    @DisplayName("the same seed gives the same values; another seed other values")
    void seedReproduces() {
      Gen<Integer> gen = Gens.integers(0, 1_000_000);
      List<Integer> a = valuesSeen(PropertyCheck.forAll(gen).seed(42).edgeCases(0));
      List<Integer> b = valuesSeen(PropertyCheck.forAll(gen).seed(42).edgeCases(0));
      List<Integer> c = valuesSeen(PropertyCheck.forAll(gen).seed(43).edgeCases(0));
      assertThat(a).isEqualTo(b).isNotEqualTo(c);
      assertThat(gen.samples(9, 50)).isEqualTo(gen.samples(9, 50));
      assertThat(gen.sample(9)).isEqualTo(gen.sample(9));
    }

    @Test
    @DisplayName("by default the seed is derived from the property's name")
    void defaultSeedFromName() {
      Gen<Integer> gen = Gens.integers(0, 1_000_000);
      PropertyResult a = PropertyCheck.forAll(gen).named("one").check(i -> true);
      PropertyResult b = PropertyCheck.forAll(gen).named("one").check(i -> true);
      PropertyResult c = PropertyCheck.forAll(gen).named("two").check(i -> true);
      assertThat(a.seed()).isEqualTo(b.seed()).isNotEqualTo(c.seed());
    }

    @Test
    @DisplayName("a system property fixes the seed of every property that does not set its own")
    void globalSeed() {
      withSystemProperty(
          PropertyCheck.SEED_PROPERTY,
          "1234",
          () -> {
            assertThat(PropertyCheck.forAll(Gens.booleans()).named("x").check(b -> true).seed())
                .isEqualTo(1234);
            assertThat(PropertyCheck.forAll(Gens.booleans()).seed(5).check(b -> true).seed())
                .isEqualTo(5);
            System.setProperty(PropertyCheck.SEED_PROPERTY, "random");
            long first = PropertyCheck.forAll(Gens.booleans()).named("x").check(b -> true).seed();
            long second = PropertyCheck.forAll(Gens.booleans()).named("x").check(b -> true).seed();
            assertThat(first).isNotEqualTo(second);
            System.setProperty(PropertyCheck.SEED_PROPERTY, "not a number");
            assertThatThrownBy(() -> PropertyCheck.forAll(Gens.booleans()).check(b -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(PropertyCheck.SEED_PROPERTY);
          });
    }

    @Test
    @DisplayName("the failure names the seed, and that seed finds the same counterexample again")
    void failureReportsSeed() {
      Gen<Integer> gen = Gens.integers(0, 1_000_000);
      PropertyFailure first =
          catchThrowableOfType(
              PropertyFailure.class,
              () ->
                  PropertyCheck.forAll(gen)
                      .named("random search")
                      .edgeCases(0)
                      .check(i -> i % 10 != 9));
      assertThat(first).isNotNull();
      assertThat(first.getMessage())
          .contains("Property 'random search' failed")
          .contains("seed " + first.seed())
          .contains("@Property(seed = \"" + first.seed() + "\")")
          .contains("-Ddfdg.testkit.seed=" + first.seed())
          .contains("Shrunk counterexample")
          .contains("Original counterexample");
      PropertyFailure again =
          catchThrowableOfType(
              PropertyFailure.class,
              () ->
                  PropertyCheck.forAll(gen)
                      .named("another name")
                      .seed(first.seed())
                      .edgeCases(0)
                      .check(i -> i % 10 != 9));
      assertThat(again.originalCounterexample()).isEqualTo(first.originalCounterexample());
      assertThat(again.tries()).isEqualTo(first.tries());
    }
  }

  @Nested
  class EdgeCases {
    @Test
    @DisplayName("the bounds are tried before random values")
    void boundsFirst() {
      List<Integer> seen = valuesSeen(PropertyCheck.forAll(Gens.integers(10, 1_000_000)));
      assertThat(seen.subList(0, 2)).containsExactly(10, 1_000_000);
    }

    @Test
    @DisplayName("a range across zero has 0, its bounds and -1 as edge cases")
    void acrossZero() {
      assertThat(Gens.integers(-50, 70).edgeCases(10)).containsExactlyInAnyOrder(0, 70, -1, -50);
    }

    @Test
    @DisplayName("the first and the last date are edge cases")
    void dates() {
      LocalDate a = LocalDate.of(2021, 12, 6);
      LocalDate b = LocalDate.of(2022, 1, 1);
      assertThat(Gens.dates(a, b).edgeCases(10)).containsExactly(a, b);
    }

    @Test
    @DisplayName("the empty list is the first edge case of a list")
    void emptyListFirst() {
      List<List<Integer>> edges = Gens.integers(0, 9).list(0, 5).edgeCases(20);
      assertThat(edges.get(0)).isEmpty();
      assertThat(edges).contains(List.of(0), List.of(9), List.of(0, 0));
    }

    @Test
    @DisplayName("every alternative of a small choice is an edge case")
    void everyAlternative() {
      assertThat(Gens.elements("a", "b", "c").edgeCases(10)).containsExactly("a", "b", "c");
      assertThat(
              Gens.frequency(
                      Gens.weighted(1, Gens.constant("rare")),
                      Gens.weighted(99, Gens.constant("common")),
                      Gens.weighted(0, Gens.constant("never")))
                  .edgeCases(10))
          .containsOnly("rare", "common");
      assertThat(Gens.oneOf(Gens.constant(1), Gens.constant(2)).edgeCases(10))
          .containsExactly(1, 2);
      assertThat(Gens.booleans().edgeCases(10)).containsExactly(false, true);
    }

    @Test
    @DisplayName("combinations of edge cases are tried: both bounds of both values")
    void combinations() {
      Gen<String> pairs = Gens.integers(0, 5).zip(Gens.integers(0, 5), (a, b) -> a + "," + b);
      assertThat(pairs.edgeCases(10)).containsExactly("0,0", "5,0", "0,5", "5,5");
    }

    @Test
    @DisplayName("a failure at an edge case is found first and reported as one")
    void failureAtEdge() {
      PropertyFailure f =
          catchThrowableOfType(
              PropertyFailure.class,
              () -> PropertyCheck.forAll(Gens.integers(0, 1_000_000)).check(i -> i != 1_000_000));
      assertThat(f.tries()).isEqualTo(2);
      assertThat(f.foundAsEdgeCase()).isTrue();
      assertThat(f.getMessage()).contains("an edge case");
    }

    @Test
    @DisplayName("edge cases take at most a quarter of the tries, and can be switched off")
    void budget() {
      PropertyResult r = PropertyCheck.forAll(Gens.integers(0, 9).list(0, 9)).check(l -> true);
      assertThat(r.edgeCases()).isEqualTo(PropertyCheck.DEFAULT_TRIES / 4);
      assertThat(
              PropertyCheck.forAll(Gens.integers(0, 9)).edgeCases(0).check(i -> true).edgeCases())
          .isZero();
    }
  }

  @Nested
  class Filters {
    @Test
    @DisplayName("a filter that rejects nearly everything fails with a clear error")
    void hopelessFilter() {
      assertThatThrownBy(
              () ->
                  PropertyCheck.forAll(
                          Gens.integers(0, 1_000_000_000).filter("equal to 7", i -> i == 7))
                      .named("seven")
                      .check(i -> true))
          .isInstanceOf(GenerationException.class)
          .hasMessageContaining("property 'seven' (seed ")
          .hasMessageContaining("the filter 'equal to 7' rejected 100 values in a row")
          .hasMessageContaining("generate such values directly");
    }

    @Test
    @DisplayName("a filter that keeps half the values works")
    void reasonableFilter() {
      assertThat(valuesSeen(PropertyCheck.forAll(Gens.integers(0, 1000).filter(i -> i % 2 == 0))))
          .allMatch(i -> i % 2 == 0)
          .hasSize(PropertyCheck.DEFAULT_TRIES);
    }

    @Test
    @DisplayName("a set that cannot have enough distinct values fails with a clear error")
    void impossibleSet() {
      assertThatThrownBy(() -> Gens.integers(0, 2).set(5, 5).sample(1))
          .isInstanceOf(GenerationException.class)
          .hasMessageContaining("5 distinct values");
    }
  }

  @Nested
  class Assumptions_ {
    @Test
    @DisplayName("a JUnit assumption that fails discards the try")
    void discards() {
      PropertyResult r =
          PropertyCheck.forAll(Gens.integers(0, 9)).verify(i -> Assumptions.assumeTrue(i % 2 == 0));
      assertThat(r.discarded()).isPositive();
      assertThat(r.tries()).isEqualTo(PropertyCheck.DEFAULT_TRIES);
    }

    @Test
    @DisplayName("too many discarded tries end the run with a clear error")
    void tooMany() {
      assertThatThrownBy(
              () ->
                  PropertyCheck.forAll(Gens.integers(0, 1000))
                      .verify(i -> Assumptions.assumeTrue(i == 3)))
          .isInstanceOf(GenerationException.class)
          .hasMessageContaining("discarded by assumptions");
    }
  }

  @Nested
  class Reports {
    @Test
    @DisplayName("a counterexample is shown by toString, CPR-like digits masked")
    void masksCprLikeDigits() {
      PropertyFailure f =
          catchThrowableOfType(
              PropertyFailure.class,
              () -> PropertyCheck.forAll(Gens.constant("0101901234")).check(s -> false));
      assertThat(f.getMessage()).contains("\"010190-****\"").doesNotContain("0101901234");
    }

    @Test
    @DisplayName("the result reports tries, edge cases and labels")
    void report() {
      PropertyResult r =
          PropertyCheck.forAll(Gens.integers(0, 3))
              .named("small")
              .classify(i -> i == 0 ? "zero" : "positive")
              .check(i -> true);
      assertThat(r.labels()).containsKeys("zero", "positive");
      assertThat(r.report()).startsWith("small: 200 tries").contains("% zero");
    }
  }

  /** Runs {@code body} with a system property set, then puts back what was there before. */
  private static void withSystemProperty(String key, String value, Runnable body) {
    String before = System.getProperty(key);
    System.setProperty(key, value);
    try {
      body.run();
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
