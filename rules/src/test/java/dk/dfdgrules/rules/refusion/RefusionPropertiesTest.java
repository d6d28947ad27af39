/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static dk.dfdgrules.rules.refusion.WeekKind.BENEFIT;
import static dk.dfdgrules.rules.refusion.WeekKind.SELF_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.dream.PersonKey;
import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Gens;
import dk.dfdgrules.testkit.property.Statistics;
import dk.dfdgrules.testkit.property.junit.ForAll;
import dk.dfdgrules.testkit.property.junit.Property;
import java.util.ArrayList;
import java.util.List;

/** The laws of the refusion steps (REF-1 … REF-3), over generated weekly series. */
class RefusionPropertiesTest {

  static final IsoWeek START = IsoWeek.of(2016, 1);

  /** A run of weeks of one kind. */
  record Run(WeekKind kind, int weeks) {}

  /** Runs of any kind, long enough for every step and for restarts. */
  Gen<List<Run>> runs() {
    Gen<Run> run =
        Gens.zip(
            Gens.enumValues(WeekKind.class),
            Gens.frequency(
                Gens.weighted(3, Gens.integers(1, 10)),
                Gens.weighted(2, Gens.integers(11, 60)),
                Gens.weighted(1, Gens.integers(50, 120))),
            Run::new);
    return run.list(1, 12);
  }

  static WeeklyKinds build(List<Run> runs) {
    WeeklyKinds.Builder b = WeeklyKinds.builder(START);
    runs.forEach(r -> b.add(r.kind(), r.weeks()));
    return b.build();
  }

  /** A count's self-support weeks, interleaved with neutral weeks. */
  record Gap(List<WeekKind> weeks) {}

  /** 52 self-support weeks with at most {@code maxNeutral} wage-subsidy/other-support weeks. */
  static Gen<Gap> gaps(int selfSupport, int maxNeutral) {
    Gen<WeekKind> neutral = Gens.elements(WeekKind.WAGE_SUBSIDY, WeekKind.OTHER_SUPPORT);
    return Gens.lists(neutral, 0, maxNeutral)
        .flatMap(
            ns -> {
              List<WeekKind> all = new ArrayList<>(ns);
              for (int i = 0; i < selfSupport; i++) {
                all.add(SELF_SUPPORT);
              }
              return Gens.permutations(all).map(Gap::new);
            });
  }

  Gen<Gap> fiftyTwoWithinThreeYears() {
    return gaps(52, 100); // at most 152 weeks: within 3 years
  }

  Gen<Gap> fiftyOneOrFewer() {
    return Gens.integers(0, 51).flatMap(n -> gaps(n, 150));
  }

  Gen<Integer> benefitWeeks() {
    return Gens.integers(1, 80);
  }

  @Property
  void theRateNeverRisesWhileBenefitWeeksContinueWithoutARestart(@ForAll("runs") List<Run> runs) {
    List<RefusionWeek> ws = RefusionCount.standard().weeks(build(runs));
    RefusionStep last = null;
    boolean sawRestart = false;
    for (RefusionWeek w : ws) {
      if (w.step().isEmpty()) {
        continue;
      }
      if (w.restart().isPresent()) {
        sawRestart = true;
        last = null;
      }
      RefusionStep s = w.step().get();
      if (last != null) {
        assertThat(s.rate()).as("%s", w.week()).isLessThanOrEqualTo(last.rate());
      }
      last = s;
    }
    Statistics.cover(5, sawRestart, "a restart");
    Statistics.cover(10, ws.stream().anyMatch(w -> w.number() >= 53), "the 20 % step");
  }

  @Property
  void fiftyTwoSelfSupportWeeksWithinThreeYearsAlwaysRestart(
      @ForAll("benefitWeeks") Integer before, @ForAll("fiftyTwoWithinThreeYears") Gap gap) {
    WeeklyKinds.Builder b = WeeklyKinds.builder(START).add(BENEFIT, before);
    gap.weeks().forEach(k -> b.add(k, 1));
    List<RefusionWeek> ws = RefusionCount.standard().weeks(b.add(BENEFIT, 1).build());
    RefusionWeek next = ws.get(ws.size() - 1);
    assertThat(next.number()).isEqualTo(1);
    assertThat(next.restart()).isPresent();
    assertThat(next.restart().get().selfSupportWeeks()).isEqualTo(52);
    assertThat(ws.subList(0, ws.size() - 1)).allSatisfy(w -> assertThat(w.restart()).isEmpty());
  }

  @Property
  void fewerSelfSupportWeeksNeverRestart(
      @ForAll("benefitWeeks") Integer before, @ForAll("fiftyOneOrFewer") Gap gap) {
    WeeklyKinds.Builder b = WeeklyKinds.builder(START).add(BENEFIT, before);
    gap.weeks().forEach(k -> b.add(k, 1));
    List<RefusionWeek> ws = RefusionCount.standard().weeks(b.add(BENEFIT, 1).build());
    assertThat(ws.get(ws.size() - 1).number()).isEqualTo(before + 1);
    assertThat(ws).allSatisfy(w -> assertThat(w.restart()).isEmpty());
  }

  /** A DREAM series of standard codes, and a seed to switch its benefit codes. */
  record Codes(short[] codes, long seed) {}

  Gen<Codes> dreamCodes() {
    Gen<Short> code =
        Gens.frequency(
            Gens.weighted(3, Gens.elements((short) 111, (short) 130, (short) 730, (short) 890)),
            Gens.weighted(1, Gens.elements((short) 0)),
            Gens.weighted(1, Gens.elements((short) 135, (short) 651, (short) 998)));
    Gen<List<Short>> runs =
        Gens.zip(code, Gens.integers(1, 70), (c, n) -> java.util.Collections.nCopies(n, c))
            .list(1, 10)
            .map(l -> l.stream().flatMap(List::stream).toList());
    return runs.zip(
        Gens.longs(0, Long.MAX_VALUE),
        (l, seed) -> {
          short[] cs = new short[l.size()];
          for (int i = 0; i < cs.length; i++) {
            cs[i] = l.get(i);
          }
          return new Codes(cs, seed);
        });
  }

  @Property
  void aSwitchOfBenefitNeverRestartsTheCount(@ForAll("dreamCodes") Codes codes) {
    short[] switched = codes.codes().clone();
    java.util.Random random = new java.util.Random(codes.seed());
    short[] benefits = {111, 115, 130, 140, 160, 730, 740, 760, 810, 870, 890, 152, 153};
    WeekKindTable table = WeekKindTable.standard();
    for (int i = 0; i < switched.length; i++) {
      if (table.kindOf(switched[i]) == BENEFIT) {
        switched[i] = benefits[random.nextInt(benefits.length)];
      }
    }
    PersonKey p = PersonKey.runningNumber("1");
    List<RefusionWeek> a = RefusionCount.standard().weeks(DreamSeries.of(p, START, codes.codes()));
    List<RefusionWeek> b = RefusionCount.standard().weeks(DreamSeries.of(p, START, switched));
    assertThat(b)
        .extracting(RefusionWeek::number)
        .isEqualTo(a.stream().map(RefusionWeek::number).toList());
    assertThat(b)
        .extracting(RefusionWeek::restart)
        .isEqualTo(a.stream().map(RefusionWeek::restart).toList());
    // and within a count, consecutive benefit weeks are numbered 1, 2, 3 … whatever the benefit
    int expected = 0;
    for (RefusionWeek w : b) {
      if (w.restart().isPresent()) {
        expected = 0;
      }
      if (w.counts()) {
        assertThat(w.number()).isEqualTo(++expected);
      }
    }
  }
}
