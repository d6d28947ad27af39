/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.RuleArea;
import dk.dfdgrules.rules.RuleAreas;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** AreaBenchmark's literal list of areas (JMH needs one) is the library's, and SN-1. */
class AreaBenchmarkTest {

  @Test
  void benchmarksEveryAreaOfTheLibraryAndSn1() throws NoSuchFieldException {
    String[] params = AreaBenchmark.class.getField("area").getAnnotation(Param.class).value();
    assertThat(params)
        .containsExactlyElementsOf(
            Stream.concat(RuleAreas.library().stream().map(RuleArea::name), Stream.of("SN-1"))
                .toList());
  }
}
