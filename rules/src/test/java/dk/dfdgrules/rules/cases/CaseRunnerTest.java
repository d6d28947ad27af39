/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.dfdgrules.rules.RuleAreas;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Case files are strict: a key given is checked exactly, an empty list asserts nothing is there.
 */
class CaseRunnerTest {

  private static final String CLOSES =
      """
      area: udb-subscription
      cases:
        - name: The jobcentre closes the contact group on 2021-11-01 - the subscription closes
          at: 2021-11-01
          facts:
            subscription: {createdOn: 2021-01-01}
            event: {type: contactGroupClosed, contactGroup: 12}
          expect:
      """;

  private static List<String> mismatches(String expect) throws IOException {
    CaseFile file = CaseFiles.read(new StringReader(CLOSES + expect), "test.yaml");
    return CaseRunner.run(file).get(0).mismatches();
  }

  @Test
  void anEmptyDerivedListFailsWhenSomethingWasDerived() throws IOException {
    assertThat(mismatches("      derived: []\n"))
        .singleElement()
        .asString()
        .startsWith("derived: not expected")
        .contains("subscription.closedOn = 2021-11-01 by SUB-5");
  }

  @Test
  void aDerivedListMustNameEveryDerivedValue() throws IOException {
    assertThat(
            mismatches(
                "      derived:\n        - {path: subscription.closedOn, value: \"2021-11-01\"}\n"))
        .singleElement()
        .asString()
        .contains("not expected")
        .contains("subscription.closeReason");
    assertThat(
            mismatches(
                """
                      derived:
                        - {path: subscription.closedOn, value: "2021-11-01", decidedBy: SUB-5}
                        - {path: subscription.closeReason, value: CONTACT_GROUP_CLOSED}
                """))
        .isEmpty();
  }

  @Test
  void theDecisionAndItsRuleAreChecked() throws IOException {
    assertThat(mismatches("      decision: CLOSES\n      decidedBy: SUB-5\n")).isEmpty();
    assertThat(mismatches("      decision: STAYS_OPEN\n"))
        .containsExactly("decision: expected STAYS_OPEN, was CLOSES");
    assertThat(mismatches("      decidedBy: SUB-4\n"))
        .containsExactly("decidedBy: expected SUB-4, was SUB-5");
  }

  @Test
  void anEmptyViolationListFailsOnAViolationAndAnOmittedKeyIsNotChecked() throws IOException {
    assertThat(mismatches("      violations: []\n      missing: []\n")).isEmpty();
    assertThat(mismatches("      violations: [SUB-5]\n"))
        .containsExactly("violations: expected [SUB-5], was []");
    assertThat(mismatches("      outcome: SATISFIED\n")).isEmpty();
    assertThat(RuleAreas.find("udb-subscription")).isPresent();
  }
}
