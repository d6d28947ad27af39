/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.usage;

import static dk.dfdgrules.testkit.assertions.DfdgAssertions.*;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.EvaluationContext;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.rule.SourceCitation;
import dk.dfdgrules.core.rule.Verdict;
import dk.dfdgrules.testkit.assertions.AnswerAssert;
import dk.dfdgrules.testkit.assertions.RuleResultAssert;
import dk.dfdgrules.testkit.assertions.RuleResultsAssert;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A user's test with the single static import the README shows, in a package of its own: AssertJ's
 * entry points and the testkit's come from {@code DfdgAssertions} alone, and each call picks the
 * most specific one.
 */
class SingleStaticImportTest {

  private static final LocalDate DAY = LocalDate.of(2022, 1, 10);

  private static final RuleResult SN1_VIOLATED =
      RuleResult.builder(
              RuleVersion.since(
                  RuleId.of("SN-1"),
                  LocalDate.of(2021, 12, 6),
                  SourceCitation.of("DFDG-RN-2021-12-06", "§3.2", "kan ikke gives sammen med")))
          .error("plan.supportNeeds", Message.of("test.snOne", "needs", "2, 3"))
          .build();

  private static final Answer<Verdict> ANSWER =
      new Answer<>(
          "support-needs",
          EvaluationContext.on(DAY),
          List.of(SN1_VIOLATED),
          Verdict.of(RuleResults.of(List.of(SN1_VIOLATED))));

  @Test
  void assertJsOwnEntryPointsCompileAndWork() {
    assertThat(List.of(1)).containsExactly(1);
    assertThat("SN-1").startsWith("SN");
    assertThat(Map.of("a", 1)).containsEntry("a", 1);
    assertThat(Optional.of(2)).contains(2);
    assertThat(DAY).isAfter(LocalDate.of(2021, 12, 6)); // Comparable
    assertThat(Path.of("a", "b")).endsWithRaw(Path.of("b")); // Iterable and Comparable
    assertThat(3).isPositive();
    assertThatThrownBy(() -> RuleId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> RuleId.of("SN-1")).doesNotThrowAnyException();
    assertThatList(List.of(1, 2)).hasSize(2);
  }

  @Test
  void theTestkitsEntryPointsCompileAndWork() {
    RuleResultAssert result = assertThat(SN1_VIOLATED);
    result.isViolated().violatesExactly("SN-1").hasViolation("SN-1").atPath("plan.supportNeeds");

    // an Answer is also RuleResults: the answer's own entry point is the most specific
    AnswerAssert answer = assertThat(ANSWER);
    answer.isViolated().violatesExactly("SN-1");

    RuleResults joined = RuleResults.of(List.of(SN1_VIOLATED));
    RuleResultsAssert.Joined results = assertThat(joined);
    results.isViolated();

    assertThat(SN1_VIOLATED.violations().get(0)).atPath("plan.supportNeeds").isError();
  }
}
