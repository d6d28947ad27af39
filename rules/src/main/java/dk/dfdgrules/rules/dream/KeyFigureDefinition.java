/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.util.List;
import java.util.Optional;

/**
 * DRM-8 — the key figures (nøgletal) of FLIS-DREAM §8: for each of 8 benefit groups, how many of
 * its receivers are in the same group, another group, or no benefit one year (52 weeks) later: 8 ×
 * 3 = 24 key figures.
 *
 * <p>Source: FLIS-DREAM §8 "For 8 afgræsesde ydelsesgrupper er der vurderet om de enkelte
 * ydelsesmodtagere er i samme, anden eller ingen ydelse et år." The source does not list the 8
 * groups. <em>Interpretation</em> (spec DRM-8): the default is A-dagpenge, Sygedagpenge and the six
 * selected groups (DRM-6); a caller may choose others ({@link #of(List)}).
 *
 * <p>As a rule: {@link DreamRules#DRM_8} (the standard definition) or {@link
 * #evaluate(BenefitGroup, FollowUp)} (this definition), both deriving {@link #COUNTED} and, for a
 * person counted, {@link #GROUP} and {@link #OUTCOME}: the key figure that counts the person.
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (FLIS-DREAM §2).
 *
 * @param groups the groups, none of them "Ingen ydelse", no duplicates
 */
public record KeyFigureDefinition(List<BenefitGroup> groups) {

  /** The three outcomes of a key figure, in order. */
  public static final List<StatusOutcome> OUTCOMES =
      List.of(StatusOutcome.CONTINUES, StatusOutcome.OTHER_BENEFIT, StatusOutcome.NO_LONGER);

  /** DRM-8: whether one of the key figures counts the person. */
  public static final DerivedKey<Boolean> COUNTED =
      DerivedKey.of("keyFigure.counted", Boolean.class);

  /** DRM-8: the group of the key figure that counts the person (the group at t). */
  public static final DerivedKey<BenefitGroup> GROUP =
      DerivedKey.of("keyFigure.group", BenefitGroup.class);

  /** DRM-8: the outcome of the key figure that counts the person: same, other or no benefit. */
  public static final DerivedKey<StatusOutcome> OUTCOME =
      DerivedKey.of("keyFigure.outcome", StatusOutcome.class);

  /**
   * Checks the groups.
   *
   * @throws IllegalArgumentException if a group is "Ingen ydelse" or repeated, or none is given
   */
  public KeyFigureDefinition {
    groups = ImmutableList.copyOf(groups);
    checkArgument(!groups.isEmpty(), "at least one group");
    checkArgument(!groups.contains(BenefitGroup.NO_BENEFIT), "'Ingen ydelse' has no key figure");
    checkArgument(groups.stream().distinct().count() == groups.size(), "groups repeat: %s", groups);
  }

  /**
   * The default 8 groups: A-dagpenge, Sygedagpenge and the six selected groups.
   *
   * @return the definition
   */
  public static KeyFigureDefinition standard() {
    return new KeyFigureDefinition(
        List.of(
            BenefitGroup.UNEMPLOYMENT_BENEFIT,
            BenefitGroup.SICKNESS_BENEFIT,
            BenefitGroup.CASH_BENEFIT_JOB_READY,
            BenefitGroup.CASH_BENEFIT_ACTIVITY_READY,
            BenefitGroup.INTEGRATION_BENEFIT_JOB_READY,
            BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY,
            BenefitGroup.EDUCATION_BENEFIT_JOB_READY,
            BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY));
  }

  /**
   * A caller's definition.
   *
   * @param groups the groups
   * @return the definition
   */
  public static KeyFigureDefinition of(List<BenefitGroup> groups) {
    return new KeyFigureDefinition(groups);
  }

  /**
   * The number of key figures: groups × 3 (24 by default).
   *
   * @return the count
   */
  public int size() {
    return groups.size() * OUTCOMES.size();
  }

  /**
   * Which key figure of this definition counts a person, as a rule result, the same shape as {@link
   * DreamRules#DRM_8} with this definition: derived {@link #COUNTED} and, when counted, {@link
   * #GROUP} and {@link #OUTCOME}. A person is counted when the group at t is one of the
   * definition's and the receiver status (DRM-5) is one of the three {@link #OUTCOMES}.
   *
   * @param groupAtT the group at week t
   * @param later where the person is at t+52
   * @return the result, satisfied
   */
  public RuleResult evaluate(BenefitGroup groupAtT, FollowUp later) {
    return evaluate(groupAtT, later, DreamRules.only(DreamRules.DRM_8));
  }

  RuleResult evaluate(BenefitGroup groupAtT, FollowUp later, RuleVersion version) {
    RuleResult.Builder b = RuleResult.builder(version);
    Optional<StatusOutcome> status = ReceiverStatusRule.status(groupAtT, later);
    Message why;
    if (status.isEmpty()) {
      why = Message.of("DRM-8.notReceiver");
    } else if (!groups.contains(groupAtT)) {
      why =
          Message.of("DRM-8.otherGroup", "group", groupAtT.officialName(), "groups", groups.size());
    } else if (!OUTCOMES.contains(status.get())) {
      why = Message.of("DRM-8.outsideOutcomes", "status", status.get().displayName());
    } else {
      Message counted =
          Message.of(
              "DRM-8.counted",
              "group",
              groupAtT.officialName(),
              "status",
              status.get().displayName());
      return b.derived(COUNTED, true, counted)
          .derived(GROUP, groupAtT, counted)
          .derived(OUTCOME, status.get(), counted)
          .explanation(counted)
          .build();
    }
    return b.derived(COUNTED, false, why).explanation(why).build();
  }
}
