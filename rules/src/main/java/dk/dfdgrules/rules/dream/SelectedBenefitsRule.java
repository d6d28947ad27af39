/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * DRM-6 — the selected benefits (udvalgte ydelser, FLIS-DREAM §7.1.1): the six groups kontanthjælp,
 * integrationsydelse and uddannelseshjælp, job-ready and activity-ready. For a person on one of
 * them at t: "fortsat en af udvalgte ydelser" if on any of the six at t+52, "anden ydelse end
 * udvalgte" if on another group, "ikke længere ydelser" if "Ingen ydelse".
 *
 * <p>Source: FLIS-DREAM §7.1.1 "Tæller alle borgere der modtager udvalgte ydelser (Uddannelseshjælp
 * – Jobparate og aktivitetsparate, kontanthjælp – Jobparate og aktivitetsparate, Integrationsydelse
 * – Jobparate og Aktivitetsparate)".
 *
 * <p><em>Interpretation</em>: as for DRM-5, 997/999 at t+52 is {@link
 * SelectedOutcome#LEFT_POPULATION} and t+52 beyond the data is {@link SelectedOutcome#UNKNOWN}.
 *
 * <p>As a rule: {@link DreamRules#DRM_6} (the standard table) or {@link #evaluate(BenefitGroupRule,
 * DreamSeries, IsoWeek)} (a caller's mapping), both deriving {@link #OUTCOME} at the week.
 */
public final class SelectedBenefitsRule {

  /**
   * DRM-6: the outcome of a person on one of the six selected groups at week t, {@code
   * selected[2019-W38]}; not derived for anyone else.
   */
  public static final DerivedKey<SelectedOutcome> OUTCOME =
      DerivedKey.of("selected[]", SelectedOutcome.class);

  /** The six selected groups: those {@link BenefitGroup#isSelected()} names. */
  public static final Set<BenefitGroup> SELECTED =
      java.util.Collections.unmodifiableSet(
          EnumSet.copyOf(
              EnumSet.allOf(BenefitGroup.class).stream()
                  .filter(BenefitGroup::isSelected)
                  .toList()));

  private static final boolean[] IS_SELECTED = new boolean[FollowUp.COUNT];

  static {
    for (BenefitGroup g : SELECTED) {
      IS_SELECTED[g.ordinal()] = true;
    }
  }

  private SelectedBenefitsRule() {}

  /**
   * Tells whether a group is one of the six.
   *
   * @param group a group
   * @return true if selected
   */
  public static boolean isSelected(BenefitGroup group) {
    return IS_SELECTED[group.ordinal()];
  }

  /**
   * The outcome for a person at t.
   *
   * @param atT the group at t
   * @param later where the person is at t+52
   * @return the outcome, or empty when the group at t is not one of the six
   */
  public static Optional<SelectedOutcome> outcome(BenefitGroup atT, FollowUp later) {
    int i = outcomeIndex(atT.ordinal(), later.index());
    return i < 0 ? Optional.empty() : Optional.of(SelectedOutcome.values()[i]);
  }

  /**
   * The kernel form of {@link #outcome(BenefitGroup, FollowUp)}.
   *
   * @param groupIndex the ordinal of the group at t
   * @param followUpIndex the {@link FollowUp#index()} at t+52
   * @return the ordinal of the {@link SelectedOutcome}, or -1 when not on a selected benefit
   */
  public static int outcomeIndex(int groupIndex, int followUpIndex) {
    if (!IS_SELECTED[groupIndex]) {
      return -1;
    }
    if (followUpIndex == FollowUp.BEYOND_DATA_INDEX) {
      return SelectedOutcome.UNKNOWN.ordinal();
    }
    if (followUpIndex == FollowUp.LEFT_POPULATION_INDEX) {
      return SelectedOutcome.LEFT_POPULATION.ordinal();
    }
    if (followUpIndex == BenefitGroup.NO_BENEFIT.ordinal()) {
      return SelectedOutcome.NO_LONGER.ordinal();
    }
    return IS_SELECTED[followUpIndex]
        ? SelectedOutcome.CONTINUES_SELECTED.ordinal()
        : SelectedOutcome.OTHER_THAN_SELECTED.ordinal();
  }

  /**
   * The outcome of a person at week t as a rule result, the same shape as {@link DreamRules#DRM_6}
   * with a caller's mapping: derived value {@link #OUTCOME} at t for a person on one of the six
   * selected groups at t.
   *
   * @param groups the DRM-4 mapping
   * @param series the person's series
   * @param t a week inside the series
   * @return the result; violated if a code at t or t+52 is not in the table, undetermined for a
   *     week t outside the series
   */
  public static RuleResult evaluate(BenefitGroupRule groups, DreamSeries series, IsoWeek t) {
    return evaluate(new ReceiverStatusRule(groups), series, t, DreamRules.only(DreamRules.DRM_6));
  }

  static RuleResult evaluate(
      ReceiverStatusRule statuses, DreamSeries series, IsoWeek t, RuleVersion version) {
    if (!series.covers(t)) {
      return RuleResult.undetermined(version, BenefitGroupRule.codesPath(t));
    }
    int code = series.codeAt(t).orElse(DreamSeries.BLANK);
    Optional<BenefitGroupRule.Decision> now =
        statuses.groups().classify(code, series.visitationAt(t));
    if (now.isEmpty()) {
      return RuleResult.builder(version)
          .error(BenefitGroupRule.codesPath(t), BenefitGroupRule.unknownCode(code, t))
          .build();
    }
    BenefitGroup group = now.get().group();
    if (!isSelected(group)) {
      return RuleResult.builder(version)
          .explanation(Message.of("DRM-6.notSelected", "week", t, "group", group.officialName()))
          .build();
    }
    Optional<FollowUp> later = statuses.followUp(series, t);
    if (later.isEmpty()) {
      IsoWeek w = t.plusWeeks(ReceiverStatusRule.WEEKS_LATER);
      return RuleResult.builder(version)
          .error(
              BenefitGroupRule.codesPath(w),
              BenefitGroupRule.unknownCode(series.codeAt(w).orElse(DreamSeries.BLANK), w))
          .build();
    }
    SelectedOutcome outcome = outcome(group, later.get()).orElseThrow();
    return RuleResult.builder(version)
        .derived(
            OUTCOME.at(t),
            outcome,
            Message.of(
                "DRM-6.outcome." + outcome.name(),
                "week",
                t.plusWeeks(ReceiverStatusRule.WEEKS_LATER)))
        .explanation(
            Message.of(
                "DRM-6.explanation",
                "week",
                t,
                "group",
                group.officialName(),
                "outcome",
                outcome.displayName()))
        .build();
  }
}
