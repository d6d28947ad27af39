/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.supportneed;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.plan.EducationPlan;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the support-need validations (SN-1 … SN-6) read: the education plan being saved — its step
 * (trin) and its support needs (støttebehov) — and the support needs of the plan's previous saved
 * version, which SN-6 needs to tell whether need 4 is registered for the first time.
 *
 * <p>In JSON: {@code {"plan": {"step": 4, "supportNeeds": [2, 4]}, "previousSupportNeeds": [2]}};
 * needs are given by id, constant or official name.
 *
 * @param plan the plan as it is being saved
 * @param previousSupportNeeds the needs of the previous saved version of the plan; empty when there
 *     is no previous version (or it had none). Left out in JSON = empty.
 */
public record SupportNeedFacts(EducationPlan plan, Set<SupportNeed> previousSupportNeeds) {

  /**
   * Copies the needs.
   *
   * @throws IllegalArgumentException if {@code plan} is missing (it is the subject of the
   *     validation, not a fact that may be unknown)
   */
  public SupportNeedFacts(EducationPlan plan, @Nullable Set<SupportNeed> previousSupportNeeds) {
    checkArgument(
        plan != null, "plan is required: the education plan whose support needs are validated");
    this.plan = plan;
    this.previousSupportNeeds =
        previousSupportNeeds == null
            ? ImmutableSortedSet.of()
            : ImmutableSortedSet.copyOf(previousSupportNeeds);
  }

  /**
   * The facts of a plan saved for the first time (no previous version).
   *
   * @param plan the plan
   * @return the facts
   */
  public static SupportNeedFacts of(EducationPlan plan) {
    return new SupportNeedFacts(plan, Set.of());
  }
}
