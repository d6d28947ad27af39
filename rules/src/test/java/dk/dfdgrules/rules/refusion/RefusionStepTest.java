/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.refusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.dfdgrules.codelists.Code;
import dk.dfdgrules.codelists.CodeLists;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusionStepTest {

  @Test
  void REF_1_theStepsAgreeWithTheCodeListRefusionSteps() {
    List<Code> codes = CodeLists.get(CodeLists.REFUSION_STEPS).codes();
    assertThat(codes).hasSize(RefusionStep.values().length);
    for (int i = 0; i < codes.size(); i++) {
      Code c = codes.get(i);
      RefusionStep s = RefusionStep.values()[i];
      assertThat(c.name()).isEqualTo(s.label());
      assertThat(c.attribute("rate")).contains(String.valueOf(s.rate()));
      assertThat(c.attribute("coFinancingRate")).contains(String.valueOf(s.coFinancingRate()));
      assertThat(c.attribute("firstWeek")).contains(String.valueOf(s.firstWeek()));
      assertThat(RefusionStep.ofWeek(s.firstWeek())).isEqualTo(s);
      assertThat(s.rate() + s.coFinancingRate()).isEqualTo(100);
    }
  }

  @Test
  void weekNumbersStartAt1() {
    assertThatIllegalArgumentException().isThrownBy(() -> RefusionStep.ofWeek(0));
    assertThat(RefusionStep.ofWeek(Integer.MAX_VALUE)).isEqualTo(RefusionStep.STEP_20);
  }
}
