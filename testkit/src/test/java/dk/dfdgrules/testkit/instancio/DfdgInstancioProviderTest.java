/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.instancio;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.core.citizen.Citizen;
import dk.dfdgrules.core.citizen.CprNumber;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.testkit.generators.SupportNeedRuleIds;
import java.time.LocalDate;
import java.util.List;
import org.instancio.Instancio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DfdgInstancioProviderTest {

  /** A class of a team's own, with fields of domain types. */
  static class CaseFile {
    EducationPlan plan;
    CprNumber cpr;
    LocalDate opened;
    String note;
  }

  @Test
  @DisplayName("Instancio.create(EducationPlan.class) yields a plan valid by SN-1 to SN-4")
  void plans() {
    List<EducationPlan> plans = Instancio.ofList(EducationPlan.class).size(100).create();
    assertThat(plans)
        .allSatisfy(
            p -> assertThat(SupportNeedRuleIds.broken(p.getSupportNeeds(), p.getStep())).isEmpty());
    assertThat(plans).extracting(EducationPlan::getStep).contains(Step.STEP_4);
  }

  @Test
  @DisplayName(
      "fields of domain types in a team's own classes get valid values; other fields keep Instancio's")
  void fields() {
    CaseFile file = Instancio.create(CaseFile.class);
    assertThat(file.plan).isNotNull();
    assertThat(CprNumber.isValid(file.cpr.unmaskedValue())).isTrue();
    assertThat(file.opened).isNotNull();
    assertThat(file.note).isNotBlank();
  }

  @Test
  @DisplayName("Instancio's seed reproduces the value")
  void seeded() {
    Citizen a = Instancio.of(Citizen.class).withSeed(42).create();
    Citizen b = Instancio.of(Citizen.class).withSeed(42).create();
    assertThat(a).isEqualTo(b);
    assertThat(Instancio.create(DreamSeries.class).length()).isBetween(0, 156);
  }
}
