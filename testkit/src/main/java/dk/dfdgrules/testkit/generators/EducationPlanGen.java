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
import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import dk.dfdgrules.core.rule.RuleId;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.Source;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;

/**
 * Education plans (uddannelsesplaner, also combination plans): a step, a set of support needs, a
 * plan type and an optional jobcentre contact (type 32, valid by EC-1 and EC-4).
 *
 * <p>By default the plans are <em>valid</em>: their needs break none of SN-1, SN-2, SN-4 at their
 * step. {@link #violating(RuleId...)} gives plans that break exactly the given rules and no other
 * of them, at their step (see {@link SupportNeedsGen}).
 *
 * <p>Defaults: every step equally likely (so about a quarter of the plans are at step 4), the plan
 * type 'Uddannelsesplan' or 'Kombiplan', a jobcentre contact about half the time. Shrinks towards
 * step 1, the smallest qualifying set of needs, an education plan without contact.
 *
 * <pre>{@code
 * educationPlans().atStep(4)
 * educationPlans().violating(SN_2)      // breaks SN-2 and neither SN-1 nor SN-4
 * }</pre>
 */
public final class EducationPlanGen implements Gen<EducationPlan> {

  /** Whether a plan has a jobcentre contact. */
  private enum Contact {
    SOMETIMES,
    ALWAYS,
    NEVER
  }

  private final ImmutableSet<Step> steps;
  private final ImmutableSet<RuleId> violating;
  private final ImmutableSet<SupportNeed> including;
  private final ImmutableSet<SupportNeed> excluding;
  private final ImmutableList<PlanType> planTypes;
  private final Contact contact;
  private final List<Step> usableSteps;
  private final List<List<SortedSet<SupportNeed>>> needsPerStep;

  private EducationPlanGen(
      ImmutableSet<Step> steps,
      ImmutableSet<RuleId> violating,
      ImmutableSet<SupportNeed> including,
      ImmutableSet<SupportNeed> excluding,
      ImmutableList<PlanType> planTypes,
      Contact contact) {
    this.steps = steps;
    this.violating = violating;
    this.including = including;
    this.excluding = excluding;
    this.planTypes = planTypes;
    this.contact = contact;
    ImmutableList.Builder<Step> usable = ImmutableList.builder();
    ImmutableList.Builder<List<SortedSet<SupportNeed>>> needs = ImmutableList.builder();
    for (Step s : steps) {
      List<SortedSet<SupportNeed>> c =
          SupportNeedsGen.candidates(s, violating, including, excluding);
      if (!c.isEmpty()) {
        usable.add(s);
        needs.add(c);
      }
    }
    this.usableSteps = usable.build();
    this.needsPerStep = needs.build();
    checkArgument(
        !usableSteps.isEmpty(),
        "no education plan at step(s) %s breaks exactly %s",
        steps.stream().map(Step::id).toList(),
        violating);
  }

  static EducationPlanGen valid() {
    return new EducationPlanGen(
        ImmutableSet.copyOf(Step.values()),
        ImmutableSet.of(),
        ImmutableSet.of(),
        ImmutableSet.of(),
        ImmutableList.of(PlanType.EDUCATION_PLAN, PlanType.COMBINATION_PLAN),
        Contact.SOMETIMES);
  }

  /**
   * Plans at one step.
   *
   * @param step the step number, 1–4
   * @return the generator
   * @throws IllegalArgumentException if the step is not 1–4, or no plan qualifies
   */
  public EducationPlanGen atStep(int step) {
    return atSteps(Step.of(step));
  }

  /**
   * Plans at some steps, each equally likely.
   *
   * @param at the steps
   * @return the generator
   * @throws IllegalArgumentException if no plan qualifies
   */
  public EducationPlanGen atSteps(Step... at) {
    checkArgument(at.length > 0, "name at least one step");
    return new EducationPlanGen(
        ImmutableSet.copyOf(at), violating, including, excluding, planTypes, contact);
  }

  /**
   * Plans that break exactly these rules at their step, and no other of SN-1, SN-2, SN-4. Steps
   * where no set of needs does so are left out ({@code violating(SN_4)} gives plans at step 4).
   *
   * @param rules among SN-1, SN-2, SN-4
   * @return the generator
   * @throws IllegalArgumentException if a rule is SN-3 or not a support-need rule, or no plan
   *     qualifies
   */
  public EducationPlanGen violating(RuleId... rules) {
    return new EducationPlanGen(
        steps, SupportNeedsGen.checkedRules(rules), including, excluding, planTypes, contact);
  }

  /**
   * Plans that break exactly these rules; see {@link #violating(RuleId...)}.
   *
   * @param rules rule ids such as {@code "SN-2"}
   * @return the generator
   */
  public EducationPlanGen violating(String... rules) {
    return violating(Arrays.stream(rules).map(RuleId::of).toArray(RuleId[]::new));
  }

  /**
   * Plans whose needs include these.
   *
   * @param needs the needs
   * @return the generator
   * @throws IllegalArgumentException if no plan qualifies
   */
  public EducationPlanGen withSupportNeeds(SupportNeed... needs) {
    return new EducationPlanGen(
        steps,
        violating,
        ImmutableSet.<SupportNeed>builder().addAll(including).add(needs).build(),
        excluding,
        planTypes,
        contact);
  }

  /**
   * Plans whose needs include none of these.
   *
   * @param needs the needs
   * @return the generator
   * @throws IllegalArgumentException if no plan qualifies
   */
  public EducationPlanGen withoutSupportNeeds(SupportNeed... needs) {
    return new EducationPlanGen(
        steps,
        violating,
        including,
        ImmutableSet.<SupportNeed>builder().addAll(excluding).add(needs).build(),
        planTypes,
        contact);
  }

  /**
   * Plans of given types.
   *
   * @param types at least one plan type
   * @return the generator
   */
  public EducationPlanGen ofPlanTypes(PlanType... types) {
    checkArgument(types.length > 0, "name at least one plan type");
    return new EducationPlanGen(
        steps, violating, including, excluding, ImmutableList.copyOf(types), contact);
  }

  /**
   * Plans that always have a jobcentre contact.
   *
   * @return the generator
   */
  public EducationPlanGen withJobcentreContact() {
    return new EducationPlanGen(steps, violating, including, excluding, planTypes, Contact.ALWAYS);
  }

  /**
   * Plans that never have a jobcentre contact.
   *
   * @return the generator
   */
  public EducationPlanGen withoutJobcentreContact() {
    return new EducationPlanGen(steps, violating, including, excluding, planTypes, Contact.NEVER);
  }

  @Override
  public EducationPlan generate(Source source) {
    int s = source.index(usableSteps.size());
    List<SortedSet<SupportNeed>> needs = needsPerStep.get(s);
    EducationPlan.Builder b =
        EducationPlan.builder()
            .step(usableSteps.get(s))
            .supportNeeds(needs.get(source.index(needs.size())))
            .planType(planTypes.get(source.index(planTypes.size())));
    boolean withContact =
        switch (contact) {
          case ALWAYS -> true;
          case NEVER -> false;
          case SOMETIMES -> source.coin(0.5);
        };
    if (withContact) {
      b.jobcentreContact(source.draw(DfdgGenerators.jobcentreContacts()));
    }
    return b.build();
  }
}
