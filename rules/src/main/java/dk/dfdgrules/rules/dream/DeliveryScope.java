/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.util.Map;

/**
 * DRM-12 — who is in a municipality's delivery: full history for every person who, in any year
 * since 2000, lived in the municipality at the end of the year (the yearly {@code nykom} variable).
 *
 * <p>Source: FLIS-DREAM §9.2 "Der leveres fuld historik for alle borgere, som i et af årene siden
 * 2000 har haft bopæl i kommunen (ultimo året)."
 *
 * <p>As a rule: {@link DreamRules#DRM_12} or {@link #evaluate(int, Map)}, the same, deriving {@link
 * #DELIVERED}.
 */
public final class DeliveryScope {

  /** The first year of {@code nykom}. */
  public static final int FIRST_YEAR = 2000;

  /** DRM-12: whether the person is in the municipality's delivery. */
  public static final DerivedKey<Boolean> DELIVERED = DerivedKey.of("delivered", Boolean.class);

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
   * The same as a rule result, the same as {@link DreamRules#DRM_12}: satisfied either way, with
   * the derived value {@link #DELIVERED} and an explanation naming the outcome.
   *
   * @param municipality the municipality code
   * @param residenceAtYearEnd the residence per year
   * @return the result
   */
  public static RuleResult evaluate(int municipality, Map<Integer, Integer> residenceAtYearEnd) {
    return evaluate(
        new DreamRules.Residence(municipality, residenceAtYearEnd),
        DreamRules.only(DreamRules.DRM_12));
  }

  static RuleResult evaluate(DreamRules.Residence facts, RuleVersion version) {
    boolean in = isDelivered(facts.municipality(), facts.residenceAtYearEnd());
    Message why =
        Message.of(
            in ? "DRM-12.delivered" : "DRM-12.notDelivered", "municipality", facts.municipality());
    return RuleResult.builder(version).derived(DELIVERED, in, why).explanation(why).build();
  }
}
