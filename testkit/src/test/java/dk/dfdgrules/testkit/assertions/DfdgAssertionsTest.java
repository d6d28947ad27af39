/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DfdgAssertionsTest {

  private static final SourceCitation RN =
      SourceCitation.of("DFDG-RN-2021-12-06", "§3.2", "1 kan ikke gives sammen med 2 og/eller 3");
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 6);

  private static RuleVersion version(String id) {
    return RuleVersion.since(RuleId.of(id), IN_FORCE, RN);
  }

  private static final RuleResult SN1_VIOLATED =
      RuleResult.builder(version("SN-1"))
          .error("supportNeeds", Message.of("test.snOne", "needs", "2, 3"))
          .build();

  private static final RuleResult UNDETERMINED =
      RuleResult.undetermined(version("SUB-1"), "birthDate", "contactGroup");

  private static final RuleResult DERIVED =
      RuleResult.builder(version("CP-3"))
          .derived(
              DerivedValue.changed(
                  DerivedKey.of("contactPersons[0].end", LocalDate.class),
                  null,
                  LocalDate.of(2022, 3, 10),
                  RuleId.of("CP-3.2"),
                  Message.of("test.reason")))
          .build();

  @Test
  @DisplayName(
      "isViolated().hasViolation(\"SN-1\").atPath(\"supportNeeds\") and the rest of a violation")
  void violation() {
    assertThat(SN1_VIOLATED)
        .isViolated()
        .isOfRule("SN-1")
        .appliedVersion("2021-12-06")
        .citing("DFDG-RN-2021-12-06")
        .violatesExactly("SN-1")
        .hasNoViolationOf("SN-2")
        .hasViolation("SN-1")
        .atPath("supportNeeds")
        .isError()
        .withMessageKey("test.snOne")
        .withArgument("needs", "2, 3")
        .hasMessagesInDanishAndEnglish()
        .citing("DFDG-RN-2021-12-06")
        .and()
        .revealsNoPersonalData();
  }

  @Test
  @DisplayName("failures name ids and paths")
  void violationFailures() {
    assertThatThrownBy(() -> assertThat(SN1_VIOLATED).isSatisfied())
        .hasMessageContaining("Expected the outcome SATISFIED but it was VIOLATED")
        .hasMessageContaining("SN-1 at supportNeeds (ERROR)");
    assertThatThrownBy(() -> assertThat(SN1_VIOLATED).hasViolation("SN-2"))
        .hasMessageContaining("Expected a violation of SN-2");
    assertThatThrownBy(() -> assertThat(SN1_VIOLATED).hasViolation("SN-1").atPath("step"))
        .hasMessageContaining("at path <step> but it is at <supportNeeds>");
    assertThatThrownBy(() -> assertThat(SN1_VIOLATED).violatesExactly("SN-1", "SN-4"))
        .hasMessageContaining("Expected exactly the violations [SN-1, SN-4]");
    assertThatThrownBy(() -> assertThat(SN1_VIOLATED).hasViolation("SN-1").isWarning())
        .hasMessageContaining("to be WARNING");
  }

  @Test
  @DisplayName("isUndetermined().missing(\"birthDate\")")
  void undetermined() {
    assertThat(UNDETERMINED)
        .isUndetermined()
        .missing("birthDate")
        .missing("contactGroup", "birthDate");
    assertThatThrownBy(() -> assertThat(UNDETERMINED).missing("cpr"))
        .hasMessageContaining("Expected the missing facts to include [cpr]");
  }

  @Test
  @DisplayName("derived values: value, previous, deciding rule, reason")
  void derived() {
    assertThat(DERIVED)
        .isSatisfied()
        .hasNoViolations()
        .hasDerivedValue("contactPersons[0].end")
        .withValue("2022-03-10")
        .decidedBy("CP-3.2")
        .isChange()
        .withReasonKey("test.reason")
        .and()
        .hasMessagesInDanishAndEnglish();
    assertThatThrownBy(
            () ->
                assertThat(DERIVED)
                    .hasDerivedValue("contactPersons[0].end")
                    .withValue("2022-03-09"))
        .hasMessageContaining("to be <2022-03-09> but it is <2022-03-10>");
    assertThatThrownBy(() -> assertThat(DERIVED).hasDerivedValue("x"))
        .hasMessageContaining("[contactPersons[0].end]");
  }

  @Test
  @DisplayName("a message without its English text, or with an unfilled placeholder, is caught")
  void languages() {
    RuleResult danishOnly =
        RuleResult.builder(version("SN-2"))
            .error("supportNeeds", Message.of("test.danishOnly"))
            .build();
    assertThatThrownBy(() -> assertThat(danishOnly).hasMessagesInDanishAndEnglish())
        .hasMessageContaining("no English text for key 'test.danishOnly'");
    RuleResult unknownKey =
        RuleResult.builder(version("SN-2"))
            .error("supportNeeds", Message.of("test.nowhere"))
            .build();
    assertThatThrownBy(() -> assertThat(unknownKey).hasMessagesInDanishAndEnglish())
        .hasMessageContaining("no Danish text");
    RuleResult unfilled =
        RuleResult.builder(version("SN-1")).error("supportNeeds", Message.of("test.snOne")).build();
    assertThatThrownBy(
            () -> assertThat(unfilled).hasViolation("SN-1").hasMessagesInDanishAndEnglish())
        .hasMessageContaining("unfilled placeholder");
  }

  @Test
  @DisplayName("a CPR number in a message argument is caught, and the failure does not repeat it")
  void personalData() {
    // a violation masks its arguments itself; a derived value's reason is the caller's to keep
    // clean
    RuleResult leaking =
        RuleResult.builder(version("CP-3"))
            .derived(
                DerivedValue.changed(
                    DerivedKey.of("contactPersons[0].end", LocalDate.class),
                    null,
                    LocalDate.of(2022, 3, 10),
                    RuleId.of("CP-3.2"),
                    Message.of("test.snOne", "needs", "0101901234")))
            .build();
    assertThatThrownBy(() -> assertThat(leaking).revealsNoPersonalData())
        .hasMessageContaining("argument 'needs' of 'test.snOne' holds a CPR-like number")
        .satisfies(
            t ->
                org.assertj.core.api.Assertions.assertThat(t.getMessage())
                    .doesNotContain("0101901234"));
  }

  @Test
  @DisplayName("combined results: joined outcome, exact violations, one rule's result")
  void combined() {
    RuleResult sn4 =
        RuleResult.builder(version("SN-4"))
            .error("supportNeeds", Message.of("test.snOne", "needs", "1"))
            .build();
    RuleResults combined = RuleResults.of(List.of(SN1_VIOLATED, sn4, UNDETERMINED, DERIVED));
    assertThat(combined)
        .isViolated()
        .violatesExactly("SN-1", "SN-4")
        .missing("birthDate")
        .hasViolation("SN-4")
        .atPath("supportNeeds")
        .and()
        .hasDerivedValue("contactPersons[0].end")
        .decidedBy("CP-3.2");
    assertThat(combined).result("SUB-1").isUndetermined();
    assertThatThrownBy(() -> assertThat(combined).result("SN-2"))
        .hasMessageContaining("Expected a result of SN-2");
    assertThat(RuleResults.of(List.of(RuleResult.notInForce(RuleId.of("SUB-6"), IN_FORCE))))
        .isNotInForce()
        .hasMessagesInDanishAndEnglish();
  }
}
