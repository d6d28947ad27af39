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
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.dream.DreamSeries;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import dk.dfdgrules.core.time.IsoWeek;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * DRM-4 — the benefit group (ydelsesgruppe) of a person-week: its code's group from a {@link
 * BenefitCodeTable}, except that a known visitation category decides job-ready versus
 * activity-ready for the kontanthjælp, integrationsydelse and uddannelseshjælp families.
 *
 * <p>Source: FLIS-DREAM §6.1.10, the groups are built from the benefits "samt kombineres dem med
 * visitationskategorierne ”Jobparat” og ”Aktivitetsparat”". spec DRM-4.
 *
 * <ul>
 *   <li>A blank week (selvforsørget) and the population exits 997/999 are "Ingen ydelse"
 *       (<em>interpretation</em> for 997/999).
 *   <li>With a visitation category: {@code Jobparat} → the family's job-ready group, {@code
 *       Aktivitetsparat} → its activity-ready group; for uddannelseshjælp, {@code Uddannelsesparat}
 *       and {@code Åbenlyst uddannelsesparat} count as job-ready. <em>Interpretation:</em> for
 *       kontanthjælp and integrationsydelse an education-ready category says nothing about
 *       job-ready versus activity-ready, so the code decides.
 *   <li>Without one, the code's default group decides.
 * </ul>
 *
 * <p>As a rule: {@link DreamRules#DRM_4} (the standard table) or {@link #evaluate(DreamSeries,
 * IsoWeek)} (this rule's table), both deriving {@link #GROUP} at the week.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitGroupRule {

  /**
   * DRM-4: the benefit group of a week, {@code group[2019-W38]}; a template, see {@link
   * DerivedKey#at(Object)}.
   */
  public static final DerivedKey<BenefitGroup> GROUP = DerivedKey.of("group[]", BenefitGroup.class);

  /** What decided a week's group. */
  public enum Basis {
    /** A blank week: self-supporting, "Ingen ydelse". */
    BLANK_WEEK,
    /** A population exit (997, 999): "Ingen ydelse". */
    POPULATION_EXIT,
    /** The code's default group. */
    CODE,
    /** The visitation category chose job-ready or activity-ready within the code's family. */
    VISITATION
  }

  /**
   * A week's group and what decided it.
   *
   * @param group the group
   * @param basis what decided
   */
  public record Decision(BenefitGroup group, Basis basis) {}

  private final BenefitCodeTable table;

  /**
   * The rule over a code table.
   *
   * @param table the mapping (the {@linkplain BenefitCodeTable#standard() standard} or a caller's)
   */
  public BenefitGroupRule(BenefitCodeTable table) {
    this.table = requireNonNull(table, "table");
  }

  /**
   * The rule over the standard table.
   *
   * @return the rule
   */
  public static BenefitGroupRule standard() {
    return new BenefitGroupRule(BenefitCodeTable.standard());
  }

  /**
   * The code table.
   *
   * @return the table
   */
  public BenefitCodeTable table() {
    return table;
  }

  /**
   * The group of a week.
   *
   * @param code the week's code, or {@link DreamSeries#BLANK} (0) for a blank week
   * @param visitation the person's visitation category for the week, if known
   * @return the decision, or empty for a code not in the table
   */
  public Optional<Decision> classify(int code, Optional<VisitationCategory> visitation) {
    if (code == DreamSeries.BLANK) {
      return Optional.of(new Decision(BenefitGroup.NO_BENEFIT, Basis.BLANK_WEEK));
    }
    Optional<BenefitGroup> byCode = table.defaultGroup(code);
    if (byCode.isEmpty()) {
      return Optional.empty();
    }
    if (table.isPopulationExit(code)) {
      return Optional.of(new Decision(BenefitGroup.NO_BENEFIT, Basis.POPULATION_EXIT));
    }
    BenefitGroup def = byCode.get();
    if (visitation.isPresent() && familyJobReady(def) != null) {
      Boolean side = visitationSide(def, visitation.get());
      if (side != null) {
        return Optional.of(
            new Decision(side ? familyJobReady(def) : familyActivityReady(def), Basis.VISITATION));
      }
    }
    return Optional.of(new Decision(def, Basis.CODE));
  }

  /**
   * The group of a week in a person's series as a rule result, the same shape as {@link
   * DreamRules#DRM_4} with this rule's table: derived value {@link #GROUP} at the week, what
   * decided in its reason.
   *
   * @param series the person's series
   * @param week a week inside the series
   * @return the result: satisfied with the group, violated for a code not in the table,
   *     undetermined for a week outside the series
   */
  public RuleResult evaluate(DreamSeries series, IsoWeek week) {
    return evaluate(series, week, DreamRules.only(DreamRules.DRM_4));
  }

  RuleResult evaluate(DreamSeries series, IsoWeek week, RuleVersion version) {
    if (!series.covers(week)) {
      return RuleResult.undetermined(version, codesPath(week));
    }
    int code = series.codeAt(week).orElse(DreamSeries.BLANK);
    Optional<Decision> d = classify(code, series.visitationAt(week));
    if (d.isEmpty()) {
      return RuleResult.builder(version).error(codesPath(week), unknownCode(code, week)).build();
    }
    BenefitGroup group = d.get().group();
    return RuleResult.builder(version)
        .derived(
            GROUP.at(week),
            group,
            Message.of(
                "DRM-4.basis." + d.get().basis().name(),
                "code",
                code,
                "group",
                group.officialName()))
        .explanation(Message.of("DRM-4.group", "week", week, "group", group.officialName()))
        .build();
  }

  /** The path of a week's code in a series, {@code codes[2019-W38]}. */
  static String codesPath(IsoWeek week) {
    return "codes[" + week + "]";
  }

  /** The message of a code not in the table. */
  static Message unknownCode(int code, IsoWeek week) {
    return Message.of("DRM-4.unknownCode", "code", code, "week", week);
  }

  /**
   * The group a visitation category gives a default group: the family's job-ready or activity-ready
   * group, or the default group itself when the category does not decide (or the group has no
   * family).
   *
   * @param defaultGroup the code's default group
   * @param visitation the category, or null when not known
   * @return the group
   */
  public static BenefitGroup byVisitation(
      BenefitGroup defaultGroup, @Nullable VisitationCategory visitation) {
    if (visitation == null) {
      return defaultGroup;
    }
    BenefitGroup jobReady = familyJobReady(defaultGroup);
    if (jobReady == null) {
      return defaultGroup;
    }
    Boolean side = visitationSide(defaultGroup, visitation);
    if (side == null) {
      return defaultGroup;
    }
    return side ? jobReady : familyActivityReady(defaultGroup);
  }

  /** TRUE = job-ready, FALSE = activity-ready, null = the category does not decide. */
  private static @Nullable Boolean visitationSide(BenefitGroup group, VisitationCategory v) {
    boolean education =
        group == BenefitGroup.EDUCATION_BENEFIT_JOB_READY
            || group == BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY;
    return switch (v) {
      case JOB_READY -> Boolean.TRUE;
      case ACTIVITY_READY -> Boolean.FALSE;
      case EDUCATION_READY, OBVIOUSLY_EDUCATION_READY -> education ? Boolean.TRUE : null;
    };
  }

  private static @Nullable BenefitGroup familyJobReady(BenefitGroup g) {
    return switch (g) {
      case CASH_BENEFIT_JOB_READY, CASH_BENEFIT_ACTIVITY_READY ->
          BenefitGroup.CASH_BENEFIT_JOB_READY;
      case INTEGRATION_BENEFIT_JOB_READY, INTEGRATION_BENEFIT_ACTIVITY_READY ->
          BenefitGroup.INTEGRATION_BENEFIT_JOB_READY;
      case EDUCATION_BENEFIT_JOB_READY, EDUCATION_BENEFIT_ACTIVITY_READY ->
          BenefitGroup.EDUCATION_BENEFIT_JOB_READY;
      default -> null;
    };
  }

  private static BenefitGroup familyActivityReady(BenefitGroup g) {
    return switch (g) {
      case CASH_BENEFIT_JOB_READY, CASH_BENEFIT_ACTIVITY_READY ->
          BenefitGroup.CASH_BENEFIT_ACTIVITY_READY;
      case INTEGRATION_BENEFIT_JOB_READY, INTEGRATION_BENEFIT_ACTIVITY_READY ->
          BenefitGroup.INTEGRATION_BENEFIT_ACTIVITY_READY;
      default -> BenefitGroup.EDUCATION_BENEFIT_ACTIVITY_READY;
    };
  }
}
