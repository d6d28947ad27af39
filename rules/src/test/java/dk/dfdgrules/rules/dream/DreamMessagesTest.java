/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Messages;
import org.junit.jupiter.api.Test;

class DreamMessagesTest {

  @Test
  void everyKeyHasDanishAndEnglishText() {
    assertThat(Messages.baseNames()).contains(DreamMessages.BASE_NAME);
    assertThat(Messages.ownKeys(DreamMessages.BASE_NAME, Messages.ENGLISH))
        .isEqualTo(Messages.ownKeys(DreamMessages.BASE_NAME, Messages.DANISH))
        .isNotEmpty();
  }

  @Test
  void everyDecisionStepHasAText() {
    var keys = Messages.ownKeys(DreamMessages.BASE_NAME, Messages.DANISH);
    for (PriorityTable.Step s : PriorityTable.Step.values()) {
      assertThat(keys).contains("DRM-3.step." + s.name());
    }
    for (BenefitGroupRule.Basis b : BenefitGroupRule.Basis.values()) {
      assertThat(keys).contains("DRM-4.basis." + b.name());
    }
    for (StatusOutcome o : StatusOutcome.values()) {
      assertThat(keys).contains("DRM-5.status." + o.name());
    }
    for (SelectedOutcome o : SelectedOutcome.values()) {
      assertThat(keys).contains("DRM-6.outcome." + o.name());
    }
  }

  @Test
  void theCaveatIsInBothLanguages() {
    assertThat(Messages.danish(Message.of("dream.caveat"))).contains("bestandsopgørelser");
    assertThat(Messages.english(Message.of("dream.caveat"))).contains("stock counts");
  }
}
