/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one rule concluded — a value, never an exception.
 *
 * <ul>
 *   <li>{@link Outcome#SATISFIED}: no error; warnings may be present;
 *   <li>{@link Outcome#VIOLATED}: at least one {@linkplain Severity#ERROR error}, and every
 *       violation found (not only the first);
 *   <li>{@link Outcome#UNDETERMINED}: {@link #missingFacts()} names the facts the caller did not
 *       give; nothing is guessed;
 *   <li>{@link Outcome#NOT_IN_FORCE}: no version applies on the evaluation date (or the rule was
 *       switched off); {@link #version()} is empty.
 * </ul>
 *
 * <p>Rules that derive values (new dates, close decisions) list them in {@link #derivedValues()},
 * each with the rule that decided and why; {@link #explanation()} says in a sentence what the rule
 * concluded.
 *
 * @param ruleId the rule
 * @param outcome the outcome
 * @param version the version that applied; empty when not in force
 * @param violations every violation found
 * @param missingFacts the facts that were needed but not given
 * @param derivedValues the values derived
 * @param explanation a sentence on what was concluded, if the rule gives one
 */
public record RuleResult(
    RuleId ruleId,
    Outcome outcome,
    Optional<RuleVersion> version,
    List<Violation> violations,
    List<String> missingFacts,
    List<DerivedValue<?>> derivedValues,
    Optional<Message> explanation) {

  /**
   * Checks that the outcome agrees with the content.
   *
   * @throws IllegalArgumentException if it does not
   */
  public RuleResult {
    violations = ImmutableList.copyOf(violations);
    missingFacts = ImmutableList.copyOf(missingFacts);
    derivedValues = ImmutableList.copyOf(derivedValues);
    boolean hasError = anyError(violations);
    switch (outcome) {
      case SATISFIED -> checkArgument(!hasError, "%s: satisfied with an error", ruleId);
      case VIOLATED -> checkArgument(hasError, "%s: violated without an error", ruleId);
      case UNDETERMINED ->
          checkArgument(!missingFacts.isEmpty(), "%s: undetermined names no missing fact", ruleId);
      case NOT_IN_FORCE ->
          checkArgument(
              version.isEmpty() && violations.isEmpty(),
              "%s: not in force has no version and no violations",
              ruleId);
    }
    if (version.isPresent() && !version.get().ruleId().equals(ruleId)) {
      throw new IllegalArgumentException(
          "version of " + version.get().ruleId() + " given for " + ruleId);
    }
  }

  private static boolean anyError(List<Violation> violations) {
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value derived under a key (the first, should there be several).
   *
   * @param key the key of one value (not a template)
   * @param <T> the value's type
   * @return the value, or empty when none was derived under the key (or it was removed)
   */
  public <T> Optional<T> value(DerivedKey<T> key) {
    return derived(key).stream().findFirst().flatMap(DerivedValue::value);
  }

  /**
   * The values derived under a key, or under each element of a template.
   *
   * @param key a key, or a template such as {@code contactPersons[].period}
   * @param <T> the values' type
   * @return the derived values, in order
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableList<DerivedValue<T>> derived(DerivedKey<T> key) {
    ImmutableList.Builder<DerivedValue<T>> b = ImmutableList.builder();
    for (DerivedValue<?> d : derivedValues) {
      if (key.covers(d.key())) {
        b.add((DerivedValue<T>) d);
      }
    }
    return b.build();
  }

  /**
   * Starts a result of a version that applied.
   *
   * @param version the version
   * @return a builder; its outcome follows from the violations unless facts are missing
   */
  public static Builder builder(RuleVersion version) {
    return new Builder(version);
  }

  /**
   * A satisfied result without details.
   *
   * @param version the version that applied
   * @return the result
   */
  public static RuleResult satisfied(RuleVersion version) {
    return builder(version).build();
  }

  /**
   * A result listing violations; violated if any is an error.
   *
   * @param version the version that applied
   * @param violations the violations, possibly none
   * @return the result
   */
  public static RuleResult of(RuleVersion version, List<Violation> violations) {
    return builder(version).violations(violations).build();
  }

  /**
   * An undetermined result.
   *
   * @param version the version that would have applied
   * @param missingFacts the facts that are missing, at least one
   * @return the result
   * @throws IllegalArgumentException if no fact is named
   */
  public static RuleResult undetermined(RuleVersion version, String... missingFacts) {
    checkArgument(missingFacts.length > 0, "%s: name at least one missing fact", version.ruleId());
    Builder b = builder(version);
    for (String f : missingFacts) {
      b.missing(f);
    }
    return b.build();
  }

  /**
   * A result for a rule with no version in force on a date.
   *
   * @param ruleId the rule
   * @param date the evaluation date
   * @return the result
   */
  public static RuleResult notInForce(RuleId ruleId, LocalDate date) {
    return notApplied(ruleId, Message.of("rule.notInForce", "rule", ruleId, "date", date));
  }

  /**
   * A result for a rule the caller switched off.
   *
   * @param ruleId the rule
   * @return the result
   */
  public static RuleResult switchedOff(RuleId ruleId) {
    return notApplied(ruleId, Message.of("rule.switchedOff", "rule", ruleId));
  }

  /** A result with no version applied: not in force, with nothing but an explanation. */
  private static RuleResult notApplied(RuleId ruleId, Message explanation) {
    return new RuleResult(
        ruleId,
        Outcome.NOT_IN_FORCE,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.of(explanation));
  }

  /**
   * Tells whether the rule holds (possibly with warnings).
   *
   * @return true if satisfied
   */
  public boolean isSatisfied() {
    return outcome == Outcome.SATISFIED;
  }

  /**
   * Tells whether the rule is broken.
   *
   * @return true if violated
   */
  public boolean isViolated() {
    return outcome == Outcome.VIOLATED;
  }

  /**
   * Tells whether facts were missing.
   *
   * @return true if undetermined
   */
  public boolean isUndetermined() {
    return outcome == Outcome.UNDETERMINED;
  }

  /**
   * The errors among the violations.
   *
   * @return the errors
   */
  public ImmutableList<Violation> errors() {
    return violations.stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * The warnings among the violations.
   *
   * @return the warnings
   */
  public ImmutableList<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The source of the version that applied.
   *
   * @return the citation, or empty when not in force
   */
  public Optional<SourceCitation> citation() {
    return version.map(RuleVersion::citation);
  }

  /** Builds a {@link RuleResult} of a version that applied. */
  public static final class Builder {
    private final RuleVersion version;
    private ImmutableList.@Nullable Builder<Violation> violations;
    private ImmutableList.@Nullable Builder<String> missing;
    private ImmutableList.@Nullable Builder<DerivedValue<?>> derived;
    private Optional<Message> explanation = Optional.empty();
    private boolean anyError;

    private Builder(RuleVersion version) {
      this.version = version;
    }

    /**
     * Adds a violation.
     *
     * @param violation a violation of this rule
     * @return this builder
     */
    public Builder violation(Violation violation) {
      if (violations == null) {
        violations = ImmutableList.builder();
      }
      violations.add(violation);
      anyError |= violation.isError();
      return this;
    }

    /**
     * Adds violations.
     *
     * @param vs violations of this rule
     * @return this builder
     */
    public Builder violations(List<Violation> vs) {
      for (Violation v : vs) {
        violation(v);
      }
      return this;
    }

    /**
     * Adds an error at a path.
     *
     * @param path the offending field
     * @param message the message
     * @return this builder
     */
    public Builder error(String path, Message message) {
      return violation(Violation.error(version, path, message));
    }

    /**
     * Adds a warning at a path.
     *
     * @param path the offending field
     * @param message the message
     * @return this builder
     */
    public Builder warning(String path, Message message) {
      return violation(Violation.warning(version, path, message));
    }

    /**
     * Names a missing fact; the result becomes undetermined.
     *
     * @param fact the fact's name, e.g. {@code birthDate}
     * @return this builder
     */
    public Builder missing(String fact) {
      if (missing == null) {
        missing = ImmutableList.builder();
      }
      missing.add(fact);
      return this;
    }

    /**
     * Adds a derived value.
     *
     * @param value the value
     * @return this builder
     */
    public Builder derived(DerivedValue<?> value) {
      if (derived == null) {
        derived = ImmutableList.builder();
      }
      derived.add(value);
      return this;
    }

    /**
     * Adds a derived value without a previous one.
     *
     * @param key what the value is
     * @param value the value
     * @param reason why
     * @param <T> the value's type
     * @return this builder
     */
    public <T> Builder derived(DerivedKey<T> key, T value, Message reason) {
      return derived(DerivedValue.of(key, value, version.ruleId(), reason));
    }

    /**
     * Sets the explanation.
     *
     * @param message a sentence on what was concluded
     * @return this builder
     */
    public Builder explanation(Message message) {
      explanation = Optional.of(message);
      return this;
    }

    /**
     * Builds the result: undetermined if a fact is missing, else violated if an error was added,
     * else satisfied.
     *
     * @return the result
     */
    public RuleResult build() {
      Outcome outcome =
          missing != null ? Outcome.UNDETERMINED : anyError ? Outcome.VIOLATED : Outcome.SATISFIED;
      return new RuleResult(
          version.ruleId(),
          outcome,
          Optional.of(version),
          violations == null ? ImmutableList.of() : violations.build(),
          missing == null ? ImmutableList.of() : missing.build(),
          derived == null ? ImmutableList.of() : derived.build(),
          explanation);
    }
  }
}
