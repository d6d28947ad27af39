/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a rule and the days it is in force: from {@code inForceFrom} (included; empty =
 * since before the sources) until {@code inForceUntil} (excluded — the day the next version takes
 * over; empty = still in force). A rule that changed keeps both versions, chosen by the evaluation
 * date.
 *
 * <p>An <em>announced</em> version (the source announces it without a date, e.g. SUB-6) is never in
 * force by itself: it applies only when the caller enables it with a date in the {@link
 * EvaluationContext} ({@link EvaluationContext#enable(String, LocalDate)} with {@link #key()}, or
 * with the rule id).
 *
 * @param ruleId the rule
 * @param label names the version, e.g. {@code 2021-12-06}, {@code before 2021-12-06}, {@code
 *     announced}
 * @param inForceFrom the first day in force, if known
 * @param inForceUntil the first day no longer in force, if any
 * @param announced true for a version announced without an in-force date
 * @param citation the source of this version
 */
public record RuleVersion(
    RuleId ruleId,
    String label,
    Optional<LocalDate> inForceFrom,
    Optional<LocalDate> inForceUntil,
    boolean announced,
    SourceCitation citation) {

  /**
   * Checks consistency.
   *
   * @throws IllegalArgumentException if the label is blank, the period is empty, or an announced
   *     version has dates
   */
  public RuleVersion {
    checkArgument(!label.isBlank(), "label must not be blank");
    checkArgument(
        inForceFrom.isEmpty()
            || inForceUntil.isEmpty()
            || inForceFrom.get().isBefore(inForceUntil.get()),
        "version %s of %s: in force from %s must be before until %s",
        label,
        ruleId,
        inForceFrom,
        inForceUntil);
    checkArgument(
        !announced || (inForceFrom.isEmpty() && inForceUntil.isEmpty()),
        "announced version %s of %s has no in-force dates",
        label,
        ruleId);
  }

  /**
   * A version in force from a date on.
   *
   * @param ruleId the rule
   * @param from the first day
   * @param citation its source
   * @return the version, labelled with the date
   */
  public static RuleVersion since(RuleId ruleId, LocalDate from, SourceCitation citation) {
    return new RuleVersion(
        ruleId, from.toString(), Optional.of(from), Optional.empty(), false, citation);
  }

  /**
   * A version in force before a date (the older version of a changed rule).
   *
   * @param ruleId the rule
   * @param until the first day it no longer applies
   * @param citation its source
   * @return the version, labelled {@code before <date>}
   */
  public static RuleVersion before(RuleId ruleId, LocalDate until, SourceCitation citation) {
    return new RuleVersion(
        ruleId, "before " + until, Optional.empty(), Optional.of(until), false, citation);
  }

  /**
   * A version in force from one date until another.
   *
   * @param ruleId the rule
   * @param from the first day
   * @param until the first day it no longer applies
   * @param citation its source
   * @return the version, labelled with the first day
   */
  public static RuleVersion between(
      RuleId ruleId, LocalDate from, LocalDate until, SourceCitation citation) {
    return new RuleVersion(
        ruleId, from.toString(), Optional.of(from), Optional.of(until), false, citation);
  }

  /**
   * A version in force on every date the library knows of.
   *
   * @param ruleId the rule
   * @param citation its source
   * @return the version, labelled {@code always}
   */
  public static RuleVersion always(RuleId ruleId, SourceCitation citation) {
    return new RuleVersion(ruleId, "always", Optional.empty(), Optional.empty(), false, citation);
  }

  /**
   * A version announced without an in-force date: off unless the caller enables it.
   *
   * @param ruleId the rule
   * @param label names the version, e.g. {@code announced} or {@code patched}
   * @param citation its source
   * @return the version
   */
  public static RuleVersion announced(RuleId ruleId, String label, SourceCitation citation) {
    return new RuleVersion(ruleId, label, Optional.empty(), Optional.empty(), true, citation);
  }

  /**
   * The key that names this version in an {@link EvaluationContext}: {@code SUB-6:announced}.
   *
   * @return the key
   */
  public String key() {
    return ruleId + ":" + label;
  }

  /**
   * The first day this version applies in a context: its in-force date, or for an announced version
   * the date the caller enabled it from.
   *
   * @param context the evaluation context
   * @return the first day, {@link LocalDate#MIN} when in force since before the sources, or empty
   *     for an announced version that is not enabled
   */
  public Optional<LocalDate> effectiveFrom(EvaluationContext context) {
    if (announced) {
      return context.enabledFrom(this);
    }
    return Optional.of(inForceFrom.orElse(LocalDate.MIN));
  }

  /**
   * Tells whether this dated version is in force on a date (an announced version never is by
   * itself).
   *
   * @param date a date
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    return !announced
        && (inForceFrom.isEmpty() || !date.isBefore(inForceFrom.get()))
        && (inForceUntil.isEmpty() || date.isBefore(inForceUntil.get()));
  }

  /**
   * Tells whether this version is in force on the context's evaluation date.
   *
   * @param context the evaluation context
   * @return true if in force
   */
  public boolean isInForce(EvaluationContext context) {
    LocalDate date = context.date();
    Optional<LocalDate> from = effectiveFrom(context);
    return from.isPresent()
        && !date.isBefore(from.get())
        && inForceUntil.map(date::isBefore).orElse(true);
  }
}
