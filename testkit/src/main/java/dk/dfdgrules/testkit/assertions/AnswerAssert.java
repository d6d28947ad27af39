/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Answer;

/**
 * Assertions on an area's {@link Answer}: everything of {@link RuleResultsAssert}, and the area's
 * decision.
 *
 * <pre>{@code
 * assertThat(SubscriptionRules.decide(evaluation, date))
 *     .hasDecision("CLOSES").decidedBy("SUB-5").hasDerivedValue("subscription.closedOn");
 * }</pre>
 */
public final class AnswerAssert extends RuleResultsAssert<AnswerAssert, Answer<?>> {

  AnswerAssert(Answer<?> actual) {
    super(actual, AnswerAssert.class);
  }

  /**
   * The decision is of a kind.
   *
   * @param kind the name of the decision's kind, e.g. {@code STAYS_OPEN}
   * @return this
   */
  public AnswerAssert hasDecision(String kind) {
    isNotNull();
    String actualKind = actual.decision().kind().name();
    if (!actualKind.equals(kind)) {
      failWithMessage(
          "Expected the decision of %s to be <%s> but it is <%s> (decided by %s)",
          actual.area(), kind, actualKind, actual.decision().decidedBy().orElse(null));
    }
    return this;
  }

  /**
   * The decision is of a kind.
   *
   * @param kind the decision's kind
   * @return this
   */
  public AnswerAssert hasDecision(Enum<?> kind) {
    return hasDecision(kind.name());
  }

  /**
   * A rule (or rule item) decided.
   *
   * @param ruleId e.g. {@code SUB-5}
   * @return this
   */
  public AnswerAssert decidedBy(String ruleId) {
    isNotNull();
    String by = actual.decision().decidedBy().map(Object::toString).orElse("no rule");
    if (!by.equals(ruleId)) {
      failWithMessage(
          "Expected the decision of %s to be decided by <%s> but it was decided by <%s>",
          actual.area(), ruleId, by);
    }
    return this;
  }
}
