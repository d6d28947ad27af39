/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.jackson3.DfdgJackson3;
import dk.dfdgrules.json.DfdgJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The README's JSON example: official ids under Jackson 2 and 3, whatever the mapper. */
class JsonExampleTest {

  /** A type of the application's own, with code fields. */
  record Plan(Step step, List<SupportNeed> supportNeeds) {}

  @Test
  void officialIdsUnderAnyMapper() throws Exception {
    // tag::json[]
    String json = "{\"step\": 2, \"supportNeeds\": [2]}";

    ObjectMapper discovering = new ObjectMapper().findAndRegisterModules(); // finds dfdg-json
    EducationPlan plan = discovering.readValue(json, EducationPlan.class);
    assertThat(plan.getStep()).isEqualTo(Step.STEP_2); // the id 2, not the enum's third constant
    assertThat(plan.getSupportNeeds()).containsExactly(SupportNeed.ACADEMIC);

    Plan own = new ObjectMapper().readValue(json, Plan.class); // a plain mapper, your own record
    assertThat(own.step()).isEqualTo(Step.STEP_2);

    ObjectMapper strict = DfdgJson.mapper(); // unknown properties are errors
    assertThat(strict.writeValueAsString(plan)).contains("\"step\":2", "\"supportNeeds\":[2]");

    tools.jackson.databind.ObjectMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
    assertThat(jackson3.readValue(json, EducationPlan.class)).isEqualTo(plan);
    assertThat(DfdgJackson3.mapper().writeValueAsString(plan))
        .isEqualTo(strict.writeValueAsString(plan));
    // end::json[]
  }

  @Test
  void aMapperWithoutTheModuleRefusesAModelTypeRatherThanReadItWrong() {
    assertThatThrownBy(() -> new ObjectMapper().readValue("{\"step\": 2}", EducationPlan.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @Test
  void aMisspeltPropertyIsAnError() {
    assertThatThrownBy(() -> DfdgJson.mapper().readValue("{\"stepp\": 2}", EducationPlan.class))
        .hasMessageContaining("stepp");
  }
}
