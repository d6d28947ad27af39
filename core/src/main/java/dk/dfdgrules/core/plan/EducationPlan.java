/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.plan;

import dk.dfdgrules.codelists.PlanType;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.contact.JobcentreContact;
import dk.dfdgrules.core.validation.ValidSupportNeeds;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Uddannelsesplan — a young person's education plan (or combination plan): its plan type, its step
 * (trin 1–4) and the support needs (støttebehov) the jobcentre registered.
 *
 * <p>The support needs are a set of code values; there is no free text (SN-5). Whether the set is
 * allowed at the step is a rule (SN-1 … SN-4), never checked here.
 *
 * <p>Bean Validation: the plan carries {@link ValidSupportNeeds} (SN-1 … SN-4) and cascades to its
 * jobcentre contact, which carries {@link dk.dfdgrules.core.validation.ValidEducationContact}
 * (EC-1, EC-4, paths {@code jobcentreContact.…}); {@code validator.validate(plan)} reports them
 * when {@code dfdg-rules} is on the class path (see {@link dk.dfdgrules.core.validation}).
 */
@ValidSupportNeeds
@Value.Immutable
public abstract class EducationPlan {

  EducationPlan() {}

  /**
   * The plan type: an education plan or a combination plan.
   *
   * @return the type; {@link PlanType#EDUCATION_PLAN} unless set
   */
  @Value.Default
  public PlanType getPlanType() {
    return PlanType.EDUCATION_PLAN;
  }

  /**
   * Trin — the step of the education order.
   *
   * @return the step
   */
  public abstract Step getStep();

  /**
   * Støttebehov — the registered support needs, in id order.
   *
   * @return the needs, possibly none
   */
  @Value.NaturalOrder
  public abstract SortedSet<SupportNeed> getSupportNeeds();

  /**
   * The responsible jobcentre contact (type 32), when one is registered. Bean Validation cascades
   * to it ({@code @Valid}), so its own constraints are checked with the plan's.
   *
   * @return the contact
   */
  public abstract Optional<@Valid JobcentreContact> getJobcentreContact();

  /**
   * A plan at a step with support needs.
   *
   * @param step the step
   * @param needs the support needs
   * @return the plan
   */
  public static EducationPlan of(Step step, SupportNeed... needs) {
    return builder().step(step).addSupportNeeds(needs).build();
  }

  /**
   * Starts a plan.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EducationPlan}. */
  public static final class Builder extends ImmutableEducationPlan.Builder {
    Builder() {}
  }
}
