/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static dk.dfdgrules.testkit.generators.DfdgGenerators.dreamSeries;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.codelists.CodeLists;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.time.YearQuarter;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.PropertyResult;
import dk.dfdgrules.testkit.property.Statistics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DreamSeriesGenTest {

  private static final List<String> CODES =
      CodeLists.get(CodeLists.DREAM_BENEFIT_CODES).codes().stream()
          .map(c -> c.id().orElseThrow())
          .toList();

  @Test
  @DisplayName("series hold listed codes or blanks, about 60 % blank, every benefit family reached")
  void realisticSeries() {
    long[] weeks = new long[2];
    PropertyResult r =
        PropertyCheck.forAll(dreamSeries())
            .tries(300)
            .verify(
                s -> {
                  for (int i = 0; i < s.length(); i++) {
                    short c = s.codeAtIndex(i);
                    weeks[0]++;
                    if (c == DreamSeries.BLANK) {
                      weeks[1]++;
                    } else {
                      assertThat(CODES).contains(String.valueOf(c));
                      BenefitGroup.defaultFor(String.valueOf(c))
                          .ifPresent(g -> Statistics.label(g.name()));
                    }
                  }
                  Statistics.cover(1, s.length() == 0, "empty");
                  Statistics.cover(20, s.person().isCpr(), "CPR key");
                  Statistics.cover(20, !s.person().isCpr(), "running number");
                  Statistics.cover(5, !s.visitation().isEmpty(), "with visitation");
                });
    double blankShare = (double) weeks[1] / weeks[0];
    assertThat(blankShare).isBetween(0.45, 0.75);
    for (BenefitGroup g : DreamSeriesGen.families().keySet()) {
      assertThat(r.labels()).as("family %s reached", g).containsKey(g.name());
    }
    assertThat(DreamSeriesGen.families()).hasSize(BenefitGroup.values().length - 1);
  }

  @Test
  @DisplayName("a population exit (997, 999) holds to the end of the series")
  void exitsHoldToTheEnd() {
    PropertyCheck.forAll(dreamSeries().weeks(50, 300))
        .tries(400)
        .verify(
            s -> {
              int firstExit = -1;
              for (int i = 0; i < s.length(); i++) {
                short c = s.codeAtIndex(i);
                if (firstExit < 0 && (c == 997 || c == 999)) {
                  firstExit = i;
                }
                if (firstExit >= 0) {
                  assertThat(c).isEqualTo(s.codeAtIndex(firstExit));
                }
              }
              Statistics.cover(1, firstExit >= 0, "exit");
            });
  }

  @Test
  @DisplayName("visitation categories cover quarters from 2014-Q1 within the series")
  void visitation() {
    PropertyCheck.forAll(dreamSeries().withVisitation().weeks(1, 200))
        .verify(
            s -> {
              for (Map.Entry<YearQuarter, ?> e : s.visitation().entrySet()) {
                assertThat(e.getKey()).isGreaterThanOrEqualTo(YearQuarter.of(2014, 1));
                assertThat(e.getKey()).isLessThanOrEqualTo(s.lastWeek().quarter());
              }
              boolean after2014 = s.lastWeek().quarter().compareTo(YearQuarter.of(2014, 1)) >= 0;
              assertThat(s.visitation().isEmpty()).isEqualTo(!after2014);
            });
  }

  @Test
  @DisplayName("the length is within bounds; the empty series is the first edge case")
  void lengths() {
    PropertyCheck.forAll(dreamSeries().weeks(10, 20))
        .check(s -> s.length() >= 10 && s.length() <= 20);
    assertThat(dreamSeries().edgeCases(1).get(0).length()).isZero();
  }
}
