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
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The jobcentre publishes an education plan (or combination plan): what the letter rules (LET-1 …
 * LET-5) read.
 *
 * <p>In JSON: {@code {"plan": {"step": 4, "supportNeeds": [2]}, "type1Changes": ["STEP"],
 * "lastLetterSupportNeeds": [2]}}.
 *
 * @param plan the plan as published: step, support needs and the jobcentre contact (type 32) when
 *     one is registered
 * @param type1Changes the {@linkplain Type1Change type-1 changes} the publication contains (empty:
 *     none); needed by LET-5 as released — when left out, LET-5 is undetermined
 * @param lastLetterSupportNeeds the support needs stated in the last letter the citizen got about
 *     this plan; empty when no letter was sent before. Read by the patched LET-5 only.
 */
public record PlanPublication(
    EducationPlan plan,
    Optional<Set<Type1Change>> type1Changes,
    Optional<Set<SupportNeed>> lastLetterSupportNeeds) {

  /**
   * Copies the sets.
   *
   * @throws IllegalArgumentException if {@code plan} is missing
   */
  public PlanPublication(
      EducationPlan plan,
      @Nullable Optional<Set<Type1Change>> type1Changes,
      @Nullable Optional<Set<SupportNeed>> lastLetterSupportNeeds) {
    checkArgument(plan != null, "plan is required: the published education plan");
    this.plan = plan;
    this.type1Changes =
        type1Changes == null ? Optional.empty() : type1Changes.map(ImmutableSortedSet::copyOf);
    this.lastLetterSupportNeeds =
        lastLetterSupportNeeds == null
            ? Optional.empty()
            : lastLetterSupportNeeds.map(ImmutableSortedSet::copyOf);
  }

  /**
   * A publication with type-1 changes, no letter sent before.
   *
   * @param plan the plan
   * @param type1Changes its type-1 changes, possibly none
   * @return the publication
   */
  public static PlanPublication of(EducationPlan plan, Set<Type1Change> type1Changes) {
    return new PlanPublication(plan, Optional.of(type1Changes), Optional.empty());
  }

  /**
   * A copy stating the needs of the last letter sent.
   *
   * @param needs the needs the last letter stated
   * @return the publication
   */
  public PlanPublication withLastLetterSupportNeeds(Set<SupportNeed> needs) {
    return new PlanPublication(plan, type1Changes, Optional.of(needs));
  }
}
