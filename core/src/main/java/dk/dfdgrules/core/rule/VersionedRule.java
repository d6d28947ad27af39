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
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Rule} made of dated versions, each with its own evaluation; built by {@link
 * Rule#define(String, Class)}. On evaluation it picks the version in force on the evaluation date
 * and answers {@link Outcome#NOT_IN_FORCE} when none is (or when the caller switched it off). An
 * announced version the caller enabled supersedes the dated versions from the day it was enabled
 * from (it is the announced fix or change of what was released, even when enabled from a day before
 * the release); of several enabled announced versions, the one enabled last.
 *
 * <pre>{@code
 * Rule<Plan> rule = Rule.define("SUB-5", Plan.class)
 *     .before(Sources.DFDG_RELEASE, citation, (plan, v, ctx) -> ...)
 *     .since(Sources.DFDG_RELEASE, citation, (plan, v, ctx) -> ...)
 *     .build();
 * }</pre>
 *
 * @param <F> the facts the rule reads
 */
public final class VersionedRule<F> implements Rule<F> {

  /**
   * The evaluation of one version.
   *
   * @param <F> the facts
   */
  @FunctionalInterface
  public interface Evaluation<F> {
    /**
     * Evaluates.
     *
     * @param facts the facts
     * @param version the version being applied
     * @param context the evaluation context
     * @return the result
     */
    RuleResult evaluate(F facts, RuleVersion version, EvaluationContext context);
  }

  private final RuleId id;
  private final Class<F> factsType;
  private final ImmutableList<RuleVersion> versions;
  private final RuleVersion[] versionArray;
  private final List<Evaluation<F>> evaluations;
  private final boolean anyAnnounced;

  private VersionedRule(
      RuleId id, Class<F> factsType, List<RuleVersion> versions, List<Evaluation<F>> evaluations) {
    this.id = id;
    this.factsType = factsType;
    this.versions = ImmutableList.copyOf(versions);
    this.versionArray = versions.toArray(new RuleVersion[0]);
    this.evaluations = List.copyOf(evaluations);
    this.anyAnnounced = versions.stream().anyMatch(RuleVersion::announced);
  }

  static <F> Builder<F> builder(RuleId id, Class<F> factsType) {
    return new Builder<>(id, factsType);
  }

  @Override
  public RuleId id() {
    return id;
  }

  /**
   * The type of the facts the rule reads.
   *
   * @return the type
   */
  public Class<F> factsType() {
    return factsType;
  }

  @Override
  public List<RuleVersion> versions() {
    return versions;
  }

  @Override
  public Optional<RuleVersion> versionIn(EvaluationContext context) {
    if (context.isSwitchedOff(id)) {
      return Optional.empty();
    }
    int i = versionIndex(context);
    return i < 0 ? Optional.empty() : Optional.of(versionArray[i]);
  }

  /** The index of the version in force, or -1; allocates nothing when no version is enabled. */
  private int versionIndex(EvaluationContext context) {
    if (anyAnnounced && !context.enabled().isEmpty()) {
      int best = -1;
      @org.jspecify.annotations.Nullable LocalDate bestFrom = null;
      for (int i = 0; i < versionArray.length; i++) {
        RuleVersion v = versionArray[i];
        if (!v.announced() || !v.isInForce(context)) {
          continue;
        }
        LocalDate from = v.effectiveFrom(context).orElseThrow();
        if (bestFrom == null || from.isAfter(bestFrom)) {
          best = i;
          bestFrom = from;
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    LocalDate date = context.date();
    for (int i = 0; i < versionArray.length; i++) {
      if (!versionArray[i].announced() && versionArray[i].isInForceOn(date)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public RuleResult evaluate(F facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    if (context.isSwitchedOff(id)) {
      return RuleResult.switchedOff(id);
    }
    int i = versionIndex(context);
    if (i < 0) {
      return RuleResult.notInForce(id, context.date());
    }
    RuleResult result = evaluations.get(i).evaluate(facts, versionArray[i], context);
    checkState(
        result.ruleId().equals(id),
        "the evaluation of %s returned a result of %s",
        id,
        result.ruleId());
    return result;
  }

  @Override
  public String toString() {
    return id + " " + versions.stream().map(RuleVersion::label).toList();
  }

  /**
   * The in-force date of each version, for documentation.
   *
   * @return label → first day (absent when since before the sources or announced)
   */
  public Map<String, Optional<LocalDate>> schedule() {
    ImmutableMap.Builder<String, Optional<LocalDate>> b = ImmutableMap.builder();
    versions.forEach(v -> b.put(v.label(), v.inForceFrom()));
    return b.buildOrThrow();
  }

  /**
   * Builds a {@link VersionedRule}: one call per version, then {@link #build()}.
   *
   * @param <F> the facts
   */
  public static final class Builder<F> {
    private final RuleId id;
    private final Class<F> factsType;
    private final List<RuleVersion> versions = new ArrayList<>();
    private final List<Evaluation<F>> evaluations = new ArrayList<>();

    private Builder(RuleId id, Class<F> factsType) {
      this.id = id;
      this.factsType = requireNonNull(factsType, "factsType");
    }

    /**
     * Adds a version in force from a date on.
     *
     * @param from the first day
     * @param citation the source of the version
     * @param evaluation how it evaluates
     * @return this builder
     */
    public Builder<F> since(LocalDate from, SourceCitation citation, Evaluation<F> evaluation) {
      return version(RuleVersion.since(id, from, citation), evaluation);
    }

    /**
     * Adds the older version of a changed rule, in force before a date.
     *
     * @param until the first day it no longer applies
     * @param citation the source of the version
     * @param evaluation how it evaluates
     * @return this builder
     */
    public Builder<F> before(LocalDate until, SourceCitation citation, Evaluation<F> evaluation) {
      return version(RuleVersion.before(id, until, citation), evaluation);
    }

    /**
     * Adds a version in force from one date until another.
     *
     * @param from the first day
     * @param until the first day it no longer applies
     * @param citation the source of the version
     * @param evaluation how it evaluates
     * @return this builder
     */
    public Builder<F> between(
        LocalDate from, LocalDate until, SourceCitation citation, Evaluation<F> evaluation) {
      return version(RuleVersion.between(id, from, until, citation), evaluation);
    }

    /**
     * Adds a version in force on every date the library knows of.
     *
     * @param citation the source of the version
     * @param evaluation how it evaluates
     * @return this builder
     */
    public Builder<F> always(SourceCitation citation, Evaluation<F> evaluation) {
      return version(RuleVersion.always(id, citation), evaluation);
    }

    /**
     * Adds a version announced without an in-force date: off unless the caller enables it.
     *
     * @param label names the version, e.g. {@code announced} or {@code patched}
     * @param citation the source of the version
     * @param evaluation how it evaluates
     * @return this builder
     */
    public Builder<F> announced(String label, SourceCitation citation, Evaluation<F> evaluation) {
      return version(RuleVersion.announced(id, label, citation), evaluation);
    }

    /**
     * Adds a version.
     *
     * @param version a version of this rule
     * @param evaluation how it evaluates
     * @return this builder
     * @throws IllegalArgumentException if the version belongs to another rule or is given twice
     */
    public Builder<F> version(RuleVersion version, Evaluation<F> evaluation) {
      checkArgument(version.ruleId().equals(id), "version of %s added to %s", version.ruleId(), id);
      checkArgument(
          versions.stream().noneMatch(v -> v.label().equals(version.label())),
          "%s: version '%s' given twice",
          id,
          version.label());
      versions.add(version);
      evaluations.add(requireNonNull(evaluation, "evaluation"));
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalArgumentException if there is no version, or two dated versions overlap
     */
    public VersionedRule<F> build() {
      checkArgument(!versions.isEmpty(), "%s has no version", id);
      List<RuleVersion> dated = versions.stream().filter(v -> !v.announced()).toList();
      for (RuleVersion a : dated) {
        for (RuleVersion b : dated) {
          if (a != b && overlap(a, b)) {
            throw new IllegalArgumentException(
                id + ": versions '" + a.label() + "' and '" + b.label() + "' overlap");
          }
        }
      }
      return new VersionedRule<>(id, factsType, versions, evaluations);
    }

    private static boolean overlap(RuleVersion a, RuleVersion b) {
      LocalDate aFrom = a.inForceFrom().orElse(LocalDate.MIN);
      LocalDate bFrom = b.inForceFrom().orElse(LocalDate.MIN);
      LocalDate aUntil = a.inForceUntil().orElse(LocalDate.MAX);
      LocalDate bUntil = b.inForceUntil().orElse(LocalDate.MAX);
      return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
    }
  }
}
