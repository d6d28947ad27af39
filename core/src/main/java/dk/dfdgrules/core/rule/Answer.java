/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What an area answers, the same for every area: the result of each rule it evaluated (outcome,
 * violations, derived values, citations — see {@link RuleResults}) and the area's typed {@link
 * Decision}, folded from those results.
 *
 * <pre>{@code
 * Answer<LetterDecision> answer = LetterRules.decide(publication, LocalDate.of(2022, 1, 10));
 * answer.decision().kind();     // LETTER
 * answer.violations();          // none
 * answer.derivedValues();       // letter.lines[0]: ACADEMIC_NEEDS (LET-4) …
 * }</pre>
 *
 * @param area the area's name, e.g. {@code education-letter}
 * @param context the evaluation date and the caller's settings
 * @param results the result of each rule, in evaluation order
 * @param decision the area's decision
 * @param <D> the area's decision type
 */
public record Answer<D extends Decision>(
    String area, EvaluationContext context, List<RuleResult> results, D decision)
    implements RuleResults {

  /** Copies the results. */
  public Answer {
    requireNonNull(area, "area");
    requireNonNull(context, "context");
    results = ImmutableList.copyOf(results);
    requireNonNull(decision, "decision");
  }

  /**
   * The evaluation date.
   *
   * @return the date
   */
  public LocalDate evaluationDate() {
    return context.date();
  }

  @Override
  public Outcome outcome() {
    return RuleResults.super.outcome();
  }
}
