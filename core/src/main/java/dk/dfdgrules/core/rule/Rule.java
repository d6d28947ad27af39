/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the specification: a pure function of facts and an evaluation context to a {@link
 * RuleResult}. No clock, no I/O, no state: the same facts on the same date give the same result,
 * from any thread.
 *
 * <p>Every rule of the library is a constant named after its spec id, declared the same way, with
 * each version's in-force date and citation:
 *
 * <pre>{@code
 * public static final Rule<SupportNeedFacts> SN_1 =
 *     Rule.define("SN-1", SupportNeedFacts.class)
 *         .since(Sources.DFDG_RELEASE, cite("'Der vurderes ingen støttebehov' (id 1) kan ikke …"),
 *             SupportNeedRules::sn1)
 *         .build();
 * }</pre>
 *
 * @param <F> the facts the rule reads
 */
public interface Rule<F> {

  /**
   * Starts the declaration of a rule.
   *
   * @param id the rule's spec id, e.g. {@code SN-1}
   * @param factsType the facts it reads
   * @param <F> the facts
   * @return a builder to add the versions to
   * @throws IllegalArgumentException if the id is malformed
   */
  static <F> VersionedRule.Builder<F> define(String id, Class<F> factsType) {
    return VersionedRule.builder(RuleId.of(id), factsType);
  }

  /**
   * The rule's spec id.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Every version of the rule, the older ones kept.
   *
   * @return the versions
   */
  List<RuleVersion> versions();

  /**
   * The version in force in a context: an enabled announced version in force supersedes the dated
   * versions; otherwise the dated version in force.
   *
   * @param context the evaluation context
   * @return the version, or empty when none is (or the rule is switched off)
   */
  Optional<RuleVersion> versionIn(EvaluationContext context);

  /**
   * Evaluates the rule with the version in force in the context.
   *
   * @param facts the facts
   * @param context the evaluation date and the caller's settings
   * @return the result; never throws for a broken rule or a missing fact
   */
  RuleResult evaluate(F facts, EvaluationContext context);

  /**
   * Evaluates the rule on a date, with announced versions off.
   *
   * @param facts the facts
   * @param evaluationDate the evaluation date
   * @return the result
   */
  default RuleResult evaluate(F facts, LocalDate evaluationDate) {
    return evaluate(facts, EvaluationContext.on(evaluationDate));
  }
}
