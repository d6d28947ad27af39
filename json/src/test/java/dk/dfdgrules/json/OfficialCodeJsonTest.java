/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import org.junit.jupiter.api.Test;

/** Case files name codes the way a caseworker does: by official id or name, never by ordinal. */
class OfficialCodeJsonTest {

  private static final ObjectMapper JSON = DfdgJson.mapper();

  @Test
  void aStepIsReadByItsNumberNotItsOrdinal() throws Exception {
    EducationPlan plan =
        JSON.readValue("{\"step\": 2, \"supportNeeds\": [1, \"2\"]}", EducationPlan.class);
    assertThat(plan.getStep()).isEqualTo(Step.STEP_2);
    assertThat(plan.getSupportNeeds())
        .containsExactly(SupportNeed.NONE_ASSESSED, SupportNeed.ACADEMIC);
  }

  @Test
  void codesAreReadByConstantOrOfficialName() throws Exception {
    EducationPlan plan =
        JSON.readValue(
            "{\"step\": \"STEP_4\", \"planType\": \"aftale om opfølgning\", \"supportNeeds\":"
                + " [\"DOCUMENTED\"]}",
            EducationPlan.class);
    assertThat(plan.getPlanType()).isEqualTo(PlanType.FOLLOW_UP_AGREEMENT);
    assertThat(plan.getStep()).isEqualTo(Step.STEP_4);
  }

  @Test
  void anUnknownCodeOrFieldIsAnErrorNamingIt() {
    assertThatThrownBy(() -> JSON.readValue("{\"step\": 5}", EducationPlan.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("5 is not a Step: give its official id (1, 2, 3, 4)")
        .hasMessageContaining("EducationPlan[\"step\"]");
    assertThatThrownBy(
            () -> JSON.readValue("{\"step\": 1, \"freeText\": \"x\"}", EducationPlan.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("freeText");
  }
}
