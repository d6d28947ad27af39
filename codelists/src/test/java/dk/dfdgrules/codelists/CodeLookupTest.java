/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The enums' own lookups, which share {@link CodeLookup}. */
class CodeLookupTest {

  @Test
  void byNumericId() {
    assertThat(Step.of(4)).isEqualTo(Step.STEP_4);
    assertThat(Step.find(5)).isEmpty();
    assertThat(SupportNeed.of(6)).isEqualTo(SupportNeed.CONTACT_JOBCENTRE);
    assertThat(MentorType.find(6)).contains(MentorType.PERSONAL_JOB_BROKER);
    assertThat(MentorType.find(0)).isEmpty();
  }

  @Test
  void anUnknownIdNamesTheRange() {
    assertThatThrownBy(() -> Step.of(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step must be 1-4, was 5");
    assertThatThrownBy(() -> SupportNeed.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("support need id must be 1-6, was 0");
  }

  @Test
  void byTextId() {
    assertThat(CvStatus.findByCode("2")).contains(CvStatus.APPROVED);
    assertThat(CvStatus.findByCode("4")).isEmpty();
    assertThat(CvStatus.findByCode("")).isEmpty();
  }

  @Test
  void byNameOrAlias() {
    assertThat(BenefitGroup.byName("jobafklaring")).contains(BenefitGroup.JOB_CLARIFICATION);
    assertThat(ReceiverStatus.byName("Modtager fortsat ydelse"))
        .contains(ReceiverStatus.CONTINUES_SAME_BENEFIT);
    assertThat(BenefitGroup.byName("Udvandret")).isEmpty();
  }

  @Test
  void unnumberedCodesHaveNoId() {
    Stream.of(
            ActivityStatus.values(),
            ContactKind.values(),
            PlanType.values(),
            ReceiverStatus.values(),
            VisitationCategory.values(),
            BenefitGroup.values())
        .flatMap(Arrays::stream)
        .forEach(value -> assertThat(value.code()).as("%s", value).isEmpty());
  }
}
