package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dk.dfdgrules.codelists.BenefitGroup;
import java.util.List;

/**
 * DRM-8 — the key figures (nøgletal) of FLIS-DREAM §8: for each of 8 benefit groups, how many of
 * its receivers are in the same group, another group, or no benefit one year (52 weeks) later:
 * 8 × 3 = 24 key figures.
 *
 * <p>Source: FLIS-DREAM §8 "For 8 afgræsesde ydelsesgrupper er der vurderet om de enkelte
 * ydelsesmodtagere er i samme, anden eller ingen ydelse et år." The source does not list the 8
 * groups. <em>Interpretation</em> (spec DRM-8): the default is A-dagpenge, Sygedagpenge
 * and the six selected groups (DRM-6); a caller may choose others ({@link #of(List)}).
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (FLIS-DREAM §2).
 *
 * @param groups the groups, none of them "Ingen ydelse", no duplicates
 */
public record KeyFigureDefinition(List<BenefitGroup> groups) {

  /** The three outcomes of a key figure, in order. */
  public static final List<StatusOutcome> OUTCOMES =
      List.of(StatusOutcome.CONTINUES, StatusOutcome.OTHER_BENEFIT, StatusOutcome.NO_LONGER);

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
}
