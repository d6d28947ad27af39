/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static dk.dfdgrules.rules.refusion.WeekKind.BENEFIT;
import static dk.dfdgrules.rules.refusion.WeekKind.OTHER_SUPPORT;
import static dk.dfdgrules.rules.refusion.WeekKind.SELF_SUPPORT;
import static dk.dfdgrules.rules.refusion.WeekKind.WAGE_SUBSIDY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RefusionCountTest {

  static final IsoWeek START = IsoWeek.of(2017, 1);

  static List<RefusionWeek> benefitWeeks(List<RefusionWeek> weeks) {
    return weeks.stream().filter(w -> w.kind() == BENEFIT).toList();
  }

  static List<Integer> numbers(List<RefusionWeek> weeks) {
    return benefitWeeks(weeks).stream().map(RefusionWeek::number).toList();
  }

  static List<Integer> rates(List<RefusionWeek> weeks) {
    return benefitWeeks(weeks).stream().map(w -> w.rate().orElseThrow()).toList();
  }

  @Nested
  class TheSpecsExamples {

    @Test
    void REF_1_tenBenefitWeeksAreWeeks1To4At80AndWeeks5To10At40() {
      List<RefusionWeek> ws =
          RefusionCount.standard().weeks(WeeklyKinds.builder(START).add(BENEFIT, 10).build());
      assertThat(numbers(ws)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(rates(ws)).containsExactly(80, 80, 80, 80, 40, 40, 40, 40, 40, 40);
      assertThat(ws).allSatisfy(w -> assertThat(w.restart()).isEmpty());
    }

    @Test
    void REF_3_twentySelfSupportWeeksDoNotRestart_theLastFiveAreWeeks31To35At30() {
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(
                  WeeklyKinds.builder(START)
                      .add(BENEFIT, 30)
                      .add(SELF_SUPPORT, 20)
                      .add(BENEFIT, 5)
                      .build());
      List<RefusionWeek> last = ws.subList(50, 55);
      assertThat(last).extracting(RefusionWeek::number).containsExactly(31, 32, 33, 34, 35);
      assertThat(last).allSatisfy(w -> assertThat(w.rate()).hasValue(30));
      assertThat(ws).allSatisfy(w -> assertThat(w.restart()).isEmpty());
    }

    @Test
    void REF_3_fiftyTwoSelfSupportWeeksRestart_theLastFiveAreWeeks1To5() {
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(
                  WeeklyKinds.builder(START)
                      .add(BENEFIT, 30)
                      .add(SELF_SUPPORT, 52)
                      .add(BENEFIT, 5)
                      .build());
      List<RefusionWeek> last = ws.subList(82, 87);
      assertThat(last).extracting(RefusionWeek::number).containsExactly(1, 2, 3, 4, 5);
      assertThat(last).extracting(w -> w.rate().orElseThrow()).containsExactly(80, 80, 80, 80, 40);
      Restart r = last.get(0).restart().orElseThrow();
      assertThat(r.selfSupportWeeks()).isEqualTo(52);
      assertThat(r.firstSelfSupport()).isEqualTo(START.plusWeeks(30));
      assertThat(r.lastSelfSupport()).isEqualTo(START.plusWeeks(81));
      assertThat(r.reachedAt()).isEqualTo(START.plusWeeks(82));
      assertThat(last.subList(1, 5)).allSatisfy(w -> assertThat(w.restart()).isEmpty());
    }
  }

  @Nested
  class REF_1_theSteps {

    @Test
    void theBoundariesOfTheStepsAre4_26_52() {
      List<RefusionWeek> ws =
          RefusionCount.standard().weeks(WeeklyKinds.builder(START).add(BENEFIT, 60).build());
      assertThat(ws.get(3).rate()).hasValue(80);
      assertThat(ws.get(4).rate()).hasValue(40);
      assertThat(ws.get(25).rate()).hasValue(40);
      assertThat(ws.get(26).rate()).hasValue(30);
      assertThat(ws.get(51).rate()).hasValue(30);
      assertThat(ws.get(52).rate()).hasValue(20);
      assertThat(ws.get(59).step()).contains(RefusionStep.STEP_20);
    }

    @Test
    void aCoFinancedBenefitHasTheComplement_20_60_70_80() {
      List<RefusionWeek> ws =
          RefusionCount.standard().weeks(WeeklyKinds.builder(START).addCoFinanced(53).build());
      assertThat(ws.get(0).coFinancingRate()).hasValue(20);
      assertThat(ws.get(0).rate()).isEqualTo(OptionalInt.empty());
      assertThat(ws.get(4).coFinancingRate()).hasValue(60);
      assertThat(ws.get(26).coFinancingRate()).hasValue(70);
      assertThat(ws.get(52).coFinancingRate()).hasValue(80);
    }
  }

  @Nested
  class REF_2_whichWeeksCount {

    @Test
    void wageSubsidyAndOtherSupportNeitherCountNorRestart() {
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(
                  WeeklyKinds.builder(START)
                      .add(BENEFIT, 3)
                      .add(WAGE_SUBSIDY, 60)
                      .add(OTHER_SUPPORT, 60)
                      .add(BENEFIT, 2)
                      .build());
      assertThat(numbers(ws)).containsExactly(1, 2, 3, 4, 5);
      assertThat(ws).allSatisfy(w -> assertThat(w.restart()).isEmpty());
    }

    @Test
    void aSwitchOfBenefitDoesNotRestartTheCount() {
      // dagpenge (111, co-financed) then kontanthjælp (130): one count
      short[] codes = new short[8];
      java.util.Arrays.fill(codes, 0, 4, (short) 111);
      java.util.Arrays.fill(codes, 4, 8, (short) 130);
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(DreamSeries.of(PersonKey.runningNumber("1"), START, codes));
      assertThat(numbers(ws)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      assertThat(ws.get(0).coFinancingRate()).hasValue(20);
      assertThat(ws.get(4).rate()).hasValue(40);
    }
  }

  @Nested
  class REF_3_theRestart {

    @Test
    void fiftyTwoSelfSupportWeeksNotInARowWithinThreeYearsRestart() {
      WeeklyKinds.Builder b = WeeklyKinds.builder(START).add(BENEFIT, 1);
      for (int i = 0; i < 52; i++) {
        b.add(SELF_SUPPORT, 1).add(OTHER_SUPPORT, 1); // 104 weeks: within 3 years
      }
      List<RefusionWeek> ws = RefusionCount.standard().weeks(b.add(BENEFIT, 1).build());
      RefusionWeek last = ws.get(ws.size() - 1);
      assertThat(last.number()).isEqualTo(1);
      assertThat(last.restart()).isPresent();
    }

    @Test
    void fiftyTwoSelfSupportWeeksSpreadOverMoreThanThreeYearsDoNotRestart() {
      WeeklyKinds.Builder b = WeeklyKinds.builder(START).add(BENEFIT, 1);
      for (int i = 0; i < 52; i++) {
        b.add(SELF_SUPPORT, 1).add(OTHER_SUPPORT, 3); // 208 weeks: never 52 within 3 years
      }
      List<RefusionWeek> ws = RefusionCount.standard().weeks(b.add(BENEFIT, 1).build());
      assertThat(ws.get(ws.size() - 1).number()).isEqualTo(2);
    }

    @Test
    void selfSupportBeforeTheFirstBenefitWeekDoesNotCount() {
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(
                  WeeklyKinds.builder(START)
                      .add(SELF_SUPPORT, 60)
                      .add(BENEFIT, 5)
                      .add(SELF_SUPPORT, 10)
                      .add(BENEFIT, 1)
                      .build());
      assertThat(numbers(ws)).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(ws).allSatisfy(w -> assertThat(w.restart()).isEmpty());
    }

    @Test
    void theRestartWaitsForTheNextBenefitWeekEvenYearsLater() {
      List<RefusionWeek> ws =
          RefusionCount.standard()
              .weeks(
                  WeeklyKinds.builder(START)
                      .add(BENEFIT, 60)
                      .add(SELF_SUPPORT, 52)
                      .add(OTHER_SUPPORT, 300)
                      .add(BENEFIT, 1)
                      .build());
      RefusionWeek last = ws.get(ws.size() - 1);
      assertThat(last.number()).isEqualTo(1);
      assertThat(last.restart().orElseThrow().reachedAt()).isEqualTo(START.plusWeeks(112));
    }
  }

  @Nested
  class TheActIsInForceFrom2016W01 {

    @Test
    void benefitWeeksBefore2016W01DoNotCount_2016W01IsWeek1() {
      IsoWeek first = IsoWeek.of(2015, 50); // 2015 has 53 weeks: 2015-W50 … W53 are 4 weeks
      List<RefusionWeek> ws =
          RefusionCount.standard().weeks(WeeklyKinds.builder(first).add(BENEFIT, 6).build());
      assertThat(ws.get(3).week()).isEqualTo(IsoWeek.of(2015, 53));
      assertThat(ws.get(3).inForce()).isFalse();
      assertThat(ws.get(3).number()).isZero();
      assertThat(ws.get(3).step()).isEmpty();
      assertThat(ws.get(4).week()).isEqualTo(IsoWeek.of(2016, 1));
      assertThat(ws.get(4).inForce()).isTrue();
      assertThat(ws.get(4).number()).isEqualTo(1);
      assertThat(ws.get(4).rate()).hasValue(80);
      assertThat(RefusionCount.FIRST_WEEK_IN_FORCE.monday())
          .isEqualTo(java.time.LocalDate.of(2016, 1, 4));
    }

    @Test
    void aCallerMayCountFromAnotherWeek() {
      List<RefusionWeek> ws =
          RefusionCount.countingFrom(IsoWeek.of(2015, 1))
              .weeks(WeeklyKinds.builder(IsoWeek.of(2015, 50)).add(BENEFIT, 6).build());
      assertThat(numbers(ws)).containsExactly(1, 2, 3, 4, 5, 6);
    }
  }
}
