/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Labels and coverage requirements. */
class StatisticsTest {

  @Test
  @DisplayName("labels count the tries they were given in, once per try")
  void labels() {
    PropertyResult r =
        PropertyCheck.forAll(Gens.integers(1, 4))
            .tries(400)
            .verify(
                i -> {
                  Statistics.label("step " + i);
                  Statistics.label("step " + i); // once per try
                });
    assertThat(r.labels()).containsOnlyKeys("step 1", "step 2", "step 3", "step 4");
    assertThat(r.labels().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
    assertThat(r.percentage("step 4")).isBetween(10.0, 40.0);
  }

  @Test
  @DisplayName("a coverage requirement that is met passes")
  void coverageMet() {
    PropertyResult r =
        PropertyCheck.forAll(Gens.integers(1, 4))
            .verify(i -> Statistics.cover(10, i == 4, "at step 4"));
    assertThat(r.passed()).isTrue();
    assertThat(r.required()).containsEntry("at step 4", 10.0);
    assertThat(r.report()).contains("at step 4").contains("required ≥ 10.0 %");
  }

  @Test
  @DisplayName(
      "a coverage requirement that is not met fails, naming the label, the share and the seed")
  void coverageMissed() {
    CoverageFailure f =
        catchThrowableOfType(
            CoverageFailure.class,
            () ->
                PropertyCheck.forAll(Gens.integers(1, 4))
                    .named("steps")
                    .cover(60, i -> i == 4, "at step 4")
                    .check(i -> true));
    assertThat(f).isNotNull();
    assertThat(f.getMessage())
        .contains("Property 'steps' (seed " + f.seed() + ")")
        .contains("'at step 4'")
        .contains("required at least 60.0 %");
  }

  @Test
  @DisplayName("outside a property the statistics calls do nothing")
  void outside() {
    assertThatCode(
            () -> {
              Statistics.label("x");
              Statistics.cover(50, false, "y");
            })
        .doesNotThrowAnyException();
  }
}
