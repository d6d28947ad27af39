/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.codelists;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dream Ydelsesgruppe — the 17 DREAM benefit groups.
 *
 * <p>Source: FLIS-DREAM §6.1.10, which gives each group a current and a coming name ("Nuværende
 * navne / Kommende navne") without saying when the switch happens. <strong>Decision:</strong> the
 * {@linkplain #officialName() official (display) name} is the <em>coming</em> name, spelled exactly
 * as published ("Jobafklaring -" with its hyphen): the source announces it as the replacement, and
 * spec DRM-4 names the groups by it. The current name ("Jobafklaring - LAB 14") stays available
 * through {@link #currentName()} and is an alias, as are the extra aliases listed per constant.
 * Both names are also the attributes {@code currentName} and {@code comingName} of the group's
 * {@link Code}.
 *
 * <p>The groups have no ids in the source. The default group of each DREAM benefit code (DRM-4) is
 * the attribute {@code group} of the list {@link CodeLists#DREAM_BENEFIT_CODES}; see {@link
 * #defaultFor(String)}.
 */
public enum BenefitGroup implements UnnumberedCode {
  /** "Ingen ydelse" (both names). */
  NO_BENEFIT("Ingen ydelse", "Ingen ydelse"),
  /** "A-dagpenge - LAB 1" → "A-dagpenge". */
  UNEMPLOYMENT_BENEFIT("A-dagpenge - LAB 1", "A-dagpenge"),
  /** "Kontanthjælp - LAB 2 (Jobparate)" → "Kontanthjælp - (Jobparate)". */
  CASH_BENEFIT_JOB_READY("Kontanthjælp - LAB 2 (Jobparate)", "Kontanthjælp - (Jobparate)"),
  /** "Integrationsydelse - LAB 2, 12 (Jobparate)" → "Integrationsydelse - (Jobparate)". */
  INTEGRATION_BENEFIT_JOB_READY(
      "Integrationsydelse - LAB 2, 12 (Jobparate)", "Integrationsydelse - (Jobparate)"),
  /** "Kontanthjælp - LAB 3 (Aktivitetsparate)" → "Kontanthjælp - (Aktivitetsparate)". */
  CASH_BENEFIT_ACTIVITY_READY(
      "Kontanthjælp - LAB 3 (Aktivitetsparate)", "Kontanthjælp - (Aktivitetsparate)"),
  /**
   * "Integrationsydelse - LAB 3, 13 (Aktivitetsparate)" → "Integrationsydelse -
   * (Aktivitetsparate)".
   */
  INTEGRATION_BENEFIT_ACTIVITY_READY(
      "Integrationsydelse - LAB 3, 13 (Aktivitetsparate)",
      "Integrationsydelse - (Aktivitetsparate)"),
  /** "Forrevalidering - LAB 4" → "Forrevalidering" (pre-rehabilitation). */
  PRE_REHABILITATION("Forrevalidering - LAB 4", "Forrevalidering"),
  /** "Revalidering - LAB 4" → "Revalidering" (rehabilitation). */
  REHABILITATION("Revalidering - LAB 4", "Revalidering"),
  /** "Sygedagpenge - LAB 5" → "Sygedagpenge" (sickness benefit). */
  SICKNESS_BENEFIT("Sygedagpenge - LAB 5", "Sygedagpenge"),
  /** "Førtidspension - LAB 6" → "Førtidspension" (disability pension). */
  DISABILITY_PENSION("Førtidspension - LAB 6", "Førtidspension"),
  /** "Fleksjob - LAB 7" → "Fleksjob". */
  FLEXJOB("Fleksjob - LAB 7", "Fleksjob"),
  /**
   * "Ledighedsydelse - LAB 7" → "Ledighedsydelse" (benefit of the unemployed visitated to flexjob).
   */
  FLEXJOB_UNEMPLOYMENT_BENEFIT("Ledighedsydelse - LAB 7", "Ledighedsydelse"),
  /** "Ressourceforløb - LAB 11" → "Ressourceforløb" (resource course). */
  RESOURCE_COURSE("Ressourceforløb - LAB 11", "Ressourceforløb"),
  /** "Uddannelseshjælp - LAB 12 (Jobparate)" → "Uddannelseshjælp - (Jobparate)". */
  EDUCATION_BENEFIT_JOB_READY(
      "Uddannelseshjælp - LAB 12 (Jobparate)", "Uddannelseshjælp - (Jobparate)"),
  /** "Uddannelseshjælp - LAB 13 (Aktivitetsparate)" → "Uddannelseshjælp - (Aktivitetsparate)". */
  EDUCATION_BENEFIT_ACTIVITY_READY(
      "Uddannelseshjælp - LAB 13 (Aktivitetsparate)", "Uddannelseshjælp - (Aktivitetsparate)"),
  /** "Jobafklaring - LAB 14" → "Jobafklaring -" (alias "Jobafklaring"; job clarification). */
  JOB_CLARIFICATION("Jobafklaring - LAB 14", "Jobafklaring -", "Jobafklaring"),
  /** "Anden ydelse" (both names). */
  OTHER_BENEFIT("Anden ydelse", "Anden ydelse");

  private final String currentName;
  private final String comingName;
  private final ImmutableList<String> aliases;

  BenefitGroup(String currentName, String comingName, String... extraAliases) {
    this.currentName = currentName;
    this.comingName = comingName;
    ImmutableList.Builder<String> b = ImmutableList.builder();
    if (!currentName.equals(comingName)) {
      b.add(currentName);
    }
    this.aliases = b.add(extraAliases).build();
  }

  /**
   * The current name ("Nuværende navne"), as published: "Jobafklaring - LAB 14".
   *
   * @return the name
   */
  public String currentName() {
    return currentName;
  }

  /**
   * The coming name ("Kommende navne"), as published: "Jobafklaring -".
   *
   * @return the name
   */
  public String comingName() {
    return comingName;
  }

  /** The groups have no ids in the source: always empty. */
  /** The coming name (see the class javadoc for why). */
  @Override
  public String officialName() {
    return comingName;
  }

  /** The current name where it differs, and the extra aliases ("Jobafklaring"). */
  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** {@code currentName} and {@code comingName}. */
  @Override
  public Map<String, String> attributes() {
    return ImmutableMap.of("currentName", currentName, "comingName", comingName);
  }

  /**
   * Whether the group is one of the six "udvalgte ydelser" of FLIS-DREAM §7.1.1 (DRM-6):
   * kontanthjælp, integrationsydelse and uddannelseshjælp, job-ready and activity-ready.
   *
   * @return true for the six selected groups
   */
  public boolean isSelected() {
    return switch (this) {
      case CASH_BENEFIT_JOB_READY,
          CASH_BENEFIT_ACTIVITY_READY,
          INTEGRATION_BENEFIT_JOB_READY,
          INTEGRATION_BENEFIT_ACTIVITY_READY,
          EDUCATION_BENEFIT_JOB_READY,
          EDUCATION_BENEFIT_ACTIVITY_READY ->
          true;
      default -> false;
    };
  }

  /**
   * The group with this name: current or coming name or alias, case- and accent-insensitive as
   * {@link CodeList#byName(String)} ("jobafklaring", "Kontanthjælp – (jobparate)", "A-dagpenge -
   * LAB 1").
   *
   * @param name any string
   * @return the group, or empty
   */
  public static Optional<BenefitGroup> byName(String name) {
    return CodeLookup.byName(BenefitGroup.class, name);
  }

  /**
   * The default group of a DREAM benefit code when the visitation category is not known (spec
   * DRM-4): the attribute {@code group} of the code in {@link CodeLists#DREAM_BENEFIT_CODES}. A
   * blank week (self-supporting) is not a code: its group is {@link #NO_BENEFIT}, which the caller
   * decides.
   *
   * @param benefitCode a three-digit code such as {@code "111"}
   * @return the group, or empty if the code is not in the list
   */
  public static Optional<BenefitGroup> defaultFor(String benefitCode) {
    return CodeLists.get(CodeLists.DREAM_BENEFIT_CODES)
        .byId(benefitCode)
        .flatMap(code -> code.attribute("group"))
        .map(BenefitGroup::valueOf);
  }

  /**
   * The constant a data file (JSON, YAML) names: its official id or code, its constant name or its
   * official Danish name, as {@link OfficialCodes#parse} reads them. Jackson (2 and 3) reads {@code
   * BenefitGroup} through this method, whatever the mapper's configuration.
   *
   * @param value a number or a text
   * @return the constant
   * @throws IllegalArgumentException if {@code value} names no constant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static BenefitGroup from(Object value) {
    return OfficialCodes.parse(BenefitGroup.class, value);
  }

  /**
   * The form data files write, as {@link OfficialCodes#externalForm} gives it: the official id (a
   * number for a numbered code), or the constant name when the value has none. Jackson (2 and 3)
   * writes {@code BenefitGroup} through this method.
   *
   * @return an {@link Integer} or a {@link String}
   */
  @JsonValue
  public Object externalForm() {
    return OfficialCodes.externalForm(this);
  }
}
