/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.dream;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dk.dfdgrules.codelists.Sources;
import dk.dfdgrules.core.rule.DerivedKey;
import dk.dfdgrules.core.rule.DerivedValue;
import dk.dfdgrules.core.rule.Message;
import dk.dfdgrules.core.rule.RuleResult;
import dk.dfdgrules.core.rule.RuleVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * DRM-9 — employment degree (beskæftigelsesgrad): a fraction of a full-time job (1 = full time).
 * For flexjobs granted before 2013-01-01 (old scheme) employers report 1 when the person works the
 * hours they are visitated to; the correct degree is hours worked / 37 (10 h → ≈ 0.27). DREAM does
 * not hold the visitated hours: the correction takes them as the caller's input; on DREAM data
 * alone the rule can only flag a degree of exactly 1 on an old-scheme flexjob as suspect.
 *
 * <p>Source: FLIS-DREAM §7.1.2 "er en person visiteret til 10 timer, og arbejder 10 timer om ugen,
 * så opfatter arbejdsgiveren det som 10/10 og dermed en beskæftigelsesgrad på 1, men den burde være
 * 10/37, så altså en beskæftigelsesgrad på ca. 0,27".
 *
 * <p>As a rule: {@link DreamRules#DRM_9}, deriving {@link #DEGREE}.
 */
public final class EmploymentDegreeRule {

  /** Full-time hours per week, the denominator of the correction (FLIS-DREAM §7.1.2: "10/37"). */
  public static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(37);

  /**
   * Flexjobs granted before this day are of the old scheme (FLIS-DREAM §7.1.2): {@link
   * Sources#FLEXJOB_REFORM}, 2013-01-01.
   */
  public static final LocalDate OLD_SCHEME_BEFORE = Sources.FLEXJOB_REFORM;

  /** The number of decimals of a corrected degree. */
  public static final int SCALE = 4;

  /**
   * DRM-9: the employment degree to use — corrected from the hours worked (the reported degree as
   * its previous value), or as reported when not suspect.
   */
  public static final DerivedKey<BigDecimal> DEGREE =
      DerivedKey.of("employmentDegree", BigDecimal.class);

  /**
   * The facts.
   *
   * @param reportedDegree the degree DREAM holds (grad), 0–1 or more
   * @param flexjobGrantedOn the day the person's flexjob was granted, if the person is on one
   * @param hoursWorkedPerWeek the hours the person actually works per week, if the caller knows
   */
  public record Facts(
      BigDecimal reportedDegree,
      Optional<LocalDate> flexjobGrantedOn,
      Optional<BigDecimal> hoursWorkedPerWeek) {
    /**
     * Checks nulls and bounds: a degree from 0 to {@value #MAX_DEGREE} and hours from 0 to {@value
     * #MAX_HOURS}, each with at most {@value #MAX_DECIMALS} decimals — so that no number of a few
     * bytes (such as {@code 1e100000000}) makes the correction build a number of millions of
     * digits.
     *
     * @throws IllegalArgumentException if a number is outside its bounds
     */
    public Facts {
      requireNonNull(reportedDegree, "reportedDegree");
      requireNonNull(flexjobGrantedOn, "flexjobGrantedOn");
      requireNonNull(hoursWorkedPerWeek, "hoursWorkedPerWeek");
      checkArgument(
          isWithin(reportedDegree, MAX_DEGREE),
          "reportedDegree must be from 0 to %s with at most %s decimals",
          MAX_DEGREE,
          MAX_DECIMALS);
      hoursWorkedPerWeek.ifPresent(
          h ->
              checkArgument(
                  isWithin(h, MAX_HOURS),
                  "hoursWorkedPerWeek must be from 0 to %s with at most %s decimals",
                  MAX_HOURS,
                  MAX_DECIMALS));
    }

    /** The largest degree the facts take: a degree is a share, 0–1, with room for bad data. */
    public static final int MAX_DEGREE = 100;

    /** The most hours a week has. */
    public static final int MAX_HOURS = 168;

    /** The most decimals a degree or a number of hours may have. */
    public static final int MAX_DECIMALS = 10;

    private static boolean isWithin(BigDecimal n, int max) {
      // the unscaled value's size and the scale first: comparing or stripping a number of
      // millions of digits is itself costly
      return n.unscaledValue().bitLength() <= 128
          && n.scale() >= -3
          && n.scale() <= 64
          && n.signum() >= 0
          && n.compareTo(BigDecimal.valueOf(max)) <= 0
          && n.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }
  }

  private EmploymentDegreeRule() {}

  /**
   * The degree of a number of weekly hours: hours / 37, rounded half-even to 4 decimals.
   *
   * @param hoursWorkedPerWeek hours, ≥ 0, as bounded by {@link Facts}
   * @return the degree (10 → 0.2703)
   * @throws IllegalArgumentException if the hours are outside the bounds of {@link Facts}
   */
  public static BigDecimal degreeOf(BigDecimal hoursWorkedPerWeek) {
    checkArgument(
        Facts.isWithin(hoursWorkedPerWeek, Facts.MAX_HOURS),
        "hoursWorkedPerWeek must be from 0 to %s with at most %s decimals",
        Facts.MAX_HOURS,
        Facts.MAX_DECIMALS);
    return hoursWorkedPerWeek.divide(FULL_TIME_HOURS, SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Tells whether a flexjob is of the old scheme.
   *
   * @param grantedOn the day it was granted
   * @return true if before 2013-01-01
   */
  public static boolean isOldScheme(LocalDate grantedOn) {
    return grantedOn.isBefore(OLD_SCHEME_BEFORE);
  }

  /**
   * Evaluates, the same as {@link DreamRules#DRM_9}: for an old-scheme flexjob with a reported
   * degree of exactly 1, the corrected degree (derived value {@link #DEGREE}, changed from the
   * reported one) when the hours are given, else a warning that the degree is suspect and no
   * degree; otherwise satisfied with the reported degree as {@link #DEGREE}.
   *
   * @param facts the facts
   * @return the result
   */
  public static RuleResult evaluate(Facts facts) {
    return evaluate(facts, DreamRules.only(DreamRules.DRM_9));
  }

  static RuleResult evaluate(Facts facts, RuleVersion version) {
    RuleResult.Builder b = RuleResult.builder(version);
    boolean suspect =
        facts.flexjobGrantedOn().map(EmploymentDegreeRule::isOldScheme).orElse(false)
            && facts.reportedDegree().compareTo(BigDecimal.ONE) == 0;
    if (!suspect) {
      Message asReported = Message.of("DRM-9.asReported");
      return b.derived(DEGREE, facts.reportedDegree(), asReported).explanation(asReported).build();
    }
    if (facts.hoursWorkedPerWeek().isPresent()) {
      BigDecimal hours = facts.hoursWorkedPerWeek().get();
      Message corrected = Message.of("DRM-9.corrected", "hours", hours.toPlainString());
      return b.derived(
              DerivedValue.changed(
                  DEGREE, facts.reportedDegree(), degreeOf(hours), version.ruleId(), corrected))
          .explanation(corrected)
          .build();
    }
    return b.warning(DEGREE.path(), Message.of("DRM-9.suspect")).build();
  }
}
