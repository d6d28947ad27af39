/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleResults;
import java.util.Optional;

/**
 * Assertions on the joined results of several rules — an area's {@link
 * dk.dfdgrules.core.rule.Answer} or any {@link RuleResults}: the joined outcome, every violation,
 * every derived value, and the result of each rule.
 *
 * <pre>{@code
 * assertThat(answer).isViolated().violatesExactly("SN-2", "SN-4");
 * assertThat(answer).result("SN-4").isViolated().hasViolation("SN-4").atPath("supportNeeds");
 * }</pre>
 *
 * @param <S> this assertion's type
 * @param <A> the results' type
 */
public abstract class RuleResultsAssert<S extends RuleResultsAssert<S, A>, A extends RuleResults>
    extends AbstractResultAssert<S, A> {

  /**
   * Starts an assertion.
   *
   * @param actual the results
   * @param selfType this assertion's type
   */
  protected RuleResultsAssert(A actual, Class<?> selfType) {
    super(actual, selfType, ResultParts::joined);
  }

  /**
   * The result of one rule; fails if the rule was not evaluated.
   *
   * @param ruleId e.g. {@code SN-4}
   * @return the rule result's assertion
   */
  public RuleResultAssert result(String ruleId) {
    isNotNull();
    Optional<RuleResult> r = actual.result(RuleId.of(ruleId));
    if (r.isEmpty()) {
      failWithMessage(
          "Expected a result of %s but the rules evaluated are %s",
          ruleId, actual.results().stream().map(RuleResult::ruleId).toList());
    }
    return new RuleResultAssert(r.orElseThrow());
  }

  /** Assertions on any {@link RuleResults}. */
  public static final class Joined extends RuleResultsAssert<Joined, RuleResults> {
    Joined(RuleResults actual) {
      super(actual, Joined.class);
    }
  }
}
