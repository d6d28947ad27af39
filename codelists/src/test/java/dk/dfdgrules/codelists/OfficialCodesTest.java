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

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Data files name codes the way a caseworker does: by official id or name, never by position. */
class OfficialCodesTest {

  @Test
  void aNumberedCodeIsReadByItsIdNeverItsPosition() {
    assertThat(OfficialCodes.parse(Step.class, 2)).isEqualTo(Step.STEP_2);
    assertThat(OfficialCodes.parse(Step.class, 2L)).isEqualTo(Step.STEP_2);
    assertThat(OfficialCodes.parse(Step.class, BigInteger.TWO)).isEqualTo(Step.STEP_2);
    assertThat(OfficialCodes.parse(Step.class, " 2 ")).isEqualTo(Step.STEP_2);
    assertThat(SupportNeed.from(2)).isEqualTo(SupportNeed.ACADEMIC);
    assertThat(SupportNeed.from(1)).isEqualTo(SupportNeed.NONE_ASSESSED);
  }

  @Test
  void aCodeIsReadByConstantNameOrOfficialNameIgnoringCase() {
    assertThat(Step.from("STEP_4")).isEqualTo(Step.STEP_4);
    assertThat(Step.from("step_4")).isEqualTo(Step.STEP_4);
    assertThat(PlanType.from("aftale om opfølgning")).isEqualTo(PlanType.FOLLOW_UP_AGREEMENT);
    assertThat(CloseReason.from("4")).isEqualTo(CloseReason.CONTACT_GROUP_CLOSED);
    assertThat(CloseReason.from(4)).isEqualTo(CloseReason.CONTACT_GROUP_CLOSED);
  }

  @Test
  void aCodeIsWrittenAsItsOfficialId() {
    assertThat(Step.STEP_2.externalForm()).isEqualTo(2);
    assertThat(SupportNeed.DOCUMENTED.externalForm()).isEqualTo(4);
    assertThat(CloseReason.AGE.externalForm()).isEqualTo("5");
    assertThat(CloseReason.COMPLETED_VOCATIONAL_EDUCATION.externalForm())
        .isEqualTo("COMPLETED_VOCATIONAL_EDUCATION");
    assertThat(PlanType.EDUCATION_PLAN.externalForm()).isEqualTo("EDUCATION_PLAN");
  }

  static Stream<Class<? extends Enum<?>>> codeEnums() {
    return Stream.of(
        ActivityStatus.class,
        BenefitGroup.class,
        CloseReason.class,
        ContactKind.class,
        CvStatus.class,
        MentorType.class,
        PlanType.class,
        ReceiverStatus.class,
        Step.class,
        SupportNeed.class,
        VisitationCategory.class);
  }

  @ParameterizedTest
  @MethodSource("codeEnums")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyConstantReadsBackFromItsWrittenFormAndItsNames(Class type) {
    for (Object constant : type.getEnumConstants()) {
      OfficialCode code = (OfficialCode) constant;
      assertThat(OfficialCodes.parse(type, OfficialCodes.externalForm(code))).isSameAs(constant);
      assertThat(OfficialCodes.parse(type, ((Enum<?>) constant).name())).isSameAs(constant);
      assertThat(OfficialCodes.parse(type, code.officialName())).isSameAs(constant);
    }
  }

  @Test
  void anUnknownValueNamesTheEnumAndTheAcceptedFormsWithoutEchoingLongInput() {
    assertThatThrownBy(() -> Step.from(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "5 is not a Step: give its official id (1, 2, 3, 4), its constant name or its official"
                + " Danish name");
    assertThatThrownBy(() -> PlanType.from("x".repeat(500)))
        .hasMessageStartingWith("\"" + "x".repeat(19) + "… is not a PlanType: give its constant")
        .hasMessageNotContaining("x".repeat(21));
    assertThatThrownBy(() -> Step.from(2.0)).hasMessageContaining("not a Step");
    assertThatThrownBy(() -> Step.from(null)).hasMessageStartingWith("null is not a Step");
    assertThatThrownBy(() -> Step.from(Arrays.asList(1, 2))).hasMessageContaining("not a Step");
  }
}
