/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.generators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dk.dfdgrules.codelists.Step;
import dk.dfdgrules.codelists.SupportNeed;
import dk.dfdgrules.core.rule.RuleId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * The rule ids of the support-need rules (DFDG-RN-2021-12-06 §3.2), and the testkit's own reading
 * of which of them a set of needs breaks at a step — used to <em>generate</em> plans that break
 * exactly the rules asked for. It is a test oracle written from the specification, independent of
 * the {@code rules} module (which the testkit must not depend on), so a property comparing the two
 * checks one against the other.
 *
 * <ul>
 *   <li>{@link #SN_1}: need 1 cannot be given together with 2 and/or 3;
 *   <li>{@link #SN_2}: need 4 only if 2 and/or 3 is given;
 *   <li>{@link #SN_3}: needs 5 and 6 may stand alone — it permits, it is never broken;
 *   <li>{@link #SN_4}: at step 4 at least one of 1, 2, 3 is given.
 * </ul>
 */
public final class SupportNeedRuleIds {

  /** SN-1: need 1 cannot be given together with 2 and/or 3. */
  public static final RuleId SN_1 = RuleId.of("SN-1");

  /** SN-2: need 4 can only be given if 2 and/or 3 is given. */
  public static final RuleId SN_2 = RuleId.of("SN-2");

  /** SN-3: needs 5 and 6 may be given without any other need; never a violation. */
  public static final RuleId SN_3 = RuleId.of("SN-3");

  /** SN-4: saving an education plan at step 4 requires at least one of needs 1, 2, 3. */
  public static final RuleId SN_4 = RuleId.of("SN-4");

  /** The rules a set of needs can break: SN-1, SN-2, SN-4. */
  public static final ImmutableSet<RuleId> BREAKABLE = ImmutableSet.of(SN_1, SN_2, SN_4);

  /** Every subset of the six needs, smallest first, then by ids. */
  static final ImmutableList<SortedSet<SupportNeed>> ALL_SUBSETS = allSubsets();

  private SupportNeedRuleIds() {}

  /**
   * The support-need rules a set of needs breaks at a step, as the testkit reads the spec.
   *
   * @param needs the needs
   * @param step the step
   * @return the ids among {@link #BREAKABLE}, in order
   */
  public static ImmutableSortedSet<RuleId> broken(Set<SupportNeed> needs, Step step) {
    boolean one = needs.contains(SupportNeed.NONE_ASSESSED);
    boolean twoOrThree =
        needs.contains(SupportNeed.ACADEMIC)
            || needs.contains(SupportNeed.SOCIAL_PERSONAL_OR_HEALTH);
    ImmutableSortedSet.Builder<RuleId> out = ImmutableSortedSet.naturalOrder();
    if (one && twoOrThree) {
      out.add(SN_1);
    }
    if (needs.contains(SupportNeed.DOCUMENTED) && !twoOrThree) {
      out.add(SN_2);
    }
    if (step == Step.STEP_4 && !one && !twoOrThree) {
      out.add(SN_4);
    }
    return out.build();
  }

  private static ImmutableList<SortedSet<SupportNeed>> allSubsets() {
    SupportNeed[] all = SupportNeed.values();
    ImmutableList.Builder<SortedSet<SupportNeed>> out = ImmutableList.builder();
    List<SortedSet<SupportNeed>> subsets = new java.util.ArrayList<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<SupportNeed> s = EnumSet.noneOf(SupportNeed.class);
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(all[i]);
        }
      }
      subsets.add(ImmutableSortedSet.copyOf(s));
    }
    subsets.sort(
        Comparator.<SortedSet<SupportNeed>>comparingInt(Set::size)
            .thenComparing(
                s -> s.stream().map(n -> String.valueOf(n.id())).reduce("", String::concat)));
    return out.addAll(subsets).build();
  }
}
