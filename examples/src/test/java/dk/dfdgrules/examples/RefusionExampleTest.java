/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.time.IsoWeek;
import dk.dfdgrules.extracts.dream.DreamSeriesReader;
import dk.dfdgrules.rules.dream.BenefitCodeTable;
import dk.dfdgrules.rules.refusion.RefusionCount;
import dk.dfdgrules.rules.refusion.RefusionStep;
import dk.dfdgrules.rules.refusion.RefusionWeek;
import dk.dfdgrules.rules.refusion.Restart;
import dk.dfdgrules.rules.refusion.StepCounts;
import dk.dfdgrules.rules.refusion.WeekKind;
import dk.dfdgrules.rules.refusion.WeeklyKinds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RefusionExampleTest {

  private final Path dreamFile = ReadmeFiles.repository().resolve("samples/dream-wide-sample.csv");

  @Test
  void theRefusionStepsOfASeriesAndOfADreamFile() throws IOException {
    // tag::refusion[]
    RefusionCount count = RefusionCount.standard(); // the act in force from 2016-W01
    WeeklyKinds weeks =
        WeeklyKinds.builder(IsoWeek.of(2017, 1))
            .add(WeekKind.BENEFIT, 30)
            .add(WeekKind.SELF_SUPPORT, 52)
            .add(WeekKind.BENEFIT, 5)
            .build(); // or WeeklyKinds.from(dreamSeries): its codes through WeekKindTable
    RefusionWeek w = count.weeks(weeks).get(82); // 2018-W31
    assertThat(w.number()).isEqualTo(1); // REF-3: the count started over
    assertThat(w.rate()).hasValue(80); // REF-1; coFinancingRate() for a co-financed benefit
    assertThat(w.restart().map(Restart::toString))
        .contains("52 self-support weeks 2017-W31..2018-W30 (§ 6)");

    StepCounts steps = new StepCounts(); // persons per step per week, the slides' view
    try (InputStream in = Files.newInputStream(dreamFile)) {
      DreamSeriesReader.readWide(
          in, BenefitCodeTable.standard(), s -> steps.add(count.weeks(s)), rejected -> {});
    }
    assertThat(steps.count(IsoWeek.of(2022, 10), RefusionStep.STEP_80)).isEqualTo(8);
    // end::refusion[]
  }
}
