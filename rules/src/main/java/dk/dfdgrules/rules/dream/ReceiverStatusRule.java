/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.Optional;

/**
 * DRM-5 — receiver status 52 weeks later (Dream Modtagerstatus, FLIS-DREAM §6.1.6): for a person
 * whose group at week t is not "Ingen ydelse", "Modtager forsat ydelse" (sic) if the group at t+52
 * is the same, "Modtager ikke længere ydelse" if it is "Ingen ydelse", otherwise "Modtager anden
 * ydelse".
 *
 * <p>Source: FLIS-DREAM §6.1.6 "Det er muligt at sorterer om borgeren ’Modtager anden ydelse’,
 * ’Modtager forsat ydelse’ eller ’Modtager ikke længere ydelse’"; §8 "i samme, anden eller ingen
 * ydelse et år".
 *
 * <p><em>Interpretations</em> (spec DRM-5): "same" is judged at group level; t+52 is 52 ISO weeks
 * later ({@link IsoWeek#plusWeeks(long)}: 2020-W38 → 2021-W37), not the same week number next year;
 * a week t+52 beyond the data gives {@link StatusOutcome#UNKNOWN}, left out of the status counts
 * and counted as such; 997/999 at t+52 gives {@link StatusOutcome#LEFT_POPULATION}.
 *
 * <p>As a rule: {@link DreamRules#DRM_5} (the standard table) or {@link #evaluate(DreamSeries,
 * IsoWeek)} (this rule's table), both deriving {@link #GROUP_LATER} and {@link #STATUS} at the
 * week.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReceiverStatusRule {

  /** The distance of the follow-up: 52 ISO weeks. */
  public static final int WEEKS_LATER = 52;

  /**
   * DRM-5: where the person is 52 weeks after a week t, {@code groupLater[2019-W38]} ("Dream
   * Ydelsesgruppe 52 uger efter"): a group, left the population, or beyond the data.
   */
  public static final DerivedKey<FollowUp> GROUP_LATER =
      DerivedKey.of("groupLater[]", FollowUp.class);

  /**
   * DRM-5: the receiver status of a person receiving a benefit at week t, {@code status[2019-W38]};
   * not derived for a person on "Ingen ydelse" at t.
   */
  public static final DerivedKey<StatusOutcome> STATUS =
      DerivedKey.of("status[]", StatusOutcome.class);

  private final BenefitGroupRule groups;

  /**
   * The rule over a group mapping.
   *
   * @param groups the DRM-4 mapping
   */
  public ReceiverStatusRule(BenefitGroupRule groups) {
    this.groups = requireNonNull(groups, "groups");
  }

  /** The DRM-4 mapping. */
  BenefitGroupRule groups() {
    return groups;
  }

  /**
   * The status of a receiver.
   *
   * @param atT the group at week t
   * @param later where the person is at t+52
   * @return the outcome, or empty when the group at t is "Ingen ydelse" (not a receiver)
   */
  public static Optional<StatusOutcome> status(BenefitGroup atT, FollowUp later) {
    int s = statusIndex(atT.ordinal(), later.index());
    return s < 0 ? Optional.empty() : Optional.of(StatusOutcome.values()[s]);
  }

  /**
   * The kernel form of {@link #status(BenefitGroup, FollowUp)}.
   *
   * @param groupIndex the ordinal of the group at t
   * @param followUpIndex the {@link FollowUp#index()} at t+52
   * @return the ordinal of the {@link StatusOutcome}, or -1 when not a receiver
   */
  public static int statusIndex(int groupIndex, int followUpIndex) {
    if (groupIndex == BenefitGroup.NO_BENEFIT.ordinal()) {
      return -1;
    }
    if (followUpIndex == FollowUp.BEYOND_DATA_INDEX) {
      return StatusOutcome.UNKNOWN.ordinal();
    }
    if (followUpIndex == FollowUp.LEFT_POPULATION_INDEX) {
      return StatusOutcome.LEFT_POPULATION.ordinal();
    }
    if (followUpIndex == BenefitGroup.NO_BENEFIT.ordinal()) {
      return StatusOutcome.NO_LONGER.ordinal();
    }
    return followUpIndex == groupIndex
        ? StatusOutcome.CONTINUES.ordinal()
        : StatusOutcome.OTHER_BENEFIT.ordinal();
  }

  /**
   * Where a person is 52 weeks after a week: beyond the data when t+52 is after the series' last
   * week; left the population for a population exit; otherwise the DRM-4 group.
   *
   * @param series the series (its last week is the end of the data)
   * @param t the week
   * @return the follow-up, or empty if the code at t+52 is not in the table
   */
  public Optional<FollowUp> followUp(DreamSeries series, IsoWeek t) {
    IsoWeek later = t.plusWeeks(WEEKS_LATER);
    if (!series.covers(later)) {
      return Optional.of(FollowUp.beyondData());
    }
    int code = series.codeAt(later).orElse(DreamSeries.BLANK);
    if (groups.table().isPopulationExit(code)) {
      return Optional.of(FollowUp.leftPopulation());
    }
    return groups.classify(code, series.visitationAt(later)).map(d -> FollowUp.group(d.group()));
  }

  /**
   * The status of a person at week t as a rule result, the same shape as {@link DreamRules#DRM_5}
   * with this rule's mapping: derived values {@link #GROUP_LATER} and, for a receiver at t, {@link
   * #STATUS}, both at t.
   *
   * @param series the person's series
   * @param t a week inside the series
   * @return the result; violated if a code at t or t+52 is not in the table, undetermined for a
   *     week t outside the series
   */
  public RuleResult evaluate(DreamSeries series, IsoWeek t) {
    return evaluate(series, t, DreamRules.only(DreamRules.DRM_5));
  }

  RuleResult evaluate(DreamSeries series, IsoWeek t, RuleVersion version) {
    if (!series.covers(t)) {
      return RuleResult.undetermined(version, BenefitGroupRule.codesPath(t));
    }
    int code = series.codeAt(t).orElse(DreamSeries.BLANK);
    Optional<BenefitGroupRule.Decision> now = groups.classify(code, series.visitationAt(t));
    Optional<FollowUp> later = followUp(series, t);
    if (now.isEmpty() || later.isEmpty()) {
      RuleResult.Builder b = RuleResult.builder(version);
      if (now.isEmpty()) {
        b.error(BenefitGroupRule.codesPath(t), BenefitGroupRule.unknownCode(code, t));
      }
      if (later.isEmpty()) {
        IsoWeek w = t.plusWeeks(WEEKS_LATER);
        b.error(
            BenefitGroupRule.codesPath(w),
            BenefitGroupRule.unknownCode(series.codeAt(w).orElse(DreamSeries.BLANK), w));
      }
      return b.build();
    }
    BenefitGroup group = now.get().group();
    Optional<StatusOutcome> status = status(group, later.get());
    RuleResult.Builder b =
        RuleResult.builder(version)
            .derived(
                GROUP_LATER.at(t),
                later.get(),
                Message.of("DRM-5.later", "week", t.plusWeeks(WEEKS_LATER)));
    if (status.isEmpty()) {
      return b.explanation(Message.of("DRM-5.notReceiver", "week", t)).build();
    }
    return b.derived(STATUS.at(t), status.get(), Message.of("DRM-5.status." + status.get().name()))
        .explanation(
            Message.of(
                "DRM-5.explanation",
                "week",
                t,
                "group",
                group.officialName(),
                "status",
                status.get().displayName()))
        .build();
  }
}
