/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An area of the specification — its rules, the facts they read, and how its decision is folded
 * from their results — behind one face: {@link #evaluate(Object, EvaluationContext)} runs each rule
 * once and returns an {@link Answer}.
 *
 * <p>Every area is declared the same way, next to its rules:
 *
 * <pre>{@code
 * public static final RuleArea<SupportNeedFacts, Verdict> AREA =
 *     RuleArea.builder("support-needs", SupportNeedFacts.class)
 *         .description("Support needs in the education plan at its step (SN-1 … SN-6)")
 *         .rules(SN_1, SN_2, SN_3, SN_4, SN_5, SN_6)
 *         .example("dk/dfdgrules/rules/supportneed/support-needs-example.json")
 *         .validates();
 * }</pre>
 *
 * <p>An area that checks data {@link Verb#VALIDATE validates}: its decision is a {@link Verdict}
 * (or a richer decision of its own). An area that derives values {@link Verb#DECIDE decides}: its
 * {@link Decider} folds the typed decision from the results. The decider reads the results only, so
 * switching a rule off or enabling an announced version changes the decision consistently.
 *
 * @param <F> the facts the area reads
 * @param <D> the area's decision
 */
public final class RuleArea<F, D extends Decision> {

  /** What an area does with its facts. */
  public enum Verb {
    /** Checks data and reports violations: {@code validate}. */
    VALIDATE,
    /** Derives values and a decision from facts and an event: {@code decide}. */
    DECIDE;

    /**
     * The verb as the library's entry points spell it.
     *
     * @return {@code validate} or {@code decide}
     */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Folds an area's decision from its rules' results.
   *
   * @param <F> the facts
   * @param <D> the decision
   */
  @FunctionalInterface
  public interface Decider<F, D> {
    /**
     * Folds the decision.
     *
     * @param facts the facts the rules read (for what the decision carries along, never to decide
     *     again what a rule decided)
     * @param results the rules' results
     * @param context the evaluation date and the caller's settings
     * @return the decision
     */
    D decide(F facts, RuleResults results, EvaluationContext context);
  }

  private final String name;
  private final String description;
  private final Verb verb;
  private final Class<F> factsType;
  private final ImmutableList<Rule<? super F>> rules;
  private final @Nullable Function<? super F, ? extends List<? extends Rule<? super F>>> concerned;
  private final Decider<? super F, D> decider;
  private final @Nullable String example;

  private RuleArea(Builder<F> b, Verb verb, Decider<? super F, D> decider) {
    this(b.name, b.description, verb, b.factsType, b.rules, b.concerned, decider, b.example);
  }

  private RuleArea(
      String name,
      String description,
      Verb verb,
      Class<F> factsType,
      ImmutableList<Rule<? super F>> rules,
      @Nullable Function<? super F, ? extends List<? extends Rule<? super F>>> concerned,
      Decider<? super F, D> decider,
      @Nullable String example) {
    this.name = name;
    this.description = description;
    this.verb = verb;
    this.factsType = factsType;
    this.rules = rules;
    this.concerned = concerned;
    this.decider = decider;
    this.example = example;
  }

  /**
   * A copy of this area in which one rule is replaced by another of the same id — e.g. a caller's
   * own version of a rule, or a deliberately wrong one in a mutation test. The decision is folded
   * by the same decider.
   *
   * @param replacement the rule to evaluate instead of the area's rule with its id
   * @return the copy
   * @throws IllegalArgumentException if the area has no rule with that id
   */
  public RuleArea<F, D> withRule(Rule<? super F> replacement) {
    requireNonNull(replacement, "replacement");
    checkArgument(
        rules.stream().anyMatch(r -> r.id().equals(replacement.id())),
        "%s has no rule %s",
        name,
        replacement.id());
    ImmutableList<Rule<? super F>> replaced =
        rules.stream()
            .<Rule<? super F>>map(r -> r.id().equals(replacement.id()) ? replacement : r)
            .collect(ImmutableList.toImmutableList());
    Function<? super F, ? extends List<? extends Rule<? super F>>> which = concerned;
    Function<? super F, ? extends List<? extends Rule<? super F>>> replacedConcerned =
        which == null
            ? null
            : facts ->
                which.apply(facts).stream()
                    .<Rule<? super F>>map(r -> r.id().equals(replacement.id()) ? replacement : r)
                    .toList();
    return new RuleArea<>(
        name, description, verb, factsType, replaced, replacedConcerned, decider, example);
  }

  /**
   * Starts an area.
   *
   * @param name its name on the command line and in case files, lower case with hyphens, e.g.
   *     {@code support-needs}
   * @param factsType the type its facts are read into
   * @param <F> the facts
   * @return a builder
   * @throws IllegalArgumentException if the name is not lower case with hyphens
   */
  public static <F> Builder<F> builder(String name, Class<F> factsType) {
    checkArgument(
        name.matches("[a-z]+(-[a-z]+)*"),
        "an area's name is lower case with hyphens, was '%s'",
        name);
    return new Builder<>(name, requireNonNull(factsType, "factsType"));
  }

  /**
   * Evaluates each rule of the area once, in order, and folds the decision.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the answer
   * @throws NullPointerException with the message {@code facts} or {@code context} if either is
   *     null
   */
  public Answer<D> evaluate(F facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    requireNonNull(context, "context");
    List<? extends Rule<? super F>> evaluated = concerned == null ? rules : concerned.apply(facts);
    RuleResult[] out = new RuleResult[evaluated.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = evaluated.get(i).evaluate(facts, context);
    }
    ImmutableList<RuleResult> results = ImmutableList.copyOf(out);
    D decision = decider.decide(facts, () -> results, context);
    checkState(decision != null, "the decider of %s returned no decision", name);
    return new Answer<>(name, context, results, decision);
  }

  /**
   * Evaluates on a date, with announced versions off and every rule on.
   *
   * @param facts the facts
   * @param date the evaluation date
   * @return the answer
   * @throws NullPointerException with the message {@code facts} or {@code date} if either is null
   */
  public Answer<D> evaluate(F facts, LocalDate date) {
    return evaluate(facts, EvaluationContext.on(date));
  }

  /**
   * Evaluates facts of this area's {@linkplain #factsType() type} given as an object, for tools
   * that read facts by name (the command line, case files).
   *
   * @param facts facts of the area's type
   * @param context the evaluation context
   * @return the answer
   * @throws ClassCastException if the facts are of another type
   * @throws NullPointerException with the message {@code facts} or {@code context} if either is
   *     null
   */
  public Answer<D> evaluateFacts(Object facts, EvaluationContext context) {
    return evaluate(factsType.cast(facts), context);
  }

  /**
   * The area's name, e.g. {@code support-needs}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * A one-line English description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether the area validates or decides.
   *
   * @return the verb
   */
  public Verb verb() {
    return verb;
  }

  /**
   * The type facts are read into.
   *
   * @return the type
   */
  public Class<F> factsType() {
    return factsType;
  }

  /**
   * Every rule of the area, in evaluation order.
   *
   * @return the rules
   */
  public List<Rule<? super F>> rules() {
    return rules;
  }

  /**
   * The keys {@link EvaluationContext#enable} takes for this area: the key of each announced
   * version ({@code SUB-6:announced}) and the id of each rule with an announced version ({@code
   * SUB-6}). A caller that lets a user name versions checks the names against these, so that a
   * misspelt key is an error, not silently nothing.
   *
   * @return the keys, sorted; empty if the area announces no version
   */
  public ImmutableSortedSet<String> announcedKeys() {
    ImmutableSortedSet.Builder<String> keys = ImmutableSortedSet.naturalOrder();
    for (Rule<? super F> rule : rules) {
      for (RuleVersion v : rule.versions()) {
        if (v.announced()) {
          keys.add(v.ruleId().value(), v.key());
        }
      }
    }
    return keys.build();
  }

  /**
   * Whether switching off an id ({@link EvaluationContext#switchOff}) reaches a rule of this area:
   * the id of one of its rules ({@code EC-4.1}), the rule its items belong to ({@code EC-4} for
   * {@code EC-4.1} … {@code EC-4.4}) or an item of one ({@code CP-3.1} of {@code CP-3}). A caller
   * that lets a user switch rules off checks the ids against this, so that a misspelt id is an
   * error, not silently nothing.
   *
   * @param id the id
   * @return true if some rule of the area has that id without its item
   */
  public boolean reaches(RuleId id) {
    RuleId rule = id.withoutItem();
    for (Rule<? super F> r : rules) {
      if (r.id().withoutItem().equals(rule)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ids of the rules.
   *
   * @return the ids, in order
   */
  public List<RuleId> ruleIds() {
    return rules.stream().map(Rule::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * A bundled example of facts, a class-path resource holding JSON.
   *
   * @return the resource name, if the area bundles one
   */
  public Optional<String> exampleResource() {
    return Optional.ofNullable(example);
  }

  @Override
  public String toString() {
    return name + " " + ruleIds();
  }

  /**
   * Builds a {@link RuleArea}.
   *
   * @param <F> the facts
   */
  public static final class Builder<F> {
    private final String name;
    private final Class<F> factsType;
    private String description = "";
    private ImmutableList<Rule<? super F>> rules = ImmutableList.of();
    private @Nullable Function<? super F, ? extends List<? extends Rule<? super F>>> concerned;
    private @Nullable String example;

    private Builder(String name, Class<F> factsType) {
      this.name = name;
      this.factsType = factsType;
    }

    /**
     * Sets the description.
     *
     * @param text a one-line English description
     * @return this builder
     */
    public Builder<F> description(String text) {
      this.description = requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the rules, in evaluation order.
     *
     * @param areaRules the rules
     * @return this builder
     */
    @SafeVarargs
    public final Builder<F> rules(Rule<? super F>... areaRules) {
      ImmutableList.Builder<Rule<? super F>> list = ImmutableList.builder();
      for (Rule<? super F> rule : areaRules) {
        list.add(rule);
      }
      return rules(list.build());
    }

    /**
     * Sets the rules, in evaluation order.
     *
     * @param areaRules the rules
     * @return this builder
     * @throws IllegalArgumentException if a rule id is given twice
     */
    public Builder<F> rules(List<? extends Rule<? super F>> areaRules) {
      this.rules = ImmutableList.copyOf(areaRules);
      checkArgument(
          rules.stream().map(Rule::id).distinct().count() == rules.size(),
          "%s: a rule is given twice",
          name);
      return this;
    }

    /**
     * Evaluates only the rules that concern given facts (e.g. the rules of an event), instead of
     * all.
     *
     * @param which the rules that concern the facts, among {@link #rules(List)}
     * @return this builder
     */
    public Builder<F> concerned(
        Function<? super F, ? extends List<? extends Rule<? super F>>> which) {
      this.concerned = requireNonNull(which, "which");
      return this;
    }

    /**
     * Names the bundled example.
     *
     * @param resource a class-path resource holding JSON facts
     * @return this builder
     */
    public Builder<F> example(String resource) {
      this.example = requireNonNull(resource, "resource");
      return this;
    }

    /**
     * Builds an area that checks data: its decision is the {@link Verdict} of its results.
     *
     * @return the area
     */
    public RuleArea<F, Verdict> validates() {
      return build(Verb.VALIDATE, (facts, results, context) -> Verdict.of(results));
    }

    /**
     * Builds an area that checks data and answers with a richer decision of its own.
     *
     * @param decider folds the decision from the results
     * @param <D> the decision
     * @return the area
     */
    public <D extends Decision> RuleArea<F, D> validates(Decider<? super F, D> decider) {
      return build(Verb.VALIDATE, decider);
    }

    /**
     * Builds an area that derives values: its decider folds the decision from the results.
     *
     * @param decider folds the decision
     * @param <D> the decision
     * @return the area
     */
    public <D extends Decision> RuleArea<F, D> decides(Decider<? super F, D> decider) {
      return build(Verb.DECIDE, decider);
    }

    private <D extends Decision> RuleArea<F, D> build(Verb verb, Decider<? super F, D> decider) {
      checkArgument(!rules.isEmpty(), "%s has no rules", name);
      checkArgument(!description.isBlank(), "%s has no description", name);
      return new RuleArea<>(this, verb, requireNonNull(decider, "decider"));
    }
  }
}
