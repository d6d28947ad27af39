/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule is evaluated against besides its facts: the <em>evaluation date</em> (which picks the
 * rule version; never the wall clock), the announced versions the caller has enabled and from when,
 * and the rules the caller has switched off (e.g. the library's own format checks of EC-4).
 *
 * @param date the evaluation date
 * @param enabled announced versions enabled, by {@link RuleVersion#key()} or by rule id, with the
 *     date they apply from
 * @param switchedOff rules (or rule items) the caller does not want evaluated
 */
public record EvaluationContext(
    LocalDate date, Map<String, LocalDate> enabled, Set<RuleId> switchedOff) {

  /** Copies the collections. */
  public EvaluationContext {
    requireNonNull(date, "date");
    enabled = ImmutableMap.copyOf(enabled);
    switchedOff = ImmutableSet.copyOf(switchedOff);
  }

  /**
   * A context with only an evaluation date: announced versions off, every rule on.
   *
   * @param date the evaluation date
   * @return the context
   */
  public static EvaluationContext on(LocalDate date) {
    return new EvaluationContext(date, Map.of(), Set.of());
  }

  /**
   * A copy with another evaluation date.
   *
   * @param newDate the date
   * @return the context
   */
  public EvaluationContext at(LocalDate newDate) {
    return new EvaluationContext(newDate, enabled, switchedOff);
  }

  /**
   * A copy in which an announced version applies from a date.
   *
   * @param versionKeyOrRuleId a {@link RuleVersion#key()} such as {@code LET-5:patched}, or a rule
   *     id such as {@code SUB-6} to enable every announced version of the rule
   * @param from the first day it applies
   * @return the context
   */
  public EvaluationContext enable(String versionKeyOrRuleId, LocalDate from) {
    return new EvaluationContext(
        date,
        ImmutableMap.<String, LocalDate>builder()
            .putAll(enabled)
            .put(versionKeyOrRuleId, from)
            .buildKeepingLast(),
        switchedOff);
  }

  /**
   * A copy in which a rule is switched off: it answers {@link Outcome#NOT_IN_FORCE}.
   *
   * @param ruleId a rule, or a rule item
   * @return the context
   */
  public EvaluationContext switchOff(RuleId ruleId) {
    return new EvaluationContext(
        date, enabled, ImmutableSet.<RuleId>builder().addAll(switchedOff).add(ruleId).build());
  }

  /**
   * The date an announced version was enabled from, if it was.
   *
   * @param version an announced version
   * @return the date, or empty
   */
  public Optional<LocalDate> enabledFrom(RuleVersion version) {
    LocalDate byKey = enabled.get(version.key());
    return Optional.ofNullable(byKey != null ? byKey : enabled.get(version.ruleId().value()));
  }

  /**
   * Tells whether the caller switched a rule (or the rule an item belongs to) off.
   *
   * @param ruleId a rule or rule item
   * @return true if switched off
   */
  public boolean isSwitchedOff(RuleId ruleId) {
    return !switchedOff.isEmpty()
        && (switchedOff.contains(ruleId) || switchedOff.contains(ruleId.withoutItem()));
  }
}
