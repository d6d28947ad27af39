/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.Outcome;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.core.rule.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * What {@link RuleResultAssert} and {@link RuleResultsAssert} share: the outcome, the violations,
 * the missing facts, the derived values and the texts.
 *
 * @param <S> the concrete assertion
 * @param <A> the result type
 */
public abstract class AbstractResultAssert<S extends AbstractResultAssert<S, A>, A>
    extends AbstractObjectAssert<S, A> {

  private final Function<? super A, ResultParts> parts;

  /**
   * Starts an assertion that reads the parts of the result with a function.
   *
   * @param actual the result
   * @param selfType the concrete assertion's class
   * @param parts reads the parts of a result
   */
  AbstractResultAssert(A actual, Class<?> selfType, Function<? super A, ResultParts> parts) {
    super(actual, selfType);
    this.parts = parts;
  }

  /**
   * The outcome of the result.
   *
   * @return the outcome
   */
  protected Outcome outcome() {
    return parts().outcome();
  }

  /**
   * Every violation of the result.
   *
   * @return the violations
   */
  protected List<Violation> violations() {
    return parts().violations();
  }

  /**
   * The missing facts of the result.
   *
   * @return the facts
   */
  protected List<String> missingFacts() {
    return parts().missingFacts();
  }

  /**
   * The derived values of the result.
   *
   * @return the values
   */
  protected List<DerivedValue<?>> derivedValues() {
    return parts().derivedValues();
  }

  /**
   * Every message the result carries besides its violations' (explanations, reasons).
   *
   * @return the messages
   */
  protected List<Message> otherMessages() {
    return parts().otherMessages();
  }

  private ResultParts parts() {
    return parts.apply(actual);
  }

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }

  /**
   * The outcome is {@link Outcome#SATISFIED}.
   *
   * @return this
   */
  public S isSatisfied() {
    return hasOutcome(Outcome.SATISFIED);
  }

  /**
   * The outcome is {@link Outcome#VIOLATED}.
   *
   * @return this
   */
  public S isViolated() {
    return hasOutcome(Outcome.VIOLATED);
  }

  /**
   * The outcome is {@link Outcome#UNDETERMINED}.
   *
   * @return this
   */
  public S isUndetermined() {
    return hasOutcome(Outcome.UNDETERMINED);
  }

  /**
   * The outcome is {@link Outcome#NOT_IN_FORCE}.
   *
   * @return this
   */
  public S isNotInForce() {
    return hasOutcome(Outcome.NOT_IN_FORCE);
  }

  /**
   * The outcome is this one.
   *
   * @param expected the outcome
   * @return this
   */
  public S hasOutcome(Outcome expected) {
    isNotNull();
    if (outcome() != expected) {
      failWithMessage(
          "Expected the outcome %s but it was %s; violations: %s; missing facts: %s",
          expected, outcome(), describe(violations()), missingFacts());
    }
    return self();
  }

  /**
   * A violation of a rule is reported; the assertion goes on with that violation (the first if
   * there are several).
   *
   * @param ruleId e.g. {@code SN-1}
   * @return the violation's assertion
   */
  public ViolationAssert<S> hasViolation(String ruleId) {
    return hasViolation(RuleId.of(ruleId));
  }

  /**
   * A violation of a rule is reported.
   *
   * @param ruleId the rule
   * @return the violation's assertion
   */
  public ViolationAssert<S> hasViolation(RuleId ruleId) {
    isNotNull();
    Optional<Violation> v =
        violations().stream().filter(x -> x.ruleId().equals(ruleId)).findFirst();
    if (v.isEmpty()) {
      failWithMessage(
          "Expected a violation of %s but the violations are %s", ruleId, describe(violations()));
    }
    return new ViolationAssert<>(v.orElseThrow(), self());
  }

  /**
   * No violation of a rule is reported.
   *
   * @param ruleId e.g. {@code SN-2}
   * @return this
   */
  public S hasNoViolationOf(String ruleId) {
    isNotNull();
    if (violations().stream().anyMatch(v -> v.ruleId().value().equals(ruleId))) {
      failWithMessage(
          "Expected no violation of %s but the violations are %s", ruleId, describe(violations()));
    }
    return self();
  }

  /**
   * No violation at all (neither error nor warning).
   *
   * @return this
   */
  public S hasNoViolations() {
    isNotNull();
    if (!violations().isEmpty()) {
      failWithMessage("Expected no violation but found %s", describe(violations()));
    }
    return self();
  }

  /**
   * Exactly these rules are violated (errors or warnings), each at least once, and no other.
   *
   * @param ruleIds e.g. {@code "SN-2", "SN-4"}
   * @return this
   */
  public S violatesExactly(String... ruleIds) {
    isNotNull();
    Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
    Set<String> actualIds =
        violations().stream()
            .map(v -> v.ruleId().value())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (!expected.equals(actualIds)) {
      failWithMessage(
          "Expected exactly the violations %s but found %s", expected, describe(violations()));
    }
    return self();
  }

  /**
   * These facts are named missing (among others, in any order).
   *
   * @param facts e.g. {@code birthDate}
   * @return this
   */
  public S missing(String... facts) {
    isNotNull();
    List<String> absent = new ArrayList<>();
    for (String f : facts) {
      if (!missingFacts().contains(f)) {
        absent.add(f);
      }
    }
    if (!absent.isEmpty()) {
      failWithMessage(
          "Expected the missing facts to include %s but they are %s", absent, missingFacts());
    }
    return self();
  }

  /**
   * A value is derived at a path; the assertion goes on with it.
   *
   * @param path e.g. {@code contactPersons[0].end}
   * @return the derived value's assertion
   */
  public DerivedValueAssert<S> hasDerivedValue(String path) {
    isNotNull();
    Optional<DerivedValue<?>> d =
        derivedValues().stream().filter(x -> x.path().equals(path)).findFirst();
    if (d.isEmpty()) {
      failWithMessage(
          "Expected a derived value at %s but the derived values are at %s",
          path, derivedValues().stream().map(DerivedValue::path).toList());
    }
    return new DerivedValueAssert<>(d.orElseThrow(), self());
  }

  /**
   * Every message of the result — violations, explanations, reasons — has a Danish and an English
   * text, with every placeholder filled.
   *
   * @return this
   */
  public S hasMessagesInDanishAndEnglish() {
    isNotNull();
    List<String> problems = new ArrayList<>();
    for (Message m : allMessages()) {
      problems.addAll(MessageChecks.languageProblems(m));
    }
    if (!problems.isEmpty()) {
      failWithMessage("Expected every message in Danish and English, but: %s", problems);
    }
    return self();
  }

  /**
   * No message argument or text of the result holds a CPR-like number (personal data stays out of
   * results).
   *
   * @return this
   */
  public S revealsNoPersonalData() {
    isNotNull();
    List<String> found = new ArrayList<>();
    for (Message m : allMessages()) {
      found.addAll(MessageChecks.personalData(m));
    }
    for (Violation v : violations()) {
      if (v.path().matches(".*\\d{6}-?\\d{4}.*")) {
        found.add("the path of a violation of " + v.ruleId() + " holds a CPR-like number");
      }
    }
    if (!found.isEmpty()) {
      failWithMessage("Expected no personal data in the result, but: %s", found);
    }
    return self();
  }

  private List<Message> allMessages() {
    List<Message> all = new ArrayList<>();
    violations().forEach(v -> all.add(v.message()));
    derivedValues().forEach(d -> all.add(d.reason()));
    all.addAll(otherMessages());
    return all;
  }

  /**
   * Violations as {@code [SN-1 at supportNeeds (ERROR), …]}: ids and paths, never texts.
   *
   * @param vs violations
   * @return the description
   */
  static String describe(List<Violation> vs) {
    return vs.stream()
        .map(
            v ->
                v.ruleId()
                    + " at "
                    + (v.path().isEmpty() ? "(input)" : v.path())
                    + " ("
                    + v.severity()
                    + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
