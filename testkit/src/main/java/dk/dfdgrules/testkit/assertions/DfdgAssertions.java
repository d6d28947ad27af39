/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Answer;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import dk.dfdgrules.core.rule.Violation;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ's entry points and the ones for rule results, in one class: it extends AssertJ's {@link
 * Assertions}, as AssertJ recommends for custom assertions, so one static import gives both.
 *
 * <pre>{@code
 * import static dk.dfdgrules.testkit.assertions.DfdgAssertions.*;
 *
 * assertThat(result).isViolated().hasViolation("SN-1").atPath("supportNeeds");
 * assertThat(result).isUndetermined().missing("birthDate");
 * assertThat(answer.violatedRuleIds()).hasSize(1);   // AssertJ's own
 * }</pre>
 *
 * <p>Importing {@code assertThat} from both this class and AssertJ's {@code Assertions} compiles
 * too: AssertJ's methods are the same methods, inherited. An {@link Answer} is a {@link
 * RuleResults}: the most specific entry point is chosen, {@link #assertThat(Answer)}.
 *
 * <p>Failure messages name rule ids, paths, message keys and argument names — never a message's
 * rendered text with its arguments, so no personal value reaches a test report through them.
 */
public class DfdgAssertions extends Assertions {

  /** For a test library's own entry points that extend these, as these extend AssertJ's. */
  protected DfdgAssertions() {}

  /**
   * Assertions on a rule result.
   *
   * @param actual the result
   * @return the assertion
   */
  public static RuleResultAssert assertThat(RuleResult actual) {
    return new RuleResultAssert(actual);
  }

  /**
   * Assertions on an area's answer: its rules' results and its decision.
   *
   * @param actual the answer
   * @return the assertion
   */
  public static AnswerAssert assertThat(Answer<?> actual) {
    return new AnswerAssert(actual);
  }

  /**
   * Assertions on the joined results of several rules.
   *
   * @param actual the results
   * @return the assertion
   */
  public static RuleResultsAssert.Joined assertThat(RuleResults actual) {
    return new RuleResultsAssert.Joined(actual);
  }

  /**
   * Assertions on one violation.
   *
   * @param actual the violation
   * @return the assertion; its {@code and()} returns null
   */
  public static ViolationAssert<@Nullable Void> assertThat(Violation actual) {
    return new ViolationAssert<>(actual, null);
  }
}
