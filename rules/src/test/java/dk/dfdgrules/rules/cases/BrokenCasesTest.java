/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken case is a failed case naming what is wrong; the file's other cases still run. */
class BrokenCasesTest {

  private static final String FILE =
      """
      area: udb-subscription
      cases:
        - name: good
          at: 2021-11-01
          facts:
            subscription: {createdOn: 2021-01-01}
            event: {type: contactGroupClosed, contactGroup: 12}
          expect:
            decision: CLOSES
        -
        - name: no date
          facts: {subscription: {createdOn: 2021-01-01}}
          expect: {decision: CLOSES}
        - name: no facts
          at: 2021-11-01
          expect: {decision: CLOSES}
        - name: facts left empty
          at: 2021-11-01
          facts:
          expect: {decision: CLOSES}
        - name: no expectation
          at: 2021-11-01
          facts: {subscription: {createdOn: 2021-01-01}}
        - name: a date that is none
          at: 2021-13-45
          facts: {subscription: {createdOn: 2021-01-01}}
          expect: {decision: CLOSES}
        - just a text
      """;

  @Test
  void everyBrokenEntryIsAFailedCaseWithItsReasonAndTheGoodCaseStillRuns() throws IOException {
    CaseFile file = CaseFiles.read(new StringReader(FILE), "broken.yaml");
    assertThat(file.cases()).hasSize(1);
    List<CaseVerdict> verdicts = CaseRunner.run(file);
    assertThat(verdicts).hasSize(8);
    assertThat(verdicts.get(0).name()).isEqualTo("good");
    assertThat(verdicts.get(0).mismatches()).isEmpty();
    assertThat(verdicts.subList(1, 8))
        .extracting(v -> v.name() + ": " + String.join("; ", v.mismatches()))
        .containsExactly(
            "case 2: case 2 is not a case: an empty entry (a '-' with nothing after it)",
            "no date: case 3 is not a case: missing 'at' (the evaluation date)",
            "no facts: case 4 is not a case: missing 'facts' (write facts: {} for none)",
            "facts left empty: case 5 is not a case: missing 'facts' (write facts: {} for none)",
            "no expectation: case 6 is not a case: missing 'expect'",
            "a date that is none: case 7 is not a case: field 'at': Cannot deserialize value of"
                + " type `java.time.LocalDate` from String \"2021-13-45\": Failed to deserialize"
                + " java.time.LocalDate: (java.time.format.DateTimeParseException) Text"
                + " '2021-13-45' could not be par…",
            "case 8: case 8 is not a case: not a case: a case is a mapping with name, at, facts"
                + " and expect");
    assertThat(verdicts.subList(1, 8)).allSatisfy(v -> assertThat(v.actual()).isEmpty());
  }
}
