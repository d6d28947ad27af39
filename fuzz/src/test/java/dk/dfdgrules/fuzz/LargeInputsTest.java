/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Seeds too large to commit, made here and given to the fuzz targets: a parser or an area must
 * answer a text of some hundred kilobytes in well under the timeout (a hang guard, not a speed
 * goal) with a value or its documented exception.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class LargeInputsTest {

  private final CoreParsersFuzzTest core = new CoreParsersFuzzTest();
  private final AreaFactsFuzzTest areas = new AreaFactsFuzzTest();

  @Test
  void moneyParseOf80000DigitsAndBlanks() {
    core.moneyParse(("1" + " ".repeat(80_000) + "1").getBytes(UTF_8));
    core.moneyParse(("1" + "1.000".repeat(16_000) + ",1x").getBytes(UTF_8));
    core.moneyParse(("1" + " ".repeat(80_000) + "kr.x").getBytes(UTF_8));
  }

  @Test
  void moneyParseOf500Kilobytes() {
    core.moneyParse(("1" + " ".repeat(500_000) + "1").getBytes(UTF_8));
    core.moneyParse("9".repeat(500_000).getBytes(UTF_8));
  }

  @Test
  void fortyThousandContactPersons() {
    StringBuilder json =
        new StringBuilder(
            "{\"moveDate\": \"2022-03-10\", \"moveSource\": \"CPR\", \"contactPersons\": [");
    for (int i = 0; i < 40_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"type\": 1, \"period\": \"2021-01-01/..\"}");
    }
    areas.contactPersons(json.append("]}").toString().getBytes(UTF_8));
  }
}
