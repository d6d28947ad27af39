/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.time.DayOfWeek;
import java.time.LocalDate;

class LisPropertiesTest {

  static final long MAX_OERE = 99_999_999_999_999_999L;

  Gen<Long> amounts() {
    return Gens.oneOf(
        Gens.longs(-MAX_OERE, MAX_OERE),
        Gens.longs(-200_000, 200_000),
        Gens.elements(0L, 1L, -1L, 99L, 100L, 99_999L, 100_000L, MAX_OERE, -MAX_OERE));
  }

  Gen<LocalDate> days() {
    return Gens.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));
  }

  Gen<String> amountTexts() {
    return Gens.strings("0123456789.,-kr ", 0, 14);
  }

  @Property
  void lis2AnAmountWrittenAsTheFileDoesReadsBackTheSame(@ForAll("amounts") Long oere) {
    String text = LisValues.formatOere(oere);
    assertThat(LisValues.parseOere(text)).isEqualTo(oere);
    assertThat(LisValues.parseOere(text.replace(" kr.", ""))).isEqualTo(oere);
  }

  @Property
  void lis2EveryAcceptedTextIsWrittenBackToOneThatReadsTheSame(@ForAll("amountTexts") String text) {
    long oere;
    try {
      oere = LisValues.parseOere(text);
    } catch (LisValueException e) {
      return;
    }
    assertThat(LisValues.parseOere(LisValues.formatOere(oere))).isEqualTo(oere);
  }

  @Property
  void lis1OnlyMondaysAreWeeks(@ForAll("days") LocalDate day) {
    boolean monday = day.getDayOfWeek() == DayOfWeek.MONDAY;
    try {
      assertThat(LisValues.parseWeek(day + "T00:00:00")).isEqualTo(day);
      assertThat(monday).isTrue();
    } catch (LisValueException e) {
      assertThat(monday).isFalse();
      assertThat(e.problem()).isEqualTo(LisProblem.WEEK_NOT_A_MONDAY);
    }
  }

  @Property
  void lis5AWeekCrossesAMonthExactlyWhenItsMondayIsInTheLastSixDays(@ForAll("days") LocalDate day) {
    assertThat(LisValues.crossesMonth(day))
        .isEqualTo(day.getDayOfMonth() > day.lengthOfMonth() - 6);
  }
}
