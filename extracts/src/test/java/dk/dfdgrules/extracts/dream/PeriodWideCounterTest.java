/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.extracts.dream;

import static dk.dfdgrules.extracts.dream.DreamFiles.allCounts;
import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.rules.dream.PeriodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fused reader for months, quarters and years counts as the general path ({@link WideParser}
 * and {@link CountingHandler}) does, on plain rows and on rows it hands to the careful path.
 */
class PeriodWideCounterTest {

  private static final byte[] MIXED;

  static {
    List<String> lines = DreamFiles.lines(DreamFiles.wide(300, 11, "2019-W40", "2021-W20"));
    // rows the fused reader cannot take as they are: a malformed code, a quoted key, a short row,
    // a CR LF line end, a blank line
    lines.set(5, lines.get(5).replaceFirst(",,", ",1x1,"));
    lines.set(9, "\"" + lines.get(9).replaceFirst(",", "\","));
    lines.set(17, lines.get(17).substring(0, lines.get(17).lastIndexOf(',')));
    lines.set(23, lines.get(23) + "\r");
    lines.set(31, "");
    MIXED = DreamFiles.join(lines);
  }

  @ParameterizedTest
  @EnumSource(
      value = PeriodType.class,
      names = {"MONTH", "QUARTER", "YEAR"})
  void countsAsTheGeneralPath(PeriodType period) {
    for (int threads : new int[] {1, 2}) {
      List<RejectedRow> fusedRejects = new ArrayList<>();
      List<RejectedRow> generalRejects = new ArrayList<>();
      KeyFigureReport fused =
          DreamFiles.run(
              MIXED,
              KeyFigureJob.builder()
                  .period(period)
                  .threads(threads)
                  .blockSize(4096)
                  .rejects(fusedRejects::add));
      KeyFigureReport general =
          DreamFiles.run(
              MIXED,
              KeyFigureJob.builder()
                  .period(period)
                  .threads(threads)
                  .blockSize(4096)
                  .fusedKernel(false)
                  .rejects(generalRejects::add));
      assertThat(allCounts(fused.figures())).isEqualTo(allCounts(general.figures()));
      assertThat(fused.summary()).isEqualTo(general.summary());
      assertThat(fusedRejects).isEqualTo(generalRejects).isNotEmpty();
    }
  }
}
