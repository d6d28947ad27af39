/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.Severity;
import dk.dfdgrules.core.rule.Violation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one {@link Violation}: its path, severity, message key and arguments, texts and
 * citation. Reached from {@code hasViolation("SN-1")}; {@link #and()} goes back to the result.
 *
 * @param <P> the assertion it came from
 */
public final class ViolationAssert<P extends @Nullable Object>
    extends AbstractObjectAssert<ViolationAssert<P>, Violation> {

  private final P parent;

  ViolationAssert(Violation actual, P parent) {
    super(actual, ViolationAssert.class);
    this.parent = parent;
  }

  /**
   * The violation is at a path.
   *
   * @param path e.g. {@code supportNeeds} or {@code contactPersons[2].end}
   * @return this
   */
  public ViolationAssert<P> atPath(String path) {
    isNotNull();
    if (!actual.path().equals(path)) {
      failWithMessage(
          "Expected violation %s at path <%s> but it is at <%s>",
          actual.ruleId(), path, actual.path());
    }
    return this;
  }

  /**
   * The violation is an error.
   *
   * @return this
   */
  public ViolationAssert<P> isError() {
    return hasSeverity(Severity.ERROR);
  }

  /**
   * The violation is a warning.
   *
   * @return this
   */
  public ViolationAssert<P> isWarning() {
    return hasSeverity(Severity.WARNING);
  }

  /**
   * The violation has a severity.
   *
   * @param severity the severity
   * @return this
   */
  public ViolationAssert<P> hasSeverity(Severity severity) {
    isNotNull();
    if (actual.severity() != severity) {
      failWithMessage(
          "Expected violation %s to be %s but it is %s",
          actual.ruleId(), severity, actual.severity());
    }
    return this;
  }

  /**
   * The violation's message has a key.
   *
   * @param key e.g. {@code SN-1.violated}
   * @return this
   */
  public ViolationAssert<P> withMessageKey(String key) {
    isNotNull();
    if (!actual.message().key().equals(key)) {
      failWithMessage(
          "Expected violation %s with message key <%s> but it has <%s>",
          actual.ruleId(), key, actual.message().key());
    }
    return this;
  }

  /**
   * The violation's message has an argument with a value.
   *
   * @param name the argument's name
   * @param value its text
   * @return this
   */
  public ViolationAssert<P> withArgument(String name, String value) {
    isNotNull();
    String a = actual.message().arguments().get(name);
    if (!Objects.equals(a, value)) {
      failWithMessage(
          "Expected violation %s with argument %s=<%s> but the arguments are %s",
          actual.ruleId(), name, value, actual.message().arguments());
    }
    return this;
  }

  /**
   * The message has a Danish and an English text, with every placeholder filled.
   *
   * @return this
   */
  public ViolationAssert<P> hasMessagesInDanishAndEnglish() {
    isNotNull();
    List<String> problems = MessageChecks.languageProblems(actual.message());
    if (!problems.isEmpty()) {
      failWithMessage(
          "Expected violation %s to have Danish and English texts, but: %s",
          actual.ruleId(), problems);
    }
    return this;
  }

  /**
   * The violation cites a document.
   *
   * @param document e.g. {@code DFDG-RN-2021-12-06}
   * @return this
   */
  public ViolationAssert<P> citing(String document) {
    isNotNull();
    if (!actual.citation().document().equals(document)) {
      failWithMessage(
          "Expected violation %s to cite <%s> but it cites <%s>",
          actual.ruleId(), document, actual.citation().reference());
    }
    return this;
  }

  /**
   * Back to the assertion on the result.
   *
   * @return the result's assertion
   */
  public P and() {
    return parent;
  }
}
