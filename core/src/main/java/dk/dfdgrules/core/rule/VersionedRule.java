package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Rule} made of dated versions, each with its own evaluation. On evaluation it picks the
 * version in force on the evaluation date and answers {@link Outcome#NOT_IN_FORCE} when none is.
 * An announced version the caller enabled supersedes the dated versions from the day it was
 * enabled from (it is the announced fix or change of what was released, even when enabled from a
 * day before the release); of several enabled announced versions, the one enabled last.
 *
 * <pre>{@code
 * Rule<Plan> rule = VersionedRule.<Plan>builder(RuleId.of("SUB-5"))
 *     .version(RuleVersion.before(id, CHANGE, citation), (plan, v, ctx) -> ...)
 *     .version(RuleVersion.since(id, CHANGE, citation), (plan, v, ctx) -> ...)
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
  private final ImmutableMap<RuleVersion, Evaluation<F>> versions;

  private VersionedRule(RuleId id, ImmutableMap<RuleVersion, Evaluation<F>> versions) {
    this.id = id;
    this.versions = versions;
  }

  /**
   * Starts a rule.
   *
   * @param id the rule's id
   * @param <F> the facts
   * @return a builder
   */
  public static <F> Builder<F> builder(RuleId id) {
    return new Builder<>(id);
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public List<RuleVersion> versions() {
    return versions.keySet().asList();
  }

  /**
   * The version in force in a context: an enabled announced version in force supersedes the dated
   * versions (of several, the one enabled last); otherwise the dated version in force.
   *
   * @param context the evaluation context
   * @return the version, or empty when none is
   */
  public Optional<RuleVersion> versionIn(EvaluationContext context) {
    return versions.keySet().stream()
        .filter(v -> v.isInForce(context))
        .max(
            Comparator.comparing((RuleVersion v) -> v.announced())
                .thenComparing((RuleVersion v) -> v.effectiveFrom(context).orElse(LocalDate.MIN)));
  }

  @Override
  public RuleResult evaluate(F facts, EvaluationContext context) {
    requireNonNull(facts, "facts");
    if (context.isSwitchedOff(id)) {
      return RuleResult.switchedOff(id);
    }
    Optional<RuleVersion> version = versionIn(context);
    if (version.isEmpty()) {
      return RuleResult.notInForce(id, context.date());
    }
    RuleResult result = versions.get(version.get()).evaluate(facts, version.get(), context);
    checkState(
        result.ruleId().equals(id),
        "the evaluation of %s returned a result of %s",
        id,
        result.ruleId());
    return result;
  }

  @Override
  public String toString() {
    return id + " " + versions.keySet().stream().map(RuleVersion::label).toList();
  }

  /**
   * Builds a {@link VersionedRule}.
   *
   * @param <F> the facts
   */
  public static final class Builder<F> {
    private final RuleId id;
    private final ImmutableMap.Builder<RuleVersion, Evaluation<F>> versions =
        ImmutableMap.builder();

    private Builder(RuleId id) {
      this.id = id;
    }

    /**
     * Adds a version.
     *
     * @param version a version of this rule
     * @param evaluation how it evaluates
     * @return this builder
     * @throws IllegalArgumentException if the version belongs to another rule
     */
    public Builder<F> version(RuleVersion version, Evaluation<F> evaluation) {
      checkArgument(
          version.ruleId().equals(id), "version of %s added to %s", version.ruleId(), id);
      versions.put(version, evaluation);
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalArgumentException if there is no version, or two dated versions overlap
     */
    public VersionedRule<F> build() {
      ImmutableMap<RuleVersion, Evaluation<F>> vs = versions.buildOrThrow();
      checkArgument(!vs.isEmpty(), "%s has no version", id);
      List<RuleVersion> dated = vs.keySet().stream().filter(v -> !v.announced()).toList();
      for (RuleVersion a : dated) {
        for (RuleVersion b : dated) {
          if (a != b && overlap(a, b)) {
            throw new IllegalArgumentException(
                id + ": versions '" + a.label() + "' and '" + b.label() + "' overlap");
          }
        }
      }
      return new VersionedRule<>(id, vs);
    }

    private static boolean overlap(RuleVersion a, RuleVersion b) {
      LocalDate aFrom = a.inForceFrom().orElse(LocalDate.MIN);
      LocalDate bFrom = b.inForceFrom().orElse(LocalDate.MIN);
      LocalDate aUntil = a.inForceUntil().orElse(LocalDate.MAX);
      LocalDate bUntil = b.inForceUntil().orElse(LocalDate.MAX);
      return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
    }
  }

  /**
   * The in-force date of each version, for documentation.
   *
   * @return label → first day (absent when since before the sources or announced)
   */
  public Map<String, Optional<LocalDate>> schedule() {
    ImmutableMap.Builder<String, Optional<LocalDate>> b = ImmutableMap.builder();
    versions.keySet().forEach(v -> b.put(v.label(), v.inForceFrom()));
    return b.buildOrThrow();
  }
}
