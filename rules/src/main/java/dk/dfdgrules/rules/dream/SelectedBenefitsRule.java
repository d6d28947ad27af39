package dk.dfdgrules.rules.dream;

import dk.dfdgrules.codelists.BenefitGroup;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * DRM-6 — the selected benefits (udvalgte ydelser, FLIS-DREAM §7.1.1): the six groups
 * kontanthjælp, integrationsydelse and uddannelseshjælp, job-ready and activity-ready. For a
 * person on one of them at t: "fortsat en af udvalgte ydelser" if on any of the six at t+52,
 * "anden ydelse end udvalgte" if on another group, "ikke længere ydelser" if "Ingen ydelse".
 *
 * <p>Source: FLIS-DREAM §7.1.1 "Tæller alle borgere der modtager udvalgte ydelser
 * (Uddannelseshjælp – Jobparate og aktivitetsparate, kontanthjælp – Jobparate og aktivitetsparate,
 * Integrationsydelse – Jobparate og Aktivitetsparate)".
 *
 * <p><em>Interpretation</em>: as for DRM-5, 997/999 at t+52 is {@link
 * SelectedOutcome#LEFT_POPULATION} and t+52 beyond the data is {@link SelectedOutcome#UNKNOWN}.
 */
public final class SelectedBenefitsRule {

  /** The six selected groups. */
  public static final Set<BenefitGroup> SELECTED =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(
              BenefitGroup.CASH_BENEFIT_JOB_READY,
              BenefitGroup.CASH_BENEFIT_ACTIVITY_READY,
              BenefitGroup.INTEGRATION_BENEFIT_JOB_READY,
              BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY,
              BenefitGroup.EDUCATION_BENEFIT_JOB_READY,
              BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY));

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
}
