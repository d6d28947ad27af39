/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.DerivedValue;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one {@link DerivedValue}: its value, the value it replaced, the rule that decided
 * and the reason. Reached from {@code hasDerivedValue(path)}; {@link #and()} goes back.
 *
 * @param <P> the assertion it came from
 */
public final class DerivedValueAssert<P>
    extends AbstractObjectAssert<DerivedValueAssert<P>, DerivedValue<?>> {

  private final P parent;

  DerivedValueAssert(DerivedValue<?> actual, P parent) {
    super(actual, DerivedValueAssert.class);
    this.parent = parent;
  }

  /**
   * The derived value is this text.
   *
   * @param value e.g. {@code 2022-03-10}
   * @return this
   */
  public DerivedValueAssert<P> withValue(String value) {
    return check("value", actual.text(), Optional.of(value));
  }

  /**
   * The derived value equals a typed value.
   *
   * @param value e.g. {@code LocalDate.of(2022, 3, 10)} or {@code CloseReason.AGE}
   * @return this
   */
  public DerivedValueAssert<P> hasValue(Object value) {
    isNotNull();
    if (!actual.value().equals(Optional.of(value))) {
      failWithMessage(
          "Expected the value of %s to be <%s> but it is <%s>",
          actual.path(), value, actual.text().orElse("none"));
    }
    return this;
  }

  /**
   * The derivation removes or leaves out the value.
   *
   * @return this
   */
  public DerivedValueAssert<P> withoutValue() {
    return check("value", actual.text(), Optional.empty());
  }

  /**
   * The value before was this text.
   *
   * @param previous the earlier value
   * @return this
   */
  public DerivedValueAssert<P> withPrevious(String previous) {
    return check("previous value", actual.previousText(), Optional.of(previous));
  }

  /**
   * A rule (or rule item) decided.
   *
   * @param ruleId e.g. {@code CP-3.2}
   * @return this
   */
  public DerivedValueAssert<P> decidedBy(String ruleId) {
    isNotNull();
    if (!actual.decidedBy().value().equals(ruleId)) {
      failWithMessage(
          "Expected %s to be decided by <%s> but it was decided by <%s>",
          actual.path(), ruleId, actual.decidedBy());
    }
    return this;
  }

  /**
   * The value differs from the previous one.
   *
   * @return this
   */
  public DerivedValueAssert<P> isChange() {
    isNotNull();
    if (!actual.isChange()) {
      failWithMessage(
          "Expected %s to change, but it stays <%s>", actual.path(), actual.text().orElse("none"));
    }
    return this;
  }

  /**
   * The value equals the previous one.
   *
   * @return this
   */
  public DerivedValueAssert<P> isUnchanged() {
    isNotNull();
    if (actual.isChange()) {
      failWithMessage(
          "Expected %s to stay, but it changes from <%s> to <%s>",
          actual.path(), actual.previousText().orElse("none"), actual.text().orElse("none"));
    }
    return this;
  }

  /**
   * The reason's message has a key.
   *
   * @param key the message key
   * @return this
   */
  public DerivedValueAssert<P> withReasonKey(String key) {
    isNotNull();
    if (!actual.reason().key().equals(key)) {
      failWithMessage(
          "Expected %s with reason <%s> but the reason is <%s>",
          actual.path(), key, actual.reason().key());
    }
    return this;
  }

  private DerivedValueAssert<P> check(
      String what, Optional<String> actualValue, Optional<String> expected) {
    isNotNull();
    if (!actualValue.equals(expected)) {
      failWithMessage(
          "Expected the %s of %s to be <%s> but it is <%s>",
          what, actual.path(), expected.orElse("none"), actualValue.orElse("none"));
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
