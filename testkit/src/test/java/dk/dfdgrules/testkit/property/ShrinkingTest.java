/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shrinking finds the known minimal counterexamples, through map, flatMap and filter. */
class ShrinkingTest {

  private static PropertyFailure failureOf(Runnable run) {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, run::run);
    assertThat(f).as("the property should fail").isNotNull();
    return f;
  }

  @Test
  @DisplayName("'no int is above 1000' shrinks to 1001")
  void noIntAbove1000ShrinksTo1001() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(Integer.MIN_VALUE, Integer.MAX_VALUE))
                    .check(i -> i <= 1000));
    assertThat(f.shrunkCounterexample()).isEqualTo("1001");
  }

  @Test
  @DisplayName("'no int is below -1000' shrinks to -1001")
  void noIntBelowMinus1000ShrinksToMinus1001() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(-1_000_000, 1_000_000)).check(i -> i >= -1000));
    assertThat(f.shrunkCounterexample()).isEqualTo("-1001");
  }

  @Test
  @DisplayName("'every list sums below 100' shrinks to [100]")
  void listSumShrinksToSingleElement() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(0, 1000).list(0, 20))
                    .check(l -> l.stream().mapToInt(Integer::intValue).sum() < 100));
    assertThat(f.shrunkCounterexample()).isEqualTo("[100]");
  }

  @Test
  @DisplayName("'every list is shorter than 3' shrinks to three zeros")
  void listLengthShrinksToZeros() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(-50, 50).list(0, 10)).check(l -> l.size() < 3));
    assertThat(f.shrunkCounterexample()).isEqualTo("[0, 0, 0]");
  }

  @Test
  @DisplayName("shrinking goes through map")
  void throughMap() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(0, 1_000_000).map(i -> i * 3))
                    .check(i -> i < 1000));
    assertThat(f.shrunkCounterexample()).isEqualTo("1002");
  }

  @Test
  @DisplayName("shrinking goes through filter")
  void throughFilter() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(0, 1_000_000).filter("even", i -> i % 2 == 0))
                    .check(i -> i <= 1000));
    assertThat(f.shrunkCounterexample()).isEqualTo("1002");
  }

  @Test
  @DisplayName("shrinking goes through flatMap")
  void throughFlatMap() {
    Gen<List<Integer>> sizedLists =
        Gens.integers(0, 10).flatMap(n -> Gens.integers(0, 100).list(n, n));
    PropertyFailure f =
        failureOf(() -> PropertyCheck.forAll(sizedLists).check(l -> l.size() < 4 || l.get(3) < 7));
    assertThat(f.shrunkCounterexample()).isEqualTo("[0, 0, 0, 7]");
  }

  @Test
  @DisplayName("strings shrink to the shortest failing text")
  void strings() {
    PropertyFailure f =
        failureOf(
            () -> PropertyCheck.forAll(Gens.strings("abcx", 0, 30)).check(s -> !s.contains("x")));
    assertThat(f.shrunkCounterexample()).isEqualTo("\"x\"");
  }

  @Test
  @DisplayName("dates shrink to the first failing date")
  void dates() {
    Gen<LocalDate> days = Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
    PropertyFailure f =
        failureOf(
            () -> PropertyCheck.forAll(days).check(d -> !d.isAfter(LocalDate.of(2020, 6, 30))));
    assertThat(f.shrunkCounterexample()).isEqualTo("2020-07-01");
  }

  @Test
  @DisplayName("pairs shrink on both sides")
  void pairs() {
    Gen<int[]> pairs =
        Gens.integers(0, 1000).zip(Gens.integers(0, 1000), (a, b) -> new int[] {a, b});
    PropertyFailure f =
        failureOf(() -> PropertyCheck.forAll(pairs).check(p -> p[0] + p[1] < 10 || p[0] < 3));
    assertThat(f.shrunkCounterexample()).isEqualTo("[3, 7]");
  }

  @Test
  @DisplayName("a candidate that fails differently does not replace the original failure")
  void keepsTheKindOfFailure() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(-1_000_000, 1_000_000))
                    .edgeCases(0)
                    .verify(
                        i -> {
                          if (i > 500) {
                            throw new IllegalStateException("too big");
                          }
                          if (i > 10) {
                            throw new AssertionError("big");
                          }
                        }));
    // the first failure (a random value above 500) throws IllegalStateException; 11 would be
    // simpler but fails with an AssertionError, another bug
    assertThat(f.originalCounterexample()).doesNotStartWith("-");
    assertThat(f.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(f.shrunkCounterexample()).isEqualTo("501");
  }

  @Test
  @DisplayName("shrinking is deterministic")
  void deterministic() {
    Runnable run =
        () ->
            PropertyCheck.forAll(Gens.integers(0, 1000).list(0, 30))
                .seed(7)
                .check(l -> l.stream().mapToInt(Integer::intValue).sum() < 300 || l.size() < 2);
    PropertyFailure a = failureOf(run);
    PropertyFailure b = failureOf(run);
    assertThat(a.shrunkCounterexample()).isEqualTo(b.shrunkCounterexample());
    assertThat(a.shrinkSteps()).isEqualTo(b.shrinkSteps());
  }

  @Test
  @DisplayName("shrinking is bounded by its step budget")
  void bounded() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(0, 1000).list(0, 30))
                    .maxShrinkSteps(5)
                    .edgeCases(0)
                    .check(l -> l.stream().mapToInt(Integer::intValue).sum() < 100));
    assertThat(f.shrinkSteps()).isLessThanOrEqualTo(5);
  }

  @Test
  @DisplayName("with shrinking off the original counterexample is reported as is")
  void off() {
    PropertyFailure f =
        failureOf(
            () ->
                PropertyCheck.forAll(Gens.integers(0, 1_000_000))
                    .maxShrinkSteps(0)
                    .edgeCases(0)
                    .check(i -> i < 1000));
    assertThat(f.shrinkSteps()).isZero();
    assertThat(f.shrunkCounterexample()).isEqualTo(f.originalCounterexample());
  }
}
