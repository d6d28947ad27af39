/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Source;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * Sets of support needs (støttebehov, ids 1–6) for an education plan.
 *
 * <p>By default the sets are <em>valid</em>: they break none of SN-1, SN-2 (and, with {@link
 * #atStep(Step) atStep(4)}, SN-4). {@link #violating(RuleId...)} asks for sets that break exactly
 * the given rules and no other of SN-1, SN-2, SN-4 at the step — judged by {@link
 * SupportNeedRuleIds#broken}, the testkit's reading of the specification. Without a step, the sets
 * are judged at steps 1–3 (where only SN-1 and SN-2 apply).
 *
 * <p>Every qualifying set is equally likely; shrinks towards the smallest set (then lowest ids),
 * e.g. {@code {}} for valid sets at steps 1–3, {@code {1, 2}} for {@code violating(SN_1)}. The
 * smallest and the largest qualifying sets are edge cases.
 */
public final class SupportNeedsGen implements Gen<SortedSet<SupportNeed>> {

  private final @Nullable Step step;
  private final ImmutableSet<RuleId> violating;
  private final ImmutableSet<SupportNeed> including;
  private final ImmutableSet<SupportNeed> excluding;
  private final List<SortedSet<SupportNeed>> candidates;

  private SupportNeedsGen(
      @Nullable Step step,
      ImmutableSet<RuleId> violating,
      ImmutableSet<SupportNeed> including,
      ImmutableSet<SupportNeed> excluding) {
    this.step = step;
    this.violating = violating;
    this.including = including;
    this.excluding = excluding;
    this.candidates =
        candidates(step == null ? Step.STEP_1 : step, violating, including, excluding);
    checkArgument(
        !candidates.isEmpty(),
        "no set of support needs %s breaks exactly %s at %s",
        describe(including, excluding),
        violating,
        step == null ? "steps 1-3" : "step " + step.id());
  }

  static SupportNeedsGen valid() {
    return new SupportNeedsGen(null, ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());
  }

  /**
   * The sets judged at one step.
   *
   * @param at the step
   * @return the generator
   * @throws IllegalArgumentException if no set qualifies
   */
  public SupportNeedsGen atStep(Step at) {
    return new SupportNeedsGen(at, violating, including, excluding);
  }

  /**
   * The sets judged at one step.
   *
   * @param at the step number, 1–4
   * @return the generator
   * @throws IllegalArgumentException if the step is not 1–4, or no set qualifies
   */
  public SupportNeedsGen atStep(int at) {
    return atStep(Step.of(at));
  }

  /**
   * Sets that break exactly these rules, and no other of SN-1, SN-2, SN-4.
   *
   * @param rules among {@link SupportNeedRuleIds#SN_1}, {@link SupportNeedRuleIds#SN_2}, {@link
   *     SupportNeedRuleIds#SN_4}
   * @return the generator
   * @throws IllegalArgumentException if a rule is SN-3 (it permits, it is never broken) or not a
   *     support-need rule, or no set breaks exactly these rules at the step
   */
  public SupportNeedsGen violating(RuleId... rules) {
    return new SupportNeedsGen(step, checkedRules(rules), including, excluding);
  }

  /**
   * Sets that break exactly these rules; see {@link #violating(RuleId...)}.
   *
   * @param rules rule ids such as {@code "SN-1"}
   * @return the generator
   */
  public SupportNeedsGen violating(String... rules) {
    return violating(Arrays.stream(rules).map(RuleId::of).toArray(RuleId[]::new));
  }

  /**
   * Sets that contain these needs.
   *
   * @param needs the needs
   * @return the generator
   * @throws IllegalArgumentException if no set qualifies
   */
  public SupportNeedsGen including(SupportNeed... needs) {
    return new SupportNeedsGen(
        step,
        violating,
        ImmutableSet.<SupportNeed>builder().addAll(including).add(needs).build(),
        excluding);
  }

  /**
   * Sets that contain none of these needs.
   *
   * @param needs the needs
   * @return the generator
   * @throws IllegalArgumentException if no set qualifies
   */
  public SupportNeedsGen excluding(SupportNeed... needs) {
    return new SupportNeedsGen(
        step,
        violating,
        including,
        ImmutableSet.<SupportNeed>builder().addAll(excluding).add(needs).build());
  }

  /**
   * Every qualifying set, smallest first.
   *
   * @return the sets
   */
  public List<SortedSet<SupportNeed>> all() {
    return candidates;
  }

  @Override
  public SortedSet<SupportNeed> generate(Source source) {
    return candidates.get(source.index(candidates.size()));
  }

  static ImmutableSet<RuleId> checkedRules(RuleId... rules) {
    for (RuleId r : rules) {
      checkArgument(
          !r.equals(SupportNeedRuleIds.SN_3),
          "SN-3 permits needs 5 and 6 on their own; it cannot be violated");
      checkArgument(
          SupportNeedRuleIds.BREAKABLE.contains(r),
          "%s is not a support-need rule that a set of needs can break (SN-1, SN-2, SN-4)",
          r);
    }
    return ImmutableSet.copyOf(rules);
  }

  static List<SortedSet<SupportNeed>> candidates(
      Step at, Set<RuleId> violating, Set<SupportNeed> including, Set<SupportNeed> excluding) {
    return SupportNeedRuleIds.ALL_SUBSETS.stream()
        .filter(s -> s.containsAll(including) && s.stream().noneMatch(excluding::contains))
        .filter(s -> SupportNeedRuleIds.broken(s, at).equals(violating))
        .collect(ImmutableList.toImmutableList());
  }

  private static String describe(Set<SupportNeed> including, Set<SupportNeed> excluding) {
    return (including.isEmpty() ? "" : "with " + ids(including) + " ")
        + (excluding.isEmpty() ? "" : "without " + ids(excluding));
  }

  private static List<Integer> ids(Set<SupportNeed> needs) {
    return needs.stream().map(SupportNeed::id).sorted().toList();
  }
}
