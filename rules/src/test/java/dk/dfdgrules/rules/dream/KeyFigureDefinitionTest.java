/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.codelists.BenefitGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DRM-8: a caller's key-figure definition is checked; the provider names the DREAM messages. */
class KeyFigureDefinitionTest {

  @Test
  void drm8ADefinitionHasAtLeastOneGroup() {
    assertThatThrownBy(() -> KeyFigureDefinition.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one group");
  }

  @Test
  void drm8NoBenefitHasNoKeyFigure() {
    assertThatThrownBy(() -> KeyFigureDefinition.of(List.of(BenefitGroup.NO_BENEFIT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Ingen ydelse' has no key figure");
  }

  @Test
  void drm8AGroupIsGivenOnce() {
    assertThatThrownBy(
            () ->
                KeyFigureDefinition.of(
                    List.of(BenefitGroup.SICKNESS_BENEFIT, BenefitGroup.SICKNESS_BENEFIT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups repeat: [SICKNESS_BENEFIT, SICKNESS_BENEFIT]");
  }

  @Test
  void drm8ThreeKeyFiguresPerGroup() {
    assertThat(KeyFigureDefinition.of(List.of(BenefitGroup.SICKNESS_BENEFIT)).size()).isEqualTo(3);
    assertThat(KeyFigureDefinition.standard().size()).isEqualTo(24);
  }

  @Test
  void theProviderNamesTheDreamMessageBundle() {
    assertThat(new DreamMessages().baseNames()).containsExactly(DreamMessages.BASE_NAME);
  }
}
