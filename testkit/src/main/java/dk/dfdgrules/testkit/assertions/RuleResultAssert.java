/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;

/**
 * Assertions on a {@link RuleResult}.
 *
 * <pre>{@code
 * assertThat(result).isViolated().hasViolation("SN-1").atPath("supportNeeds");
 * assertThat(result).isUndetermined().missing("birthDate");
 * assertThat(result).hasDerivedValue("contactPersons[0].end").withValue("2022-03-10").decidedBy("CP-3.2");
 * assertThat(result).hasMessagesInDanishAndEnglish().revealsNoPersonalData();
 * }</pre>
 */
public final class RuleResultAssert extends AbstractResultAssert<RuleResultAssert, RuleResult> {

  RuleResultAssert(RuleResult actual) {
    super(actual, RuleResultAssert.class, ResultParts::of);
  }

  /**
   * The result is of a rule.
   *
   * @param ruleId e.g. {@code SUB-5}
   * @return this
   */
  public RuleResultAssert isOfRule(String ruleId) {
    isNotNull();
    if (!actual.ruleId().value().equals(ruleId)) {
      failWithMessage("Expected a result of %s but it is of %s", ruleId, actual.ruleId());
    }
    return this;
  }

  /**
   * The version that applied has a label (its in-force date, {@code before …}, {@code always}, or
   * an announced version's label).
   *
   * @param label e.g. {@code 2021-12-06}
   * @return this
   */
  public RuleResultAssert appliedVersion(String label) {
    isNotNull();
    String applied = actual.version().map(RuleVersion::label).orElse("none");
    if (!applied.equals(label)) {
      failWithMessage(
          "Expected %s to apply version <%s> but it applied <%s>", actual.ruleId(), label, applied);
    }
    return this;
  }

  /**
   * The version that applied cites a document.
   *
   * @param document e.g. {@code DFDG-RN-2021-12-06}
   * @return this
   */
  public RuleResultAssert citing(String document) {
    isNotNull();
    String cited = actual.citation().map(c -> c.document()).orElse("nothing");
    if (!cited.equals(document)) {
      failWithMessage(
          "Expected %s to cite <%s> but it cites <%s>", actual.ruleId(), document, cited);
    }
    return this;
  }

  /**
   * The result has an explanation with a key.
   *
   * @param key the message key
   * @return this
   */
  public RuleResultAssert hasExplanation(String key) {
    isNotNull();
    String k = actual.explanation().map(Message::key).orElse("none");
    if (!k.equals(key)) {
      failWithMessage(
          "Expected %s to explain with <%s> but the explanation is <%s>", actual.ruleId(), key, k);
    }
    return this;
  }
}
