package dk.dfdgrules.rules.dream;

import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.BenefitGroup;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.rule.DerivedValue;
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
 * <p><em>Interpretations</em> (spec DRM-5): "same" is judged at group level; t+52 is 52
 * ISO weeks later ({@link IsoWeek#plusWeeks(long)}: 2020-W38 → 2021-W37), not the same week
 * number next year; a week t+52 beyond the data gives {@link StatusOutcome#UNKNOWN}, left out of
 * the status counts and counted as such; 997/999 at t+52 gives {@link
 * StatusOutcome#LEFT_POPULATION}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReceiverStatusRule {

  /** The distance of the follow-up: 52 ISO weeks. */
  public static final int WEEKS_LATER = 52;

  private static final RuleVersion VERSION =
      RuleVersion.always(DreamRules.DRM_5, DreamRules.DRM_5_SOURCE);

  private final BenefitGroupRule groups;

  /**
   * The rule over a group mapping.
   *
   * @param groups the DRM-4 mapping
   */
  public ReceiverStatusRule(BenefitGroupRule groups) {
    this.groups = requireNonNull(groups, "groups");
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
    return groups
        .classify(code, series.visitationAt(later))
        .map(d -> FollowUp.group(d.group()));
  }

  /**
   * The status of a person at week t, as a rule result: derived values {@code group}, {@code
   * groupLater} and {@code status} (absent for a non-receiver), with the citation.
   *
   * @param series the person's series
   * @param t a week inside the series
   * @return the result; violated if a code is not in the table
   */
  public RuleResult evaluate(DreamSeries series, IsoWeek t) {
    int code = series.codeAt(t).orElse(DreamSeries.BLANK);
    Optional<BenefitGroupRule.Decision> now = groups.classify(code, series.visitationAt(t));
    Optional<FollowUp> later = followUp(series, t);
    if (now.isEmpty() || later.isEmpty()) {
      return RuleResult.builder(VERSION)
          .error("codes", Message.of("DRM-4.unknownCode", "code", code, "week", t))
          .build();
    }
    Optional<StatusOutcome> status = status(now.get().group(), later.get());
    RuleResult.Builder b =
        RuleResult.builder(VERSION)
            .derived(
                DerivedValue.of(
                    "group[" + t + "]",
                    now.get().group().officialName(),
                    DreamRules.DRM_4,
                    Message.of("DRM-4.basis." + now.get().basis().name(), "code", code, "group", now.get().group().officialName())))
            .derived(
                DerivedValue.of(
                    "groupLater[" + t + "]",
                    later.get().displayName(),
                    DreamRules.DRM_5,
                    Message.of("DRM-5.later", "week", t.plusWeeks(WEEKS_LATER))));
    if (status.isPresent()) {
      b.derived(
              DerivedValue.of(
                  "status[" + t + "]",
                  status.get().displayName(),
                  DreamRules.DRM_5,
                  Message.of("DRM-5.status." + status.get().name())))
          .explanation(
              Message.of(
                  "DRM-5.explanation",
                  "week",
                  t,
                  "group",
                  now.get().group().officialName(),
                  "status",
                  status.get().displayName()));
    } else {
      b.explanation(Message.of("DRM-5.notReceiver", "week", t));
    }
    return b.build();
  }
}
