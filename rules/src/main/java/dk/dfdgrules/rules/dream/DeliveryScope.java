package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.util.Map;

/**
 * DRM-12 — who is in a municipality's delivery: full history for every person who, in any year
 * since 2000, lived in the municipality at the end of the year (the yearly {@code nykom}
 * variable).
 *
 * <p>Source: FLIS-DREAM §9.2 "Der leveres fuld historik for alle borgere, som i et af årene siden
 * 2000 har haft bopæl i kommunen (ultimo året)."
 */
public final class DeliveryScope {

  /** The first year of {@code nykom}. */
  public static final int FIRST_YEAR = 2000;

  private static final RuleVersion VERSION =
      RuleVersion.always(DreamRules.DRM_12, DreamRules.DRM_12_SOURCE);

  private DeliveryScope() {}

  /**
   * Tells whether a person is in a municipality's delivery.
   *
   * @param municipality the municipality code (e.g. 101)
   * @param residenceAtYearEnd the person's residence municipality at the end of each year
   * @return true if any year since 2000 names the municipality
   */
  public static boolean isDelivered(int municipality, Map<Integer, Integer> residenceAtYearEnd) {
    return residenceAtYearEnd.entrySet().stream()
        .anyMatch(e -> e.getKey() >= FIRST_YEAR && e.getValue() == municipality);
  }

  /**
   * The same as a rule result: satisfied either way, with an explanation naming the outcome.
   *
   * @param municipality the municipality code
   * @param residenceAtYearEnd the residence per year
   * @return the result
   */
  public static RuleResult evaluate(int municipality, Map<Integer, Integer> residenceAtYearEnd) {
    boolean in = isDelivered(municipality, residenceAtYearEnd);
    return RuleResult.builder(VERSION)
        .explanation(Message.of(in ? "DRM-12.delivered" : "DRM-12.notDelivered", "municipality", municipality))
        .build();
  }
}
